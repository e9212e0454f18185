package cn.gov.yongzhou.qingfeng.shared.audit;

import cn.gov.yongzhou.qingfeng.shared.crypto.KeyedHash;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

/**
 * Seals the audit tables into hash chains and checks them. An entry's MAC is HMAC-SHA256 (the application's key)
 * over the MAC of the entry before and the entry's content as PostgreSQL renders the row to JSON in UTC, without
 * the chain's own columns. Sealing runs on one instance at a time (an advisory lock) and takes the committed,
 * unsealed rows in id order, so the chain's order is the order entries were found, never a gap.
 */
@ApplicationScoped
public class AuditChain {

    /** The tables of the audit trail. */
    public enum Trail {
        CASE_EVENT("case_event"),
        IDENTITY_REVEAL("identity_reveal"),
        ADMIN_CHANGE("admin_change");

        final String table;

        Trail(String table) {
            this.table = table;
        }
    }

    /** What a check found: entries checked, the first broken one (its id) if any, entries not sealed yet. */
    public record Check(Trail trail, long checked, Long firstBroken, long unsealed) {
        public boolean intact() {
            return firstBroken == null;
        }
    }

    /**
     * An entry's sealed content, an SQL expression over the row {@code t}: the row as JSON text without the chain's
     * columns (jsonb orders keys, so the text is stable).
     */
    public static final String CONTENT = "(to_jsonb(t) - 'seal_seq' - 'prev_mac' - 'entry_mac')::text";

    private static final String PURPOSE = "audit-chain";
    private static final long LOCK = 0x51_46_41_55_44_49_54L; // "QFAUDIT"
    private static final int BATCH = 1000;

    private final EntityManager em;
    private final KeyedHash keyedHash;

    AuditChain(EntityManager em, KeyedHash keyedHash) {
        this.em = em;
        this.keyedHash = keyedHash;
    }

    /** How often: {@link AuditConfig#sealEvery()}, its default repeated (the packaged app did not start without). */
    @Scheduled(every = "${qingfeng.audit.seal-every:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void tick() {
        for (Trail trail : Trail.values()) {
            while (seal(trail) == BATCH) {
                // a backlog: keep going, a batch per transaction
            }
        }
    }

    /** The advisory lock that sealing and rewriting a trail hold: whoever changes a sealed chain holds it too. */
    public static long sealingLock(Trail trail) {
        return LOCK + trail.ordinal();
    }

