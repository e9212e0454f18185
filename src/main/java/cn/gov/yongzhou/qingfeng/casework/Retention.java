package cn.gov.yongzhou.qingfeng.casework;

import cn.gov.yongzhou.qingfeng.shared.ClockProducer;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.List;

/**
 * Erases the personal data and evidence of cases ended (closed, rejected, transferred) longer ago than the
 * retention period; a case a feature holds ({@link RetentionHold}: dispositions, a head held to account) is kept
 * sealed as an archive for the archive period instead, counted from the same end, and erased after it. Which cases are due is a
 * fact of casework (when the case ended, whether it was done); what is
 * erased belongs to each feature, which erases its own rows ({@link PersonalDataEraser}): intake the reporter's
 * identity and contact, the narrative and place, evidence files and their names; the follow-through the rating's
 * comment; casework the findings' material; notify the mail still queued. The report keeps what statistics need (category,
 * unit, dates,
 * outcome), and the case's timeline says when it was done.
 */
@ApplicationScoped
public class Retention {

    @ConfigMapping(prefix = "qingfeng.retention")
    public interface Config {
        /** How long after a case ended its personal data is kept. */
        @WithDefault("P5Y")
        Period keepEndedFor();

        /** When the job runs (a cron expression; {@code off} to run it only by hand); read by the scheduler. */
        @WithDefault("0 30 2 * * ?")
        String cron();

        /**
         * How long after a case ended it is kept when a feature holds it (档案保管: dispositions and accountability);
         * 30 years, the 定期30年 class of the archive rules. Never shorter than {@link #keepEndedFor()}.
         */
        @WithDefault("P30Y")
        Period archiveFor();

        @WithDefault("200")
        int batchSize();
    }

    private static final long LOCK = 0x51_46_52_45_54_4EL; // "QFRETN"

    private final EntityManager em;
    private final Clock clock;
    private final Config config;
    private final Casework casework;
    private final Instance<PersonalDataEraser> erasers;
    private final Instance<RetentionHold> holds;

    Retention(EntityManager em, Clock clock, Config config, Casework casework, Instance<PersonalDataEraser> erasers,
            Instance<RetentionHold> holds) {
        this.em = em;
        this.clock = clock;
        this.config = config;
        this.casework = casework;
        this.erasers = erasers;
        this.holds = holds;
    }

    /** When: {@link Config#cron()}. */
    @Scheduled(cron = "${qingfeng.retention.cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void nightly() {
        while (eraseDue() == config.batchSize()) {
            // a backlog: a batch per transaction
        }
    }

    /**
     * Erases a batch of the cases that ended before the retention period, or keeps each one a feature holds as an
     * archive (once; erased when the archive period is over); returns how many were erased or archived.
     */
    @Transactional
    public int eraseDue() {
        Boolean locked = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(?1)").setParameter(1, LOCK)
                .getSingleResult();
        if (!locked) {
            return 0;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate today = now.atZoneSameInstant(ClockProducer.ZONE).toLocalDate();
        OffsetDateTime cutoff = now.minus(config.keepEndedFor());
        @SuppressWarnings("unchecked")
        List<Object[]> cases = em.createNativeQuery("""
                select c.id, ended.at
                from case_file c
                left join lateral (select max(e.at) as at from case_event e where e.case_id = c.id
                                   and e.action in ('CLOSED', 'REJECTED', 'TRANSFERRED', 'REFERRED', 'MERGED')) ended on true
                where not exists (select 1 from case_event d where d.case_id = c.id and d.action = 'PERSONAL_DATA_ERASED')
                  and (c.archived_until is null or c.archived_until < ?3)
                  and ((c.state in ('CLOSED', 'REJECTED', 'TRANSFERRED', 'REFERRED') and ended.at < ?1)
                       -- a repeat kept on file goes with the case it was merged into
                       or (c.state = 'MERGED' and exists (select 1 from case_event m where m.case_id = c.merged_into_id
                                                          and m.action = 'PERSONAL_DATA_ERASED')))
                order by c.report_id limit ?2""").setParameter(1, cutoff).setParameter(2, config.batchSize())
                .setParameter(3, today).getResultList();
        for (Object[] row : cases) {
            CaseFile file = CaseFile.findById(((Number) row[0]).longValue());
            if (file.archivedUntil == null && holds.stream().anyMatch(h -> h.holds(file.id))) {
                LocalDate ended = endedOn(row[1]).orElse(today);
                LocalDate until = ended.plus(config.archiveFor());
                file.archivedUntil = until.isAfter(today) ? until : today.plusDays(1);
                casework.record(file, CaseAction.KEPT_AS_ARCHIVE, Casework.SYSTEM, false, file.archivedUntil.toString());
                continue;
            }
            erasers.forEach(eraser -> eraser.erase(file.reportId, file.id));
            casework.record(file, CaseAction.PERSONAL_DATA_ERASED, Casework.SYSTEM, false, null);
        }
        return cases.size();
    }

    /** The Beijing day of a timestamp as the driver returns it (an instant, an offset time or a JDBC timestamp). */
    private static java.util.Optional<LocalDate> endedOn(Object at) {
        java.time.Instant instant = at instanceof OffsetDateTime o ? o.toInstant()
                : at instanceof java.sql.Timestamp t ? t.toInstant() : (java.time.Instant) at;
        return java.util.Optional.ofNullable(instant).map(i -> i.atZone(ClockProducer.ZONE).toLocalDate());
    }
}
