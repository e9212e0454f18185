package cn.gov.yongzhou.qingfeng.casework;

import cn.gov.yongzhou.qingfeng.calendar.CalendarService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The deadline sweep: remind before a limit (催办), escalate when it has passed (督办), record against the unit
 * when it is still open after a further interval. Each step claims its rows batch by batch with UPDATE ... RETURNING
 * (rows another instance holds skipped), so two instances sweeping at once act on each deadline once.
 * Each stamp fires {@link CaseChased}, on which notify writes the mails to the handling unit, the supervision office
 * and the unit's head into the outbox, in the same transaction. The supervision board can also chase a case or
 * escalate it at once.
 */
@ApplicationScoped
public class Chasing {

    public record Sweep(int reminded, int escalated, int recorded) {
    }

    /** The reporter's own window to object is theirs to use, not a limit to chase. */
    private static final String CHASED = DeadlineStage.countedInSql();

    private final EntityManager em;
    private final CalendarService calendar;
    private final Casework casework;
    private final ChasingConfig config;
    private final Clock clock;
    private final jakarta.enterprise.event.Event<CaseChased> chased;

    Chasing(EntityManager em, CalendarService calendar, Casework casework, ChasingConfig config, Clock clock,
            jakarta.enterprise.event.Event<CaseChased> chased) {
        this.em = em;
        this.calendar = calendar;
        this.casework = casework;
        this.config = config;
        this.clock = clock;
        this.chased = chased;
    }

    /** How often: {@link ChasingConfig#every()}. */
    @Scheduled(every = "${qingfeng.chasing.every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void tick() {
        sweep();
    }

    /**
     * One sweep, in batches of {@link ChasingConfig#batchSize()} limits, each batch its own transaction (claims,
     * timeline entries, mails): a backlog (after an outage, or at the first start on imported cases) is worked
     * through in steps, where one transaction for all of it outlived the transaction timeout, was rolled back, and
     * the next sweep started over (bench/load/README.md: 2,000 limits to chase at 1,000,000 cases). Every batch
     * stamps the same moment.
     */
    public Sweep sweep() {
        LocalDate today = LocalDate.now(clock);
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate remindBy = calendar.addWorkingDays(today, config.remindWorkingDaysBefore()).date();

        int reminded = drain("reminded_at", "reminded_at is null and due_on >= ?2 and due_on <= ?3",
                now, today, remindBy, CaseAction.REMINDED);
        int escalated = drain("escalated_at", "escalated_at is null and due_on < ?2", now, today, null,
                CaseAction.ESCALATED);
        // the further interval is in working days from each due date: find the latest due date that has run out
        LocalDate recordIfDueBefore = latestDueRunOut(today);
        int recorded = drain("recorded_at", "recorded_at is null and escalated_at is not null and due_on < ?2",
                now, recordIfDueBefore, null, CaseAction.RECORDED_OVERDUE);
        return new Sweep(reminded, escalated, recorded);
    }

    /** Claims and marks batch after batch, each in its own transaction, until a batch comes back short. */
    private int drain(String stamp, String where, OffsetDateTime now, LocalDate a, LocalDate b, CaseAction action) {
        int total = 0;
        while (true) {
            int claimed = QuarkusTransaction.requiringNew().call(() -> {
                List<Object[]> rows = claim(stamp, where, now, a, b);
                rows.forEach(row -> mark(row, action, Casework.SYSTEM));
                return rows.size();
            });
            total += claimed;
            if (claimed < config.batchSize()) {
                return total;
            }
        }
    }

    /**
     * Sets the stamp on up to a batch of open, chased deadlines matching {@code where}, and returns (case id, due)
     * of each. Rows another sweep holds are skipped (it stamps them); the condition is checked again on each row
     * as it is when locked, so a limit is stamped once.
     */
    @SuppressWarnings("unchecked")
    private List<Object[]> claim(String stamp, String where, OffsetDateTime now, LocalDate a, LocalDate b) {
        String open = "closed_at is null and " + CHASED + " and " + where;
        var query = em.createNativeQuery("update case_deadline set " + stamp + " = ?1 where " + open
                + " and id in (select id from case_deadline where " + open + " order by due_on, id limit "
                + config.batchSize() + " for update skip locked)"
                + " returning case_id, due_on, stage, provisional")
                .setParameter(1, now).setParameter(2, a);
        if (b != null) {
            query.setParameter(3, b);
        }
        return query.getResultList();
    }

    private void mark(Object[] row, CaseAction action, String actor) {
        CaseFile file = CaseFile.findById(((Number) row[0]).longValue());
        LocalDate due = row[1] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) row[1];
        DeadlineStage stage = DeadlineStage.valueOf((String) row[2]);
        casework.record(file, action, actor, false, row[2] + " due " + due);
        chased.fire(new CaseChased(file.id, file.reportId, stage, due, (Boolean) row[3], action, actor));
    }

    /** What became of a chase or escalation asked for on the board. */
    public enum Manual {
        DONE,
        NOT_RUNNING,
        ALREADY_ESCALATED
    }

    /**
     * 催办 from the supervision board: reminds the handling unit of a running limit now, as often as the office sees
     * fit; each reminder is on the timeline with who sent it.
     */
    @Transactional
    public Manual chase(long caseId, DeadlineStage stage, String actor) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                update case_deadline set reminded_at = ?1 where case_id = ?2 and stage = ?3 and closed_at is null
                  and %s
                returning case_id, due_on, stage, provisional""".formatted(CHASED))
                .setParameter(1, OffsetDateTime.now(clock)).setParameter(2, caseId).setParameter(3, stage.name())
                .getResultList();
        rows.forEach(row -> mark(row, CaseAction.REMINDED, actor));
        return rows.isEmpty() ? Manual.NOT_RUNNING : Manual.DONE;
    }

    /**
     * 督办 from the supervision board, before the sweep would: once per limit, like the sweep's (whichever comes
     * first stamps it; the other finds it done).
     */
    @Transactional
    public Manual escalate(long caseId, DeadlineStage stage, String actor) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                update case_deadline set escalated_at = ?1 where case_id = ?2 and stage = ?3 and closed_at is null
                  and escalated_at is null
                returning case_id, due_on, stage, provisional""")
                .setParameter(1, OffsetDateTime.now(clock)).setParameter(2, caseId).setParameter(3, stage.name())
                .getResultList();
        if (rows.isEmpty()) {
            return CaseDeadline.open(CaseFile.findById(caseId), stage).isPresent() ? Manual.ALREADY_ESCALATED
                    : Manual.NOT_RUNNING;
        }
        rows.forEach(row -> mark(row, CaseAction.ESCALATED, actor));
        return Manual.DONE;
    }

    /** A deadline due before the returned day has been overdue for the whole further interval by today. */
    private LocalDate latestDueRunOut(LocalDate today) {
        LocalDate day = today;
        // walk back until the due date plus the interval no longer reaches today
        while (!calendar.addWorkingDays(day.minusDays(1), config.recordAfterWorkingDays()).date().isBefore(today)) {
            day = day.minusDays(1);
        }
        return day;
    }
}
