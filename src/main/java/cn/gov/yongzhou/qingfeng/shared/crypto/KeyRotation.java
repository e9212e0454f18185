package cn.gov.yongzhou.qingfeng.shared.crypto;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Moves values sealed under retiring keys (those listed before the active one) to the active key, a small batch
 * per transaction, and counts the values under each key id for the metric {@code qingfeng_crypto_values{key=...}}:
 * once a retiring key counts 0 it can leave the list.
 * <p>
 * Where sealed values live is read from the schema, by its convention: a text column whose name ends in
 * {@code _enc} holds {@code keyId:base64}; a table with the columns {@code key_id} and {@code sealed} holds sealed
 * bytes. Rows are taken with {@code for update skip locked}, so several instances can run the job at once without
 * waiting for each other or for the application. Values are never logged, only table, column and row id.
 * Tables of the audit trail (with an {@code entry_mac} column) are counted but never rewritten: their hash chain
 * covers the stored text.
 */
@Startup
@ApplicationScoped
public class KeyRotation {

    @ConfigMapping(prefix = "qingfeng.crypto.rotation")
    public interface Config {
        /** How often the job looks for values under retiring keys ({@code off}: never); read by the scheduler. */
        @WithDefault("10m")
        String every();

        /** Text values re-encrypted per transaction. */
        @WithDefault("200")
        int batchSize();

        /** Sealed files re-encrypted per transaction (a video may be 50 MB, held three times while it moves). */
        @WithDefault("2")
        int fileBatchSize();
    }

    /** A text column of sealed values. */
    record TextColumn(String table, String primaryKey, String column, boolean chained) {
        String name() {
            return table + "." + column;
        }
    }

    /** A table of sealed bytes with their key id beside them. */
    record FileTable(String table, String primaryKey) {
    }

    /** What one batch did: rows looked at, rows moved, rows that could not be read; the last row id looked at. */
    record Batch(int seen, int moved, int failed, long last) {
    }

    /** What a run did. */
    public record Outcome(long moved, long failed) {
    }

    private final EntityManager em;
    private final PersonalDataCipher cipher;
    private final Config config;
    private final MultiGauge values;

    KeyRotation(EntityManager em, PersonalDataCipher cipher, Config config, MeterRegistry registry) {
        this.em = em;
        this.cipher = cipher;
        this.config = config;
        this.values = MultiGauge.builder("qingfeng.crypto.values")
                .description("Sealed values (text fields and files) stored under each key id").register(registry);
    }

