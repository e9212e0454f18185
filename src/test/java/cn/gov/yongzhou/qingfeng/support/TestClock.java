package cn.gov.yongzhou.qingfeng.support;

import cn.gov.yongzhou.qingfeng.shared.ClockProducer;
import io.quarkus.test.junit.QuarkusMock;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;

/**
 * The whole application's clock, fixed for the current test (QuarkusMock undoes it after the test): the one way a
 * test sets "now", so dates and limits can be written down by hand.
 */
public final class TestClock {

    private TestClock() {
    }

    /** Fixed at a Beijing wall-clock time, e.g. {@code "2026-02-12T10:00:00"}. */
    public static void at(String beijingTime) {
        at(LocalDateTime.parse(beijingTime).atZone(ClockProducer.ZONE).toInstant());
    }

    /** Fixed at an instant, read in Beijing time as the application does. */
    public static void at(Instant instant) {
        QuarkusMock.installMockForType(Clock.fixed(instant, ClockProducer.ZONE), Clock.class);
    }
}
