package cn.gov.yongzhou.qingfeng.shared.web;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import javax.sql.DataSource;

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
    private final DataSource pool;

    RateLimiter(EntityManager em, DataSource pool, Clock clock) {
        this.em = em;
        this.clock = clock;
        this.pool = pool;
    }

    private static final String TAKE = """
            insert into rate_limit (key, window_start, used) values (?, ?, ?)
            on conflict (key) do update set
              used = case when rate_limit.window_start = excluded.window_start
                          then rate_limit.used + excluded.used else excluded.used end,
              window_start = excluded.window_start
            where rate_limit.window_start <> excluded.window_start or rate_limit.used + excluded.used <= ?
            returning used
            """;

    private static final String GIVE_BACK = """
            update rate_limit set used = greatest(used - ?, 0) where key = ? and window_start = ?""";

    /**
     * Takes {@code amount} from the key's allowance if it fits, in one statement, so concurrent takes from several
     * instances never exceed the limit together. The statement commits on its own (autocommit, outside any transaction
     * of the caller): one round trip, counted whatever the caller's transaction does.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Optional<Refusal> take(String key, long amount, long limit, Duration window) {
        OffsetDateTime start = windowStart(window);
        if (amount > limit) {
            return Optional.of(refusal(start, window));
        }
        try (Connection c = pool.getConnection(); PreparedStatement take = c.prepareStatement(TAKE)) {
            take.setString(1, key);
            take.setObject(2, start);
            take.setLong(3, amount);
            take.setLong(4, limit);
            try (ResultSet taken = take.executeQuery()) {
                return taken.next() ? Optional.empty() : Optional.of(refusal(start, window));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("rate limit not counted", e);
        }
    }

    /** Gives back what a take counted for something that did not happen after all (refused, invalid, a replay). */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void giveBack(String key, long amount, Duration window) {
        try (Connection c = pool.getConnection(); PreparedStatement giveBack = c.prepareStatement(GIVE_BACK)) {
            giveBack.setLong(1, amount);
            giveBack.setString(2, key);
            giveBack.setObject(3, windowStart(window));
            giveBack.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("rate limit not given back", e);
        }
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
