package cn.gov.yongzhou.qingfeng.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Counts failed attempts per key in PostgreSQL, so every app instance sees the same count.
 * After {@code limit} failures within {@code window} the key is locked for {@code window}.
 * Keys are hashes chosen by the caller (never a raw receipt number or address).
 */
@ApplicationScoped
public class AttemptThrottle {

    private final EntityManager em;
    private final Clock clock;

    AttemptThrottle(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** The time the key stays locked, or {@link Duration#ZERO} when attempts are allowed. */
    @Transactional
    public Duration lockedFor(String key) {
        List<?> rows = em.createNativeQuery("select locked_until from attempt_throttle where key = ?1")
                .setParameter(1, key).getResultList();
        if (rows.isEmpty() || rows.get(0) == null) {
            return Duration.ZERO;
        }
        OffsetDateTime until = toOffset(rows.get(0));
        Duration left = Duration.between(OffsetDateTime.now(clock), until);
        return left.isNegative() ? Duration.ZERO : left;
    }

    /**
     * Counts one failure and answers how many the key has now in its window: the caller sees the one that locked it
     * ({@code == limit}) and can log that once.
     */
    @Transactional
    public int recordFailure(String key, int limit, Duration window) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        // one statement, so concurrent failures on the same key count once each
        Object failures = em.createNativeQuery("""
                insert into attempt_throttle (key, window_start, failures, locked_until) values (?1, ?2, 1, null)
                on conflict (key) do update set
                  window_start = case when attempt_throttle.window_start < ?3 then excluded.window_start
                                      else attempt_throttle.window_start end,
                  failures = case when attempt_throttle.window_start < ?3 then 1
                                  else attempt_throttle.failures + 1 end,
                  locked_until = case when attempt_throttle.window_start >= ?3 and attempt_throttle.failures + 1 >= ?4
                                      then ?5 else attempt_throttle.locked_until end
                returning failures
                """)
                .setParameter(1, key).setParameter(2, now).setParameter(3, now.minus(window))
                .setParameter(4, limit).setParameter(5, now.plus(window))
                .getSingleResult();
        return ((Number) failures).intValue();
    }

    @Transactional
    public void reset(String key) {
        em.createNativeQuery("delete from attempt_throttle where key = ?1").setParameter(1, key).executeUpdate();
    }

    private static OffsetDateTime toOffset(Object value) {
        if (value instanceof OffsetDateTime o) {
            return o;
        }
        if (value instanceof java.time.Instant i) {
            return i.atOffset(java.time.ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant().atOffset(java.time.ZoneOffset.UTC);
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }
}
