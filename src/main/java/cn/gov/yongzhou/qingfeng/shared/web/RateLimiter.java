package cn.gov.yongzhou.qingfeng.shared.web;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Fixed-window allowances counted in PostgreSQL, so every app instance sees the same count: a key may use
 * {@code limit} units (requests, files, bytes) per window; windows start at whole multiples of their length
 * (on the hour for an hour). Keys are chosen by the caller and must not be a raw address or receipt number.
 */
@ApplicationScoped
public class RateLimiter {

    /** Refused: the allowance is used up until {@code until}. */
    public record Refusal(OffsetDateTime until, Duration retryAfter) {
        /** Whole seconds for a Retry-After header, at least one. */
        public long retryAfterSeconds() {
            return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        }
    }

    private final EntityManager em;
    private final Clock clock;

    RateLimiter(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /**
     * Takes {@code amount} from the key's allowance if it fits, in one statement, so concurrent takes from several
     * instances never exceed the limit together.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Refusal> take(String key, long amount, long limit, Duration window) {
        OffsetDateTime start = windowStart(window);
        if (amount > limit) {
            return Optional.of(refusal(start, window));
        }
        List<?> taken = em.createNativeQuery("""
                insert into rate_limit (key, window_start, used) values (?1, ?2, ?3)
                on conflict (key) do update set
                  used = case when rate_limit.window_start = excluded.window_start
                              then rate_limit.used + excluded.used else excluded.used end,
                  window_start = excluded.window_start
                where rate_limit.window_start <> excluded.window_start or rate_limit.used + excluded.used <= ?4
                returning used
                """).setParameter(1, key).setParameter(2, start).setParameter(3, amount).setParameter(4, limit)
                .getResultList();
        return taken.isEmpty() ? Optional.of(refusal(start, window)) : Optional.empty();
    }

    /** Gives back what a take counted for something that did not happen after all (refused, invalid, a replay). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void giveBack(String key, long amount, Duration window) {
        em.createNativeQuery("update rate_limit set used = greatest(used - ?1, 0) where key = ?2 and window_start = ?3")
                .setParameter(1, amount).setParameter(2, key).setParameter(3, windowStart(window)).executeUpdate();
    }

    /** Rows of windows long past: one per key, so they would otherwise grow with every new address and receipt. */
    @Scheduled(every = "1h", delayed = "10m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void purge() {
        em.createNativeQuery("delete from rate_limit where window_start < ?1")
                .setParameter(1, OffsetDateTime.now(clock).minusDays(2)).executeUpdate();
    }

    private OffsetDateTime windowStart(Duration window) {
        long length = Math.max(1, window.toSeconds());
        long now = clock.instant().getEpochSecond();
        return Instant.ofEpochSecond(now - Math.floorMod(now, length)).atOffset(ZoneOffset.UTC);
    }

    private Refusal refusal(OffsetDateTime start, Duration window) {
        OffsetDateTime until = start.plus(window);
        Duration left = Duration.between(clock.instant(), until.toInstant());
        return new Refusal(until, left.isNegative() ? Duration.ZERO : left);
    }
}
