package cn.gov.yongzhou.qingfeng.intake;

import cn.gov.yongzhou.qingfeng.casework.CaseAction;
import cn.gov.yongzhou.qingfeng.casework.CaseFile;
import cn.gov.yongzhou.qingfeng.casework.Casework;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.List;

/**
 * Erases the personal data and evidence of cases ended (closed, rejected, transferred) longer ago than the
 * retention period: the reporter's identity and contact, the narrative and place, evidence files and their names,
 * findings material, the rating's comment, mail still queued. The report row keeps what statistics need (category,
 * unit, dates, outcome), and the case's timeline says when it was done.
 */
@ApplicationScoped
public class Retention {

    @ConfigMapping(prefix = "qingfeng.retention")
    public interface Config {
        /** How long after a case ended its personal data is kept. */
        @WithDefault("P5Y")
        Period keepEndedFor();

        /** When the job runs (a cron expression; {@code off} to run it only by hand). */
        @WithDefault("0 30 2 * * ?")
        String cron();

        @WithDefault("200")
        int batchSize();
    }

    private static final long LOCK = 0x51_46_52_45_54_4EL; // "QFRETN"

    private final EntityManager em;
    private final Clock clock;
    private final Config config;
    private final Casework casework;
    private final jakarta.enterprise.event.Event<PersonalDataErased> erased;

    Retention(EntityManager em, Clock clock, Config config, Casework casework,
            jakarta.enterprise.event.Event<PersonalDataErased> erased) {
        this.em = em;
        this.clock = clock;
        this.config = config;
        this.casework = casework;
        this.erased = erased;
    }

    @Scheduled(cron = "${qingfeng.retention.cron:0 30 2 * * ?}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void nightly() {
        while (eraseDue() == config.batchSize()) {
            // a backlog: a batch per transaction
        }
    }

    /** Erases a batch of the reports whose case ended before the retention period; returns how many. */
    @Transactional
    public int eraseDue() {
        Boolean locked = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(?1)").setParameter(1, LOCK)
                .getSingleResult();
        if (!locked) {
            return 0;
        }
        OffsetDateTime cutoff = OffsetDateTime.now(clock).minus(config.keepEndedFor());
        @SuppressWarnings("unchecked")
        List<Number> reports = em.createNativeQuery("""
                select r.id from report r join case_file c on c.report_id = r.id
                where r.anonymised_at is null and c.state in ('CLOSED', 'REJECTED', 'TRANSFERRED')
                  and (select max(e.at) from case_event e where e.case_id = c.id
                       and e.action in ('CLOSED', 'REJECTED', 'TRANSFERRED')) < ?1
                order by r.id limit ?2""").setParameter(1, cutoff).setParameter(2, config.batchSize()).getResultList();
        for (Number id : reports) {
            erase(id.longValue());
        }
        return reports.size();
    }

    private void erase(long reportId) {
        CaseFile file = CaseFile.findByReport(reportId).orElseThrow();
        update("update report set place_enc = null, narrative_enc = null, reporter_name_enc = null, "
                + "reporter_id_no_enc = null, reporter_phone_enc = null, reporter_email_enc = null, "
                + "reporter_id_no_index = null, reporter_phone_index = null, anonymised_at = ?2 where id = ?1",
                reportId, OffsetDateTime.now(clock));
        update("delete from evidence_content where evidence_id in (select id from evidence where report_id = ?1)",
                reportId, null);
        update("update evidence set file_name_enc = null where report_id = ?1", reportId, null);
        update("delete from finding_attachment_content where attachment_id in "
                + "(select id from finding_attachment where case_id = ?1)", file.id, null);
        update("update satisfaction set comment_enc = null where case_id = ?1", file.id, null);
        update("delete from outbox_message where report_id = ?1 or case_id = ?2", reportId, file.id);
        casework.record(file, CaseAction.PERSONAL_DATA_ERASED, Casework.SYSTEM, false, null);
        erased.fire(new PersonalDataErased(reportId, file.id));
    }

    private void update(String sql, Object first, Object second) {
        var query = em.createNativeQuery(sql).setParameter(1, first);
        if (second != null) {
            query.setParameter(2, second);
        }
        query.executeUpdate();
    }
}
