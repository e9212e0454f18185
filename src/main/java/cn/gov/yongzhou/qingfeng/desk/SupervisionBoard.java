package cn.gov.yongzhou.qingfeng.desk;

import cn.gov.yongzhou.qingfeng.calendar.CalendarService;
import cn.gov.yongzhou.qingfeng.casework.DeadlineStage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** 督查室's board: per handling unit, the running limits that are overdue or close, and the overdue ones listed. */
@ApplicationScoped
public class SupervisionBoard {

    /** "Due soon" means within this many working days. */
    static final int SOON = 3;

    public record UnitLine(String unitCode, String unitName, long open, long dueSoon, long overdue, long escalated) {
    }

    public record RunningLimit(long caseId, String receiptNo, String unitName, DeadlineStage stage, LocalDate dueOn,
            boolean escalated, boolean recorded) {
    }

    public record Board(LocalDate today, LocalDate soon, List<UnitLine> units, List<RunningLimit> overdue,
            List<RunningLimit> dueSoon) {
    }

    private final EntityManager em;
    private final CalendarService calendar;
    private final Clock clock;

    SupervisionBoard(EntityManager em, CalendarService calendar, Clock clock) {
        this.em = em;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public Board board() {
        LocalDate today = LocalDate.now(clock);
        LocalDate soon = calendar.addWorkingDays(today, SOON).date();
        // a case not yet assigned (waiting to be accepted or assigned) has no unit: the page names it so
        List<Object[]> lines = em.createNativeQuery("""
                select u.code, u.name, count(*),
                       count(*) filter (where d.due_on >= ?1 and d.due_on <= ?2),
                       count(*) filter (where d.due_on < ?1),
                       count(*) filter (where d.escalated_at is not null)
                from case_deadline d join case_file c on c.id = d.case_id left join unit u on u.id = c.assigned_unit_id
                where d.closed_at is null and d.stage <> 'OBJECTION'
                group by u.code, u.name
                order by count(*) filter (where d.due_on < ?1) desc, u.code""")
                .setParameter(1, today).setParameter(2, soon).getResultList();
        List<Object[]> overdue = limits("d.due_on < ?1", today, null);
        List<Object[]> dueSoon = limits("d.due_on >= ?1 and d.due_on <= ?2", today, soon);
        return new Board(today, soon,
                lines.stream().map(l -> new UnitLine((String) l[0], (String) l[1], n(l[2]), n(l[3]), n(l[4]), n(l[5])))
                        .toList(), rows(overdue), rows(dueSoon));
    }

    /** The running, chased limits matching {@code where}, earliest first (at most 200: the board is for action). */
    @SuppressWarnings("unchecked")
    private List<Object[]> limits(String where, LocalDate a, LocalDate b) {
        var query = em.createNativeQuery("""
                select c.id, r.receipt_no, u.name, d.stage, d.due_on,
                       d.escalated_at is not null, d.recorded_at is not null
                from case_deadline d join case_file c on c.id = d.case_id join report r on r.id = c.report_id
                left join unit u on u.id = c.assigned_unit_id
                where d.closed_at is null and d.stage <> 'OBJECTION' and %s
                order by d.due_on, c.id limit 200""".formatted(where)).setParameter(1, a);
        if (b != null) {
            query.setParameter(2, b);
        }
        return query.getResultList();
    }

    private static List<RunningLimit> rows(List<Object[]> rows) {
        return rows.stream().map(o -> new RunningLimit(n(o[0]), (String) o[1], (String) o[2],
                DeadlineStage.valueOf((String) o[3]), toDate(o[4]), (Boolean) o[5], (Boolean) o[6])).toList();
    }

    private static long n(Object o) {
        return ((Number) o).longValue();
    }

    private static LocalDate toDate(Object o) {
        return o instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) o;
    }
}
