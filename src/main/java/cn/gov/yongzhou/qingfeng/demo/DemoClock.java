package cn.gov.yongzhou.qingfeng.demo;

import cn.gov.yongzhou.qingfeng.shared.ClockProducer;
import io.quarkus.arc.profile.IfBuildProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Dev mode's clock: the system's, except while the demo data is made, when it stands at the moment of each step (a
 * report received last March is received, accepted and concluded on March's days, with March's limits). Replaces the
 * default clock in dev builds only.
 */
@IfBuildProfile("dev")
@ApplicationScoped
public class DemoClock {

    private volatile Instant fixed;

    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ClockProducer.ZONE;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(instant(), zone);
        }

        @Override
        public Instant instant() {
            Instant at = fixed;
            return at != null ? at : Instant.now();
        }
    };

    @Produces
    @ApplicationScoped
    Clock clock() {
        return clock;
    }

    /** Stands the clock at {@code at} (never later than now: the demo does not invent the future). */
    void at(Instant at) {
        Instant now = Instant.now();
        fixed = at.isAfter(now) ? now : at;
    }

    /** Back to the system's clock. */
    void release() {
        fixed = null;
    }
}
