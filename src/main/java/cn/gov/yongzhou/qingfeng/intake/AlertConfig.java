package cn.gov.yongzhou.qingfeng.intake;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** When reports about one target make a pattern the inspector should see (counts include the report itself). */
@ConfigMapping(prefix = "qingfeng.alerts")
public interface AlertConfig {

    @WithDefault("2")
    int sameStaff();

    @WithDefault("365")
    int sameStaffDays();

    @WithDefault("3")
    int sameWindow();

    @WithDefault("90")
    int sameWindowDays();

    @WithDefault("5")
    int sameUnit();

    @WithDefault("30")
    int sameUnitDays();
}
