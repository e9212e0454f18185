package cn.gov.yongzhou.qingfeng.shared.web;

import java.sql.SQLException;
import java.util.Set;

/** What a failure says about the database, read from its SQL state (never its message: it may hold row values). */
public final class DatabaseFailures {

    /** How long a client is asked to wait when the database is away (a restart takes seconds). */
    public static final int RETRY_AFTER_SECONDS = 10;

    private DatabaseFailures() {
    }

    /**
     * Whether a failure comes from a lost or refused database connection: SQL states of class 08 (connection
     * exception) and 57P (the server shutting down, starting up or in crash recovery).
     */
    public static boolean databaseUnavailable(Throwable e) {
        String state = sqlStateOf(e);
        return state != null && (state.startsWith("08") || state.startsWith("57P"));
    }

    /**
     * Two writes of the same thing at once: a unique or exclusion constraint, a serialization failure or a deadlock
     * (SQL states 23505, 23P01, 40001, 40P01). The state, never the message: PostgreSQL's detail holds row values.
     */
    static boolean isConcurrentConflict(Throwable e) {
        String state = sqlStateOf(e);
        return state != null && Set.of("23505", "23P01", "40001", "40P01").contains(state);
    }

    static String sqlStateOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }
}