    /** Seals up to a batch of the trail's unsealed entries; returns how many (0 when another instance is at it). */
    @Transactional
    public int seal(Trail trail) {
        Boolean locked = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                .setParameter(1, sealingLock(trail)).getSingleResult();
        if (!locked) {
            return 0;
        }
        utc();
        @SuppressWarnings("unchecked")
        List<Object[]> last = em.createNativeQuery("select seal_seq, entry_mac from " + trail.table
                + " where seal_seq is not null order by seal_seq desc limit 1").getResultList();
        long seq = last.isEmpty() ? 0 : ((Number) last.get(0)[0]).longValue();
        String prev = last.isEmpty() ? "" : (String) last.get(0)[1];
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, " + CONTENT + " from " + trail.table
                + " t where seal_seq is null order by id limit " + BATCH + " for update skip locked").getResultList();
        for (Object[] row : rows) {
            String mac = mac(prev, (String) row[1]);
            em.createNativeQuery("update " + trail.table + " set seal_seq = ?1, prev_mac = ?2, entry_mac = ?3 where id = ?4")
                    .setParameter(1, ++seq).setParameter(2, prev).setParameter(3, mac)
                    .setParameter(4, ((Number) row[0]).longValue()).executeUpdate();
            prev = mac;
        }
        return rows.size();
    }

    /** What a rewrite did: entries changed, entries sealed again, and the first entry found broken before (if any). */
    public record Rewrite(long changed, long resealed, Long brokenBefore) {
    }

    /**
     * Changes entries of a trail in place (a migration that seals a column) and seals the chain again, in one
     * transaction that holds the trail's sealing lock. The old chain is checked as it is walked, against
     * the entry as it is now or any of {@code sealedContents} (SQL expressions over {@code t} that render an entry as
     * it was sealed before migrations renamed or added columns): from an entry that did not hold, nothing is sealed again, so
     * tampering from
     * before stays visible. {@code change} changes one entry and answers whether it did. Unsealed entries are not
     * visited: the sealer seals them as they are.
     */
    @Transactional
    public Rewrite rewrite(Trail trail, List<String> sealedContents, java.util.function.LongPredicate change) {
        em.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, sealingLock(trail))
                .getSingleResult();
        utc();
        String prevOld = "";
        String prevNew = "";
        Long broken = null;
        long changed = 0;
        long resealed = 0;
        long after = 0;
        while (true) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select id, seal_seq, prev_mac, entry_mac, " + CONTENT
                    + ", " + String.join(", ", sealedContents) + " from " + trail.table
                    + " t where seal_seq > ?1 order by seal_seq limit " + BATCH)
                    .setParameter(1, after).getResultList();
            if (rows.isEmpty()) {
                break;
            }
            for (Object[] row : rows) {
                long id = ((Number) row[0]).longValue();
                after = ((Number) row[1]).longValue();
                String prevMac = (String) row[2];
                String entryMac = (String) row[3];
                boolean holds = false;
                for (int i = 4; i < row.length && !holds; i++) {
                    holds = equal(prevOld, prevMac) && equal(mac(prevOld, (String) row[i]), entryMac);
                }
                if (broken == null && !holds) {
                    broken = id;
                }
                prevOld = entryMac;
                if (change.test(id)) {
                    changed++;
                }
                if (broken != null) {
                    continue;
                }
                String now = (String) em.createNativeQuery("select " + CONTENT + " from " + trail.table
                        + " t where id = ?1").setParameter(1, id).getSingleResult();
                String mac = mac(prevNew, now);
                if (!mac.equals(entryMac) || !prevNew.equals(prevMac)) {
                    em.createNativeQuery("update " + trail.table + " set prev_mac = ?1, entry_mac = ?2 where id = ?3")
                            .setParameter(1, prevNew).setParameter(2, mac).setParameter(3, id).executeUpdate();
                    resealed++;
                }
                prevNew = mac;
            }
        }
        return new Rewrite(changed, resealed, broken);
    }

    /** Walks the trail's chain from its first entry and names the first entry whose MAC does not hold. */
    @Transactional
    public Check verify(Trail trail) {
        utc();
        String prev = "";
        long expected = 1;
        long checked = 0;
        long after = 0;
        while (true) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select id, seal_seq, prev_mac, entry_mac, " + CONTENT
                    + " from " + trail.table + " t where seal_seq > ?1 order by seal_seq limit " + BATCH)
                    .setParameter(1, after).getResultList();
            if (rows.isEmpty()) {
                break;
            }
            for (Object[] row : rows) {
                long id = ((Number) row[0]).longValue();
                long seq = ((Number) row[1]).longValue();
                boolean holds = seq == expected && equal(prev, (String) row[2])
                        && equal(mac(prev, (String) row[4]), (String) row[3]);
                if (!holds) {
                    return new Check(trail, checked, id, unsealed(trail));
                }
                prev = (String) row[3];
                expected++;
                checked++;
                after = seq;
            }
        }
        return new Check(trail, checked, null, unsealed(trail));
    }

    private long unsealed(Trail trail) {
        return ((Number) em.createNativeQuery("select count(*) from " + trail.table + " where seal_seq is null")
                .getSingleResult()).longValue();
    }

    /** Timestamps render in the session's time zone: the same zone whoever seals or checks. */
    private void utc() {
        em.createNativeQuery("set local timezone to 'UTC'").executeUpdate();
    }

    private String mac(String prev, String content) {
        return keyedHash.hex(PURPOSE, prev + "\n" + content);
    }

    private static boolean equal(String a, String b) {
        return a != null && b != null
                && MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }
}
