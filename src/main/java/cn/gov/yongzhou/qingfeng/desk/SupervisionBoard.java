package cn.gov.yongzhou.qingfeng.desk;

import cn.gov.yongzhou.qingfeng.calendar.CalendarService;
import cn.gov.yongzhou.qingfeng.casework.DeadlineStage;
import cn.gov.yongzhou.qingfeng.directory.Unit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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
        // the running limits of casework's read model, per handling unit; a case not yet assigned (waiting to be
        // accepted or assigned) has no unit: the page names it so
        List<Object[]> lines = em.createNativeQuery("""
                select f.assigned_unit_id, count(*),
                       count(*) filter (where l.due_on >= ?1 and l.due_on <= ?2),
                       count(*) filter (where l.due_on < ?1),
                       count(*) filter (where l.escalated_at is not null)
                from case_limit l join case_fact f on f.case_id = l.case_id
                where l.closed_at is null and l.counted
                group by f.assigned_unit_id""")
                .setParameter(1, today).setParameter(2, soon).getResultList();
        List<Object[]> overdue = limits("l.due_on < ?1", today, null);
        List<Object[]> dueSoon = limits("l.due_on >= ?1 and l.due_on <= ?2", today, soon);
        Map<Long, Unit> units = Unit.byIds(java.util.stream.Stream.of(lines.stream().map(l -> l[0]),
                overdue.stream().map(o -> o[2]), dueSoon.stream().map(o -> o[2])).flatMap(x -> x)
                .filter(java.util.Objects::nonNull).map(SupervisionBoard::n).collect(Collectors.toSet()));
        List<UnitLine> perUnit = lines.stream().map(l -> {
            Unit u = l[0] == null ? null : units.get(n(l[0]));
            return new UnitLine(u == null ? null : u.code, u == null ? null : u.name, n(l[1]), n(l[2]), n(l[3]),
                    n(l[4]));
        }).sorted(Comparator.comparingLong(UnitLine::overdue).reversed()
                .thenComparing(UnitLine::unitCode, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
        return new Board(today, soon, perUnit, rows(overdue, units), rows(dueSoon, units));
    }

    /** The running, chased limits matching {@code where}, earliest first (at most 200: the board is for action). */
    @SuppressWarnings("unchecked")
    private List<Object[]> limits(String where, LocalDate a, LocalDate b) {
        var query = em.createNativeQuery("""
                select f.case_id, f.receipt_no, f.assigned_unit_id, l.stage, l.due_on,
                       l.escalated_at is not null, l.recorded_at is not null
                from case_limit l join case_fact f on f.case_id = l.case_id
                where l.closed_at is null and l.counted and %s
                order by l.due_on, f.case_id limit 200""".formatted(where)).setParameter(1, a);
        if (b != null) {
            query.setParameter(2, b);
        }
        return query.getResultList();
    }

    private static List<RunningLimit> rows(List<Object[]> rows, Map<Long, Unit> units) {
        return rows.stream().map(o -> new RunningLimit(n(o[0]), (String) o[1],
                o[2] == null ? null : units.get(n(o[2])).name, DeadlineStage.valueOf((String) o[3]), toDate(o[4]),
                (Boolean) o[5], (Boolean) o[6])).toList();
    }

    private static long n(Object o) {
        return ((Number) o).longValue();
    }

    private static LocalDate toDate(Object o) {
        return o instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) o;
    }
}
