package cn.gov.yongzhou.qingfeng.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Fixed windows counted in PostgreSQL: up to the limit, then refused until the window ends. */
@QuarkusTest
class RateLimiterTest {

    @Inject
    EntityManager em;

    @Inject
    DataSource pool;

    @Inject
    RateLimiter bean;

    static final Duration HOUR = Duration.ofHours(1);
    Instant now = Instant.parse("2026-11-25T02:40:00Z");

    RateLimiter limiter() {
        return new RateLimiter(em, pool, new Clock() {
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            public Instant instant() {
                return now;
            }
        });
    }

    @Test
    @Transactional
    void shouldAllowTheLimitAndRefuseUntilTheWindowEnds() {
        RateLimiter limiter = limiter();
        String key = UUID.randomUUID().toString();
        for (int i = 0; i < 3; i++) {
            assertTrue(limiter.take(key, 1, 3, HOUR).isEmpty(), "take " + (i + 1) + " of 3");
        }
        RateLimiter.Refusal refusal = limiter.take(key, 1, 3, HOUR).orElseThrow();
        assertEquals(Instant.parse("2026-11-25T03:00:00Z"), refusal.until().toInstant());
        assertEquals(1200, refusal.retryAfterSeconds());
        assertTrue(limiter.take(UUID.randomUUID().toString(), 1, 3, HOUR).isEmpty(), "another key is not affected");
        now = Instant.parse("2026-11-25T03:00:00Z");
        assertTrue(limiter.take(key, 1, 3, HOUR).isEmpty(), "a new window");
    }

    @Test
    @Transactional
    void shouldCountAmountsAndTakeNothingWhenTheyDoNotFit() {
        RateLimiter limiter = limiter();
        String key = UUID.randomUUID().toString();
        assertTrue(limiter.take(key, 700, 1000, HOUR).isEmpty());
        assertTrue(limiter.take(key, 400, 1000, HOUR).isPresent(), "700 + 400 is over 1000");
        assertTrue(limiter.take(key, 300, 1000, HOUR).isEmpty(), "the refused 400 took nothing");
        assertTrue(limiter.take(key, 1, 1000, HOUR).isPresent());
        limiter.giveBack(key, 300, HOUR);
        assertTrue(limiter.take(key, 300, 1000, HOUR).isEmpty(), "given back");
        assertTrue(limiter.take(UUID.randomUUID().toString(), 1001, 1000, HOUR).isPresent(), "never more than the limit");
    }

    @Test
    void shouldCountATakeWhateverTheCallersTransactionDoes() {
        String key = UUID.randomUUID().toString();
        assertThrows(QuarkusTransactionException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            assertTrue(bean.take(key, 1, 1, HOUR).isEmpty());
            QuarkusTransaction.setRollbackOnly();
        }), "rolled back");
        assertTrue(bean.take(key, 1, 1, HOUR).isPresent(), "the take of the rolled-back transaction still counts");
    }
}
