package cn.gov.yongzhou.qingfeng.shared;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/** The one source of "now", so deadline and date logic can be tested with fixed dates. */
@ApplicationScoped
public class ClockProducer {

    /** Yongzhou keeps Beijing time; dates the citizen sees are in this zone. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Produces
    @DefaultBean
    @ApplicationScoped
    Clock clock() {
        return Clock.system(ZONE);
    }
}