    /** How often: {@link Config#every()}. */
    @Scheduled(every = "${qingfeng.crypto.rotation.every}", delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void tick() {
        // counting reads every sealed column of every table: done once after start, then only while a key retires
        boolean rotating = !cipher.keyring().retiring().isEmpty();
        reencrypt();
        if (rotating || !published) {
            publish(count());
            published = true;
        }
    }

    private volatile boolean published;

    /** Moves every value under a retiring key to the active key, batch by batch. */
    public Outcome reencrypt() {
        List<String> retiring = cipher.keyring().retiring();
        if (retiring.isEmpty()) {
            return new Outcome(0, 0);
        }
        long moved = 0;
        long failed = 0;
        for (TextColumn column : textColumns()) {
            if (column.chained()) {
                continue;
            }
            Batch batch = new Batch(0, 0, 0, Long.MIN_VALUE);
            do {
                batch = moveText(column, retiring, batch.last());
                moved += batch.moved();
                failed += batch.failed();
            } while (batch.seen() == config.batchSize());
        }
        for (FileTable table : fileTables()) {
            Batch batch = new Batch(0, 0, 0, Long.MIN_VALUE);
            do {
                batch = moveFiles(table, retiring, batch.last());
                moved += batch.moved();
                failed += batch.failed();
            } while (batch.seen() == config.fileBatchSize());
        }
        if (moved > 0 || failed > 0) {
            Log.infof("re-encryption to key %s: %d values moved from keys %s, %d could not be read",
                    cipher.activeKeyId(), moved, retiring, failed);
        }
        return new Outcome(moved, failed);
    }

    @Transactional
    Batch moveText(TextColumn column, List<String> retiring, long after) {
        String table = quote(column.table());
        String id = quote(column.primaryKey());
        String col = quote(column.column());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(em.createNativeQuery("select " + id + ", " + col + " from " + table + " where " + id
                + " > ?1 and split_part(" + col + ", ':', 1) in (" + placeholders(retiring) + ") order by " + id
                + " limit " + config.batchSize() + " for update skip locked"), after, retiring).getResultList();
        int moved = 0;
        int failed = 0;
        long last = after;
        for (Object[] row : rows) {
            last = ((Number) row[0]).longValue();
            String stored = (String) row[1];
            String resealed;
            try {
                resealed = cipher.encrypt(cipher.decrypt(stored));
            } catch (RuntimeException e) {
                failed++;
                Log.warnf("%s row %d under key %s cannot be re-encrypted: %s", column.name(), last,
                        PersonalDataCipher.keyIdOf(stored), e.getClass().getSimpleName());
                continue;
            }
            em.createNativeQuery("update " + table + " set " + col + " = ?1 where " + id + " = ?2")
                    .setParameter(1, resealed).setParameter(2, last).executeUpdate();
            moved++;
        }
        return new Batch(rows.size(), moved, failed, last);
    }

    @Transactional
    Batch moveFiles(FileTable fileTable, List<String> retiring, long after) {
        String table = quote(fileTable.table());
        String id = quote(fileTable.primaryKey());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(em.createNativeQuery("select " + id + ", key_id, sealed from " + table
                + " where " + id + " > ?1 and key_id in (" + placeholders(retiring) + ") order by " + id + " limit "
                + config.fileBatchSize() + " for update skip locked"), after, retiring).getResultList();
        int moved = 0;
        int failed = 0;
        long last = after;
        for (Object[] row : rows) {
            last = ((Number) row[0]).longValue();
            byte[] resealed;
            try {
                resealed = cipher.seal(cipher.open((String) row[1], (byte[]) row[2]));
            } catch (RuntimeException e) {
                failed++;
                Log.warnf("%s row %d under key %s cannot be re-encrypted: %s", fileTable.table(), last, row[1],
                        e.getClass().getSimpleName());
                continue;
            }
            em.createNativeQuery("update " + table + " set key_id = ?1, sealed = ?2 where " + id + " = ?3")
                    .setParameter(1, cipher.activeKeyId()).setParameter(2, resealed).setParameter(3, last)
                    .executeUpdate();
            moved++;
        }
        return new Batch(rows.size(), moved, failed, last);
    }

    /** How many sealed values each key id holds; every listed key appears, 0 when it holds none. */
    @Transactional
    public Map<String, Long> count() {
        Map<String, Long> counts = new TreeMap<>();
        cipher.keyring().ids().forEach(id -> counts.put(id, 0L));
        for (TextColumn column : textColumns()) {
            String col = quote(column.column());
            addCounts(counts, "select split_part(" + col + ", ':', 1), count(*) from " + quote(column.table())
                    + " where " + col + " is not null group by 1");
        }
        for (FileTable table : fileTables()) {
            addCounts(counts, "select key_id, count(*) from " + quote(table.table()) + " group by 1");
        }
        return Collections.unmodifiableMap(counts);
    }

    void publish(Map<String, Long> counts) {
        values.register(counts.entrySet().stream()
                .map(e -> MultiGauge.Row.of(Tags.of("key", e.getKey()), e.getValue())).toList(), true);
    }

    private void addCounts(Map<String, Long> counts, String sql) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).getResultList();
        for (Object[] row : rows) {
            counts.merge(String.valueOf(row[0]), ((Number) row[1]).longValue(), Long::sum);
        }
    }

    /** The {@code _enc} text columns of the schema's tables that have a one-column integer primary key. */
    @Transactional
    List<TextColumn> textColumns() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select c.relname, pk.attname, a.attname,
                       exists (select 1 from pg_attribute m where m.attrelid = c.oid and m.attname = 'entry_mac'
                               and not m.attisdropped)
                from pg_class c
                join pg_namespace n on n.oid = c.relnamespace and n.nspname = current_schema()
                join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
                join pg_index i on i.indrelid = c.oid and i.indisprimary and i.indnatts = 1
                join pg_attribute pk on pk.attrelid = c.oid and pk.attnum = i.indkey[0]
                where c.relkind in ('r', 'p') and a.attname like '%\\_enc' and a.atttypid = cast('text' as regtype)
                  and pk.atttypid in (cast('int8' as regtype), cast('int4' as regtype))
                order by 1, 3""").getResultList();
        return rows.stream().map(r -> new TextColumn((String) r[0], (String) r[1], (String) r[2], (Boolean) r[3]))
                .toList();
    }

    /** The tables with a {@code key_id} and a {@code sealed} (bytea) column and a one-column integer primary key. */
    @Transactional
    List<FileTable> fileTables() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select c.relname, pk.attname
                from pg_class c
                join pg_namespace n on n.oid = c.relnamespace and n.nspname = current_schema()
                join pg_attribute k on k.attrelid = c.oid and k.attname = 'key_id' and not k.attisdropped
                join pg_attribute s on s.attrelid = c.oid and s.attname = 'sealed' and not s.attisdropped
                     and s.atttypid = cast('bytea' as regtype)
                join pg_index i on i.indrelid = c.oid and i.indisprimary and i.indnatts = 1
                join pg_attribute pk on pk.attrelid = c.oid and pk.attnum = i.indkey[0]
                where c.relkind in ('r', 'p') and pk.atttypid in (cast('int8' as regtype), cast('int4' as regtype))
                order by 1""").getResultList();
        return rows.stream().map(r -> new FileTable((String) r[0], (String) r[1])).toList();
    }

    private static Query bind(Query query, long after, List<String> retiring) {
        query.setParameter(1, after);
        for (int i = 0; i < retiring.size(); i++) {
            query.setParameter(i + 2, retiring.get(i));
        }
        return query;
    }

    private static String placeholders(List<String> retiring) {
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < retiring.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append('?').append(i + 2);
        }
        return sql.toString();
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
