package cn.gov.yongzhou.qingfeng.ledger;

import cn.gov.yongzhou.qingfeng.calendar.CalendarService;
import cn.gov.yongzhou.qingfeng.calendar.WorkingCalendar;
import cn.gov.yongzhou.qingfeng.casework.CaseState;
import cn.gov.yongzhou.qingfeng.casework.Conclusion;
import cn.gov.yongzhou.qingfeng.category.Category;
import cn.gov.yongzhou.qingfeng.category.Subcategory;
import cn.gov.yongzhou.qingfeng.directory.Unit;
import cn.gov.yongzhou.qingfeng.shared.ClockProducer;
import cn.gov.yongzhou.qingfeng.shared.web.Bilingual;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * 执行力台账: the figures of each unit for a period, the year-end ranking and the case list, each an SQL aggregate
 * (or, for the list, a stream) over the case tables. A unit is the accused unit of the report (report.unit_id); an
 * accountability matter counts for the unit whose head it concerns.
 *
 * <p>Each figure counts what happened in the period (Beijing time):
 * <ul>
 * <li>received: reports received in the period; accepted: cases accepted (受理) in the period;</li>
 * <li>concluded: cases first approved (办结) in the period; the substantiated rate is substantiated plus partly
 * substantiated over them, by the conclusion as it stands; the average is working days from the day of receipt to
 * the day of that approval (the calendar's working days after receipt up to and including the conclusion);</li>
 * <li>on time: limits (every stage but the reporter's own objection window) closed in the period on or before their
 * due date, over all limits closed in the period;</li>
 * <li>overdue: limits that fell due in the period and were missed (closed after the due date, or still open after
 * it); escalated: limits escalated (督办) in the period; extensions: extensions granted in the period;</li>
 * <li>satisfaction: ratings given in the period that are very satisfied, satisfied or basically satisfied, over all
 * ratings given in the period;</li>
 * <li>accountability: matters opened in the period for the unit's head.</li>
 * </ul>
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Ledger {

    /** One unit's line, or the totals (no unit). */
    public record Row(String unitCode, Bilingual unit, Bilingual area, long received, long accepted, long concluded,
            long substantiated, long limitsClosed, long limitsMet, long workingDays, long overdue, long escalated,
            long extensions, long rated, long satisfied, long dissatisfied, long matters, long objections, int score,
            int rank, Standing standing) {

        public boolean totals() {
            return unitCode == null;
        }

        /** The standing as a class name: above, within, below. */
        public String mark() {
            return standing == null ? "" : standing.name().toLowerCase(java.util.Locale.ROOT);
        }

        public Share substantiatedRate() {
            return new Share(substantiated, concluded);
        }

        public Share onTime() {
            return new Share(limitsMet, limitsClosed);
        }

        public Share satisfaction() {
            return new Share(satisfied, rated);
        }

        /** Average working days from receipt to conclusion, one decimal; "—" when nothing was concluded. */
        public String averageWorkingDays() {
            return concluded == 0 ? Share.NONE
                    : BigDecimal.valueOf(workingDays).divide(BigDecimal.valueOf(concluded), 1, RoundingMode.HALF_UP)
                            .toPlainString();
        }

        Row ranked(int score, int rank, Standing standing) {
            return new Row(unitCode, unit, area, received, accepted, concluded, substantiated, limitsClosed, limitsMet,
                    workingDays, overdue, escalated, extensions, rated, satisfied, dissatisfied, matters, objections, score,
                    rank, standing);
        }
    }

    /** A county, district or zone to filter by. */
    public record Area(String code, Bilingual name) {
    }

    /** Reports received in one month of the year, by category. */
    public record Month(int month, Map<Category, Long> byCategory) {

        public long count(Category category) {
            return byCategory.getOrDefault(category, 0L);
        }

        public long total() {
            return byCategory.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** The ledger of a period: units in ranking order, the totals, and the year's monthly trend. */
    public record View(Period period, Area area, LocalDate today, List<Row> rows, Row totals, List<Month> trend,
            int aboveAt, int belowUnder) {
        public boolean empty() {
            return rows.isEmpty();
        }
    }

    /** One case of the period's list, as the exports give it: no reporter, no narrative. */
    public record CaseLine(String receiptNo, Category category, Subcategory subcategory, Bilingual unit, Bilingual area,
            OffsetDateTime receivedAt, CaseState state, Conclusion conclusion, OffsetDateTime acceptedAt,
            OffsetDateTime concludedAt, boolean onTime) {
    }

    private static final String ZONE = "'Asia/Shanghai'";

    /** Units with their county, district or zone; {@code ?3} is the area's id, or -1 for the whole city. */
    private static final String SCOPE = """
            with recursive up (unit_id, anc_id, depth) as (
                select id, id, 0 from unit
                union all
                select up.unit_id, u.parent_id, up.depth + 1 from up join unit u on u.id = up.anc_id
                where u.parent_id is not null
            ),
            unit_area as (
                select distinct on (up.unit_id) up.unit_id, a.id as area_id
                from up join unit a on a.id = up.anc_id
                where a.kind in ('COUNTY_GOVERNMENT', 'MANAGEMENT_ZONE', 'DEVELOPMENT_ZONE')
                order by up.unit_id, up.depth
            ),
            scope as (
                select u.id as unit_id, ua.area_id from unit u left join unit_area ua on ua.unit_id = u.id
                where ?3 < 0 or ua.area_id = ?3
            )""";

    /** A missed limit: closed after its due date (Beijing), or open after it; the objection window is the reporter's. */
    private static final String MISSED = "((d.closed_at is null and d.due_on < ?4) or (d.closed_at at time zone "
            + ZONE + ")::date > d.due_on)";

    private final EntityManager em;
    private final CalendarService calendar;
    private final LedgerConfig config;
    private final Clock clock;

    Ledger(EntityManager em, CalendarService calendar, LedgerConfig config, Clock clock) {
        this.em = em;
        this.calendar = calendar;
        this.config = config;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ClockProducer.ZONE));
    }

    /** The counties, districts and zones, by code. */
    public List<Area> areas() {
        return Unit.<Unit>list("order by code").stream().filter(u -> u.kind.isArea())
                .map(u -> new Area(u.code, Bilingual.of(u.name, u.nameEn))).toList();
    }

    /** The area of this code; empty when there is none (a unit that is not a county, district or zone). */
    public Optional<Area> area(String code) {
        return Unit.findByCode(code).filter(u -> u.kind.isArea())
                .map(u -> new Area(u.code, Bilingual.of(u.name, u.nameEn)));
    }

    public View ledger(Period period, Area area) {
        long areaId = areaId(area);
        LocalDate today = today();
        List<Row> lines = units(period, areaId, today);
        List<Row> ranked = rank(lines);
        Row totals = totals(lines);
        return new View(period, area, today, ranked, totals, trend(period.year(), areaId), config.aboveAt(),
                config.belowUnder());
    }

    /** The score of a line: the base less the points for what counts against the unit, never below zero. */
    int score(Row r) {
        long lost = r.substantiated() * config.perSubstantiated() + r.overdue() * config.perOverdue()
                + r.matters() * config.perAccountability() + r.dissatisfied() * config.perDissatisfied();
        return (int) Math.max(0, config.base() - lost);
    }

    Standing standing(int score) {
        return score >= config.aboveAt() ? Standing.ABOVE : score < config.belowUnder() ? Standing.BELOW
                : Standing.WITHIN;
    }

    /** Highest score first; equal scores share a rank (1, 1, 3), then go by unit code. */
    private List<Row> rank(List<Row> lines) {
        List<Row> scored = lines.stream().map(r -> r.ranked(score(r), 0, null))
                .sorted(Comparator.comparingInt(Row::score).reversed().thenComparing(Row::unitCode)).toList();
        List<Row> ranked = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            Row r = scored.get(i);
            int rank = i > 0 && scored.get(i - 1).score() == r.score() ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(r.ranked(r.score(), rank, standing(r.score())));
        }
        return ranked;
    }

    private static Row totals(List<Row> lines) {
        long[] t = new long[15];
        for (Row r : lines) {
            long[] v = {r.received(), r.accepted(), r.concluded(), r.substantiated(), r.limitsClosed(), r.limitsMet(),
                r.workingDays(), r.overdue(), r.escalated(), r.extensions(), r.rated(), r.satisfied(),
                r.dissatisfied(), r.matters(), r.objections()};
            for (int i = 0; i < t.length; i++) {
                t[i] += v[i];
            }
        }
        return new Row(null, null, null, t[0], t[1], t[2], t[3], t[4], t[5], t[6], t[7], t[8], t[9], t[10], t[11],
                t[12], t[13], t[14], 0, 0, null);
    }

    @SuppressWarnings("unchecked")
    private List<Row> units(Period period, long areaId, LocalDate today) {
        LocalDate spanFrom = receivedBefore(period).filter(d -> d.isBefore(period.from())).orElse(period.from());
        WorkingDays span = workingDays(spanFrom, period.last());
        List<Object[]> rows = em.createNativeQuery(SCOPE + """
                ,
                days as (
                    select g::date as day from generate_series(cast(?5 as date), cast(?6 as date), interval '1 day') g
                ),
                workdays as (
                    select day, sum(case when (extract(isodow from day) < 6 and day <> all(cast(?7 as date[])))
                                           or day = any(cast(?8 as date[])) then 1 else 0 end) over (order by day) as w
                    from days
                ),
                received as (
                    select r.unit_id, count(*) as n from report r join scope s on s.unit_id = r.unit_id
                    where r.received_at >= ?1 and r.received_at < ?2 group by r.unit_id
                ),
                accepted as (
                    select r.unit_id, count(distinct c.id) as n
                    from case_event e join case_file c on c.id = e.case_id join report r on r.id = c.report_id
                    join scope s on s.unit_id = r.unit_id
                    where e.action = 'ACCEPTED' and e.at >= ?1 and e.at < ?2 group by r.unit_id
                ),
                first_approval as (
                    select e.case_id, e.at from case_event e
                    where e.action = 'APPROVED' and e.at >= ?1 and e.at < ?2
                      and not exists (select 1 from case_event p where p.case_id = e.case_id and p.action = 'APPROVED'
                                      and (p.at < e.at or (p.at = e.at and p.id < e.id)))
                ),
                concluded as (
                    select r.unit_id, count(*) as n,
                           count(*) filter (where c.conclusion in ('SUBSTANTIATED', 'PARTLY_SUBSTANTIATED')) as found,
                           sum(wc.w - wr.w) as wdays
                    from first_approval f join case_file c on c.id = f.case_id join report r on r.id = c.report_id
                    join scope s on s.unit_id = r.unit_id
                    join workdays wr on wr.day = (r.received_at at time zone %1$s)::date
                    join workdays wc on wc.day = (f.at at time zone %1$s)::date
                    group by r.unit_id
                ),
                closed as (
                    select r.unit_id, count(*) as n,
                           count(*) filter (where (d.closed_at at time zone %1$s)::date <= d.due_on) as met
                    from case_deadline d join case_file c on c.id = d.case_id join report r on r.id = c.report_id
                    join scope s on s.unit_id = r.unit_id
                    where d.closed_at >= ?1 and d.closed_at < ?2 and d.stage <> 'OBJECTION' group by r.unit_id
                ),
                overdue as (
                    select r.unit_id, count(*) as n
                    from case_deadline d join case_file c on c.id = d.case_id join report r on r.id = c.report_id
                    join scope s on s.unit_id = r.unit_id
                    where d.due_on >= cast(?9 as date) and d.due_on <= cast(?6 as date) and d.stage <> 'OBJECTION'
                      and %2$s
                    group by r.unit_id
                ),
                escalated as (
                    select r.unit_id, count(*) as n
                    from case_deadline d join case_file c on c.id = d.case_id join report r on r.id = c.report_id
                    join scope s on s.unit_id = r.unit_id
                    where d.escalated_at >= ?1 and d.escalated_at < ?2 group by r.unit_id
                ),
                extended as (
                    select r.unit_id, count(*) as n
                    from deadline_extension x join case_deadline d on d.id = x.case_deadline_id
                    join case_file c on c.id = d.case_id join report r on r.id = c.report_id
                    join scope s on s.unit_id = r.unit_id
                    where x.approved and x.decided_at >= ?1 and x.decided_at < ?2 group by r.unit_id
                ),
                rated as (
                    select r.unit_id, count(*) as n,
                           count(*) filter (where sa.level in ('VERY_SATISFIED', 'SATISFIED', 'BASICALLY_SATISFIED'))
                               as good,
                           count(*) filter (where sa.level in ('DISSATISFIED', 'VERY_DISSATISFIED')) as bad
                    from satisfaction sa join case_file c on c.id = sa.case_id join report r on r.id = c.report_id
                    join scope s on s.unit_id = r.unit_id
                    where sa.rated_at >= ?1 and sa.rated_at < ?2 group by r.unit_id
                ),
                matters as (
                    select m.unit_id, count(*) as n from accountability_matter m join scope s on s.unit_id = m.unit_id
                    where m.opened_at >= ?1 and m.opened_at < ?2 group by m.unit_id
                ),
                objections as (
                    select r.unit_id, count(*) as n
                    from case_event e join case_file c on c.id = e.case_id join report r on r.id = c.report_id
                    join scope s on s.unit_id = r.unit_id
                    where e.action = 'OBJECTED' and e.at >= ?1 and e.at < ?2 group by r.unit_id
                ),
                ids as (
                    select unit_id from received union select unit_id from accepted union select unit_id from concluded
                    union select unit_id from closed union select unit_id from overdue union select unit_id from escalated
                    union select unit_id from extended union select unit_id from rated union select unit_id from matters
                    union select unit_id from objections
                )
                select u.code, u.name, u.name_en, a.name as area_name, a.name_en as area_name_en,
                       coalesce(rc.n, 0), coalesce(ac.n, 0), coalesce(co.n, 0), coalesce(co.found, 0),
                       coalesce(cl.n, 0), coalesce(cl.met, 0), coalesce(co.wdays, 0), coalesce(ov.n, 0),
                       coalesce(es.n, 0), coalesce(ex.n, 0), coalesce(ra.n, 0), coalesce(ra.good, 0),
                       coalesce(ra.bad, 0), coalesce(ma.n, 0), coalesce(ob.n, 0)
                from ids join unit u on u.id = ids.unit_id join scope s on s.unit_id = u.id
                left join unit a on a.id = s.area_id
                left join received rc on rc.unit_id = u.id left join accepted ac on ac.unit_id = u.id
                left join concluded co on co.unit_id = u.id left join closed cl on cl.unit_id = u.id
                left join overdue ov on ov.unit_id = u.id left join escalated es on es.unit_id = u.id
                left join extended ex on ex.unit_id = u.id left join rated ra on ra.unit_id = u.id
                left join matters ma on ma.unit_id = u.id left join objections ob on ob.unit_id = u.id
                order by u.code""".formatted(ZONE, MISSED))
                .setParameter(1, period.start()).setParameter(2, period.end()).setParameter(3, areaId)
                .setParameter(4, today).setParameter(5, span.from()).setParameter(6, period.last())
                .setParameter(7, span.holidays()).setParameter(8, span.makeUpDays()).setParameter(9, period.from())
                .getResultList();
        return rows.stream().map(o -> new Row((String) o[0], Bilingual.of((String) o[1], (String) o[2]),
                o[3] == null ? null : Bilingual.of((String) o[3], (String) o[4]), n(o[5]), n(o[6]), n(o[7]), n(o[8]),
                n(o[9]), n(o[10]), n(o[11]), n(o[12]), n(o[13]), n(o[14]), n(o[15]), n(o[16]), n(o[17]), n(o[18]), n(o[19]),
                0, 0, null)).toList();
    }

    /** The earliest receipt among the cases concluded in the period: where the working-day count must start. */
    private Optional<LocalDate> receivedBefore(Period period) {
        Object min = em.createNativeQuery("""
                select min((r.received_at at time zone 'Asia/Shanghai')::date)
                from case_event e join case_file c on c.id = e.case_id join report r on r.id = c.report_id
                where e.action = 'APPROVED' and e.at >= ?1 and e.at < ?2""")
                .setParameter(1, period.start()).setParameter(2, period.end()).getSingleResult();
        return Optional.ofNullable(min).map(Ledger::toDate);
    }

    /** The days of a span on which the calendar differs from Monday–Friday, as PostgreSQL array literals. */
    record WorkingDays(LocalDate from, String holidays, String makeUpDays) {
    }

    /** From the working calendar (the State Council's notices as entered), not from a second copy of its rules. */
    WorkingDays workingDays(LocalDate from, LocalDate to) {
        WorkingCalendar cal = calendar.calendar();
        List<String> off = new ArrayList<>();
        List<String> on = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            boolean weekday = d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
            boolean working = cal.isWorkingDay(d);
            if (weekday && !working) {
                off.add(d.toString());
            } else if (!weekday && working) {
                on.add(d.toString());
            }
        }
        return new WorkingDays(from, "{" + String.join(",", off) + "}", "{" + String.join(",", on) + "}");
    }

    @SuppressWarnings("unchecked")
    private List<Month> trend(int year, long areaId) {
        Period whole = Period.year(year);
        List<Object[]> rows = em.createNativeQuery(SCOPE + """
                select cast(extract(month from r.received_at at time zone 'Asia/Shanghai') as int), r.category, count(*)
                from report r join scope s on s.unit_id = r.unit_id
                where r.received_at >= ?1 and r.received_at < ?2
                group by 1, 2""")
                .setParameter(1, whole.start()).setParameter(2, whole.end()).setParameter(3, areaId).getResultList();
        Map<Integer, Map<Category, Long>> byMonth = rows.stream().collect(Collectors.groupingBy(
                o -> ((Number) o[0]).intValue(), Collectors.toMap(o -> Category.valueOf((String) o[1]), o -> n(o[2]))));
        List<Month> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            months.add(new Month(m, byMonth.getOrDefault(m, Map.of())));
        }
        return months;
    }

    /**
     * The cases of the reports received in the period, oldest first, handed one by one to {@code each} (a year of
     * the whole city is never held in memory). On time: no limit of the case (but the reporter's objection window)
     * has been missed so far.
     */
    @Transactional(Transactional.TxType.REQUIRED) // the stream reads from an open result set
    public void cases(Period period, Area area, Consumer<CaseLine> each) {
        @SuppressWarnings("unchecked")
        Stream<Object[]> rows = em.createNativeQuery(SCOPE + """
                select r.receipt_no, r.category, r.subcategory, u.name, u.name_en, a.name as area_name,
                       a.name_en as area_name_en, r.received_at, c.state, c.conclusion,
                       (select min(e.at) from case_event e where e.case_id = c.id and e.action = 'ACCEPTED'),
                       (select min(e.at) from case_event e where e.case_id = c.id and e.action = 'APPROVED'),
                       not exists (select 1 from case_deadline d where d.case_id = c.id and d.stage <> 'OBJECTION'
                                   and %s)
                from report r join case_file c on c.report_id = r.id join scope s on s.unit_id = r.unit_id
                join unit u on u.id = r.unit_id left join unit a on a.id = s.area_id
                where r.received_at >= ?1 and r.received_at < ?2
                order by r.received_at, r.id""".formatted(MISSED))
                .setParameter(1, period.start()).setParameter(2, period.end()).setParameter(3, areaId(area))
                .setParameter(4, today()).setHint("org.hibernate.fetchSize", 500).getResultStream();
        try (rows) {
            rows.forEach(o -> each.accept(new CaseLine((String) o[0], Category.valueOf((String) o[1]),
                    Subcategory.valueOf((String) o[2]), Bilingual.of((String) o[3], (String) o[4]),
                    o[5] == null ? null : Bilingual.of((String) o[5], (String) o[6]), moment(o[7]),
                    CaseState.valueOf((String) o[8]), o[9] == null ? null : Conclusion.valueOf((String) o[9]),
                    moment(o[10]), moment(o[11]), (Boolean) o[12])));
        }
    }

    private static long areaId(Area area) {
        if (area == null) {
            return -1;
        }
        return Unit.findByCode(area.code()).filter(u -> u.kind.isArea()).map(u -> u.id)
                .orElseThrow(() -> new IllegalArgumentException("not an area: " + area.code()));
    }

    private static long n(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    private static LocalDate toDate(Object o) {
        return o instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) o;
    }

    private static OffsetDateTime moment(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof OffsetDateTime t) {
            return t;
        }
        if (o instanceof java.time.Instant i) {
            return i.atZone(ClockProducer.ZONE).toOffsetDateTime();
        }
        if (o instanceof java.sql.Timestamp t) {
            return t.toInstant().atZone(ClockProducer.ZONE).toOffsetDateTime();
        }
        throw new IllegalStateException("unexpected " + o.getClass());
    }
}
