package cn.gov.yongzhou.qingfeng.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Failed attempts counted in PostgreSQL: a lock after the limit, released when the window has passed. */
@QuarkusTest
class AttemptThrottleTest {

    @Inject
    EntityManager em;

    static final Duration WINDOW = Duration.ofMinutes(15);
    Instant now = Instant.parse("2026-11-25T02:00:00Z");

    AttemptThrottle throttle() {
        Clock clock = new Clock() {
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            public Instant instant() {
                return now;
            }
        };
        return new AttemptThrottle(em, clock);
    }

    @Test
    @Transactional
    void shouldLockAfterTheLimitAndReleaseWhenTheWindowHasPassed() {
        AttemptThrottle throttle = throttle();
        String key = UUID.randomUUID().toString();
        throttle.recordFailure(key, 3, WINDOW);
        throttle.recordFailure(key, 3, WINDOW);
        assertEquals(Duration.ZERO, throttle.lockedFor(key), "two failures of three allowed");
        throttle.recordFailure(key, 3, WINDOW);
        assertEquals(WINDOW, throttle.lockedFor(key), "locked for the whole window after the third");
        now = now.plus(Duration.ofMinutes(10));
        assertEquals(Duration.ofMinutes(5), throttle.lockedFor(key));
        now = now.plus(Duration.ofMinutes(6));
        assertEquals(Duration.ZERO, throttle.lockedFor(key));
    }

    @Test
    @Transactional
    void shouldStartCountingAgainAfterAQuietWindow() {
        AttemptThrottle throttle = throttle();
        String key = UUID.randomUUID().toString();
        throttle.recordFailure(key, 3, WINDOW);
        throttle.recordFailure(key, 3, WINDOW);
        now = now.plus(Duration.ofMinutes(16));
        throttle.recordFailure(key, 3, WINDOW);
        throttle.recordFailure(key, 3, WINDOW);
        assertEquals(Duration.ZERO, throttle.lockedFor(key), "the two old failures no longer count");
        throttle.recordFailure(key, 3, WINDOW);
        assertTrue(throttle.lockedFor(key).compareTo(Duration.ZERO) > 0);
    }

    @Test
    @Transactional
    void shouldForgetAKeyOnReset() {
        AttemptThrottle throttle = throttle();
        String key = UUID.randomUUID().toString();
        for (int i = 0; i < 3; i++) {
            throttle.recordFailure(key, 3, WINDOW);
        }
        throttle.reset(key);
        assertEquals(Duration.ZERO, throttle.lockedFor(key));
    }
}
