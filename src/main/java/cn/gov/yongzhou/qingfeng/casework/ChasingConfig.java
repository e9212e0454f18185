package cn.gov.yongzhou.qingfeng.casework;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "qingfeng.chasing")
public interface ChasingConfig {

    /** Remind (催办) when a limit is this many working days away or less. */
    @WithDefault("2")
    int remindWorkingDaysBefore();

    /** Record against the unit when a limit is still open this many working days after it passed. */
    @WithDefault("5")
    int recordAfterWorkingDays();

    /** Limits claimed and chased per transaction of a sweep; a sweep runs batch after batch until none is left. */
    @WithDefault("200")
    int batchSize();

    /** How often the sweep runs; read by the scheduler from this key (Chasing's {@code @Scheduled}). */
    @WithDefault("15m")
    String every();
}
