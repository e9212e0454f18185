package cn.gov.yongzhou.qingfeng.intake;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Re-keys the report hashes stored as plain SHA-256 before V73: each becomes the HMAC of the old digest under the index
 * key, which is what {@link IntakeService} computes for a new report, so retries and fingerprints still match. A
 * start-up job rather than a Java Flyway migration: the key is a secret of the running application (environment,
 * rotation), not of the migration tool, and the job is idempotent (rows are marked), resumable and safe with several
 * instances starting at once (rows taken with SKIP LOCKED).
 */
@ApplicationScoped
public class HashRekey {

    private static final Logger LOG = Logger.getLogger(HashRekey.class);
    static final int BATCH = 500;

    private final EntityManager em;
    private final IntakeService intake;

    HashRekey(EntityManager em, IntakeService intake) {
        this.em = em;
        this.intake = intake;
    }

    void onStart(@Observes StartupEvent start) {
        long total = 0;
        int done;
        while ((done = rekeyBatch()) > 0) {
            total += done;
        }
        if (total > 0) {
            LOG.infof("re-keyed the hashes of %d reports", total);
        }
    }

    /** Re-keys up to a batch of unmarked reports; answers how many. */
    @Transactional
    public int rekeyBatch() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select id, fingerprint, submission_key_hash from report where not hashes_keyed
                order by id limit ?1 for update skip locked""").setParameter(1, BATCH).getResultList();
        for (Object[] row : rows) {
            em.createNativeQuery("""
                    update report set fingerprint = ?1, submission_key_hash = ?2, hashes_keyed = true
                    where id = ?3 and not hashes_keyed""")
                    .setParameter(1, intake.keyed(IntakeService.FINGERPRINT, (String) row[1]))
                    .setParameter(2, intake.keyed(IntakeService.SUBMISSION_KEY, (String) row[2]))
                    .setParameter(3, ((Number) row[0]).longValue()).executeUpdate();
        }
        return rows.size();
    }
}
