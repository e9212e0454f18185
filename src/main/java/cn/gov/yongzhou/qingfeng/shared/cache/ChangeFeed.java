package cn.gov.yongzhou.qingfeng.shared.cache;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Tells every instance of the app which tables changed, so that what it keeps in memory stays right when several
 * instances run on one database. Triggers (V77) send {@code pg_notify('qingfeng_changes', table)}; PostgreSQL delivers
 * it after the commit to every session that listens. Each instance listens on one connection of its own (outside the
 * pool), on a thread of its own; when that connection breaks it connects again and drops every cache, since changes
 * may have been missed meanwhile. Until it listens, {@link Cached} values are read afresh on every call.
 */
@ApplicationScoped
public class ChangeFeed {

    static final String CHANNEL = "qingfeng_changes";
    private static final Logger LOG = Logger.getLogger(ChangeFeed.class);
    private static final long POLL_MILLIS = 500;
    private static final long PING_MILLIS = 30_000;

    private final Map<String, List<Cached<?>>> byTable = new ConcurrentHashMap<>();
    private final Set<Cached<?>> all = ConcurrentHashMap.newKeySet();
    private final AgroalDataSource pool;
    private final TransactionSynchronizationRegistry transactions;
    private volatile boolean listening;
    private volatile boolean running;
    private volatile Connection connection;
    private Thread thread;

    ChangeFeed(AgroalDataSource pool, TransactionSynchronizationRegistry transactions) {
        this.pool = pool;
        this.transactions = transactions;
    }

    /** A value kept in memory until one of {@code tables} changes on any instance. */
    public <T> Cached<T> cache(Supplier<T> loader, String... tables) {
        Cached<T> cached = new Cached<>(loader, this, List.of(tables));
        all.add(cached);
        for (String table : tables) {
            byTable.computeIfAbsent(table, t -> new CopyOnWriteArrayList<>()).add(cached);
        }
        return cached;
    }

    /**
     * This instance changed {@code table} in the current transaction: drop its caches as soon as it ends (committed or
     * rolled back), without waiting for the notification (which follows within milliseconds), so the next page this
     * instance serves shows it. Until it ends, its caches read afresh in this transaction and keep nothing
     * ({@link #changedInThisTransaction}): the transaction sees its own changes, and nobody else sees them early.
     */
    public void changedHere(String table) {
        if (transactions.getTransactionKey() == null) {
            changed(table);
            return;
        }
        @SuppressWarnings("unchecked")
        Set<String> tables = (Set<String>) transactions.getResource(CHANGED_HERE);
        if (tables == null) {
            Set<String> changedTables = ConcurrentHashMap.newKeySet();
            transactions.putResource(CHANGED_HERE, changedTables);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    changedTables.forEach(ChangeFeed.this::changed);
                }
            });
            tables = changedTables;
        }
        tables.add(table);
    }

    /** The key of the tables the current transaction changed ({@link #changedHere}). */
    private static final Object CHANGED_HERE = new Object();

    /** Whether the current transaction changed one of these tables ({@link #changedHere}). */
    boolean changedInThisTransaction(List<String> tables) {
        if (transactions.getTransactionKey() == null) {
            return false;
        }
        Object changed = transactions.getResource(CHANGED_HERE);
        return changed instanceof Set<?> set && tables.stream().anyMatch(set::contains);
    }

    /** Whether the feed is listening now, so that cached values can be trusted. */
    public boolean listening() {
        return listening;
    }

    void changed(String table) {
        for (Cached<?> c : byTable.getOrDefault(table, List.of())) {
            c.invalidate();
        }
    }

    void invalidateAll() {
        all.forEach(Cached::invalidate);
    }

    void onStart(@Observes StartupEvent event) {
        running = true;
        thread = new Thread(this::run, "qingfeng-change-feed");
        thread.setDaemon(true);
        thread.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        running = false;
        listening = false;
        Connection c = connection;
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing on the way out
            }
        }
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void run() {
        long backoff = 200;
        while (running) {
            try (Connection c = open()) {
                connection = c;
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN " + CHANNEL);
                }
                invalidateAll(); // anything may have changed while nobody listened
                listening = true;
                if (backoff > 200) {
                    LOG.info("change feed listening again");
                }
                backoff = 200;
                listen(c);
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.warnf("change feed lost its connection (%s); caches read afresh until it is back",
                            e.getClass().getSimpleName());
                }
            } finally {
                listening = false;
                invalidateAll();
                connection = null;
            }
            if (running) {
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException e) {
                    return;
                }
                backoff = Math.min(backoff * 2, 5_000);
            }
        }
    }

    private void listen(Connection c) throws SQLException {
        PGConnection pg = c.unwrap(PGConnection.class);
        long lastPing = System.currentTimeMillis();
        while (running) {
            PGNotification[] notes = pg.getNotifications((int) POLL_MILLIS);
            if (notes != null) {
                for (PGNotification n : notes) {
                    changed(n.getParameter());
                }
            }
            long now = System.currentTimeMillis();
            if (now - lastPing > PING_MILLIS) {
                // a connection cut without a word from the server shows only when we use it
                try (Statement s = c.createStatement()) {
                    s.setQueryTimeout(10);
                    s.execute("select 1");
                }
                lastPing = now;
            }
        }
    }

    /** Its own connection, not one of the pool's: it is held for as long as the instance runs. */
    private Connection open() throws SQLException {
        var config = ConfigProvider.getConfig();
        Optional<String> url = config.getOptionalValue("quarkus.datasource.jdbc.url", String.class);
        if (url.isEmpty()) {
            return pool.getConnection();
        }
        java.util.Properties props = new java.util.Properties();
        config.getOptionalValue("quarkus.datasource.username", String.class).ifPresent(u -> props.setProperty("user", u));
        config.getOptionalValue("quarkus.datasource.password", String.class)
                .ifPresent(p -> props.setProperty("password", p));
        props.setProperty("ApplicationName", "qingfeng change feed");
        props.setProperty("tcpKeepAlive", "true");
        return DriverManager.getConnection(url.get(), props);
    }
}
