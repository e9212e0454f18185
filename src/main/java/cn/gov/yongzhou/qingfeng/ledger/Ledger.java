package cn.gov.yongzhou.qingfeng.ledger;

import cn.gov.yongzhou.qingfeng.calendar.CalendarService;
import cn.gov.yongzhou.qingfeng.calendar.WorkingCalendar;
import cn.gov.yongzhou.qingfeng.casework.CaseState;
import cn.gov.yongzhou.qingfeng.casework.Conclusion;
import cn.gov.yongzhou.qingfeng.category.Category;
import cn.gov.yongzhou.qingfeng.category.Subcategory;
import cn.gov.yongzhou.qingfeng.directory.StaffAccount;
import cn.gov.yongzhou.qingfeng.directory.Unit;
import cn.gov.yongzhou.qingfeng.shared.ClockProducer;
import cn.gov.yongzhou.qingfeng.shared.web.Bilingual;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
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
 * 执行力台账: the figures of each unit for a period, the year-end ranking (when approved), the praise and the case
 * list, each an SQL aggregate (or, for the list, a stream) over the read models of casework, intake and accountability
 * (the views of V40 and V113) and the ledger's own service volumes ({@link ServiceVolume}).
 *
 * <p>
 * Each figure is charged to whoever it is about or whoever had to act (issue 15: a fair ledger):
 * <ul>
 * <li>to the accused unit (the unit of the report): received, accepted, concluded, substantiated, the working days to
 * conclusion, objections; and its services (办件量) with the rates per 10,000 services;</li>
 * <li>to the body that had to meet the limit ({@code case_limit.charged_unit_id}, as {@code CaseFile.responsibleFor}):
 * limits closed, met, missed (超期), escalated (督办) and extended. Signing for and verifying are the handling unit's;
 * accepting, telling, reviewing, the result and a review decision are the discipline body's own;</li>
 * <li>to the discipline body that ran the case ({@code case_fact.body_id}): the reporter's ratings of the handling
 * (好差评), which are never a deduction from the accused unit;</li>
 * <li>to the unit whose head it concerns: accountability matters.</li>
 * </ul>
 *
 * <p>
 * No incentive to find a report untrue (不属实): the score of a unit that verified or reviewed a case never depends
 * on the conclusion (its limits and its ratings do, whatever the finding); the deduction for a substantiated case
 * falls on the accused unit only, which never verifies its own case (routing never sends a report to the accused's
 * unit), the conclusion counts as it stands after any review, and no unit's figures are rolled up into its parent's.
 *
 * <p>
 * Each figure counts what happened in the period (Beijing time):
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
 * <li>accountability: matters opened in the period for the unit's head;</li>
 * <li>services: the services entered for the months of the period; reports per 10,000 services: received over them;
 * substantiated per 10,000 services: substantiated over them.</li>
 * </ul>
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Ledger {

    /** One unit's line, or the totals (no unit). */
    public record Row(String unitCode, Bilingual unit, Bilingual area, long received, long accepted, long concluded,
            long substantiated, long limitsClosed, long limitsMet, long workingDays, long overdue, long escalated,
            long extensions, long rated, long satisfied, long dissatisfied, long matters, long objections,
            long services, int volumeMonths, int score, int rank, Standing standing) {

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

        /** Reports received per 10,000 services; unknown without a service volume. */
        public PerTenThousand reportsRate() {
            return new PerTenThousand(received, services);
        }

        /** Substantiated cases per 10,000 services; unknown without a service volume. */
        public PerTenThousand substantiatedPerServices() {
            return new PerTenThousand(substantiated, services);
        }

        /** Average working days from receipt to conclusion, one decimal; "—" when nothing was concluded. */
        public String averageWorkingDays() {
            return concluded == 0 ? Share.NONE
                    : BigDecimal.valueOf(workingDays).divide(BigDecimal.valueOf(concluded), 1, RoundingMode.HALF_UP)
                            .toPlainString();
        }

        Row ranked(int score, int rank, Standing standing) {
            return new Row(unitCode, unit, area, received, accepted, concluded, substantiated, limitsClosed, limitsMet,
                    workingDays, overdue, escalated, extensions, rated, satisfied, dissatisfied, matters, objections,
                    services, volumeMonths, score, rank, standing);
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

    /** 通报表扬: a unit (by its line) or a staff member (by account) whose handling was rated well in the period. */
    public record Praise(String unitCode, Bilingual unit, String userName, String displayName, Bilingual staffUnit,
            long rated, long satisfied) {
        public boolean staff() {
            return userName != null;
        }
    }

    /**
     * The ledger of a period: units in ranking order (or by code while the ranking is off), the totals, the year's
     * monthly trend, the praise; {@code approval}: the approval the ranking runs under, null while it is off.
     */
    public record View(Period period, Area area, LocalDate today, List<Row> rows, Row totals, List<Month> trend,
            int aboveAt, int belowUnder, String approval, int periodMonths, List<Praise> praise) {
        public boolean empty() {
            return rows.isEmpty();
        }

        public boolean ranked() {
            return approval != null;
        }
    }

    /** One case of the period's list, as the exports give it: no reporter, no narrative. */
    public record CaseLine(String reference, Category category, Subcategory subcategory, Bilingual unit, Bilingual area,
            OffsetDateTime receivedAt, CaseState state, Conclusion conclusion, OffsetDateTime acceptedAt,
            OffsetDateTime concludedAt, boolean onTime) {
    }

    /** The units counted: those of the area {@code ?3} (its id), or every unit for the city (-1). */
    private static final String SCOPE = """
            with scope as (select unit_id from unit_area where ?3 < 0 or area_id = ?3)""";

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

    /** A ranking switched on without the approval it runs under is a configuration error: the app does not start. */
    void check(@Observes StartupEvent started) {
        if (config.ranking().enabled() && config.ranking().approval().map(String::isBlank).orElse(true)) {
            throw new IllegalStateException("qingfeng.ledger.ranking.enabled=true needs qingfeng.ledger.ranking.approval:"
                    + " rule 10 allows no ranking scheme without the city government's approval");
        }
    }

    /** The approval the ranking runs under; null while the ranking is off (the default, rule 10). */
    String approval() {
        return config.ranking().enabled() ? config.ranking().approval().map(String::strip).orElse(null) : null;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ClockProducer.ZONE));
    }

    /** The counties, districts and zones, by code. */
    public List<Area> areas() {
        return Unit.listAreas().stream().map(u -> new Area(u.code, Bilingual.of(u.name, u.nameEn))).toList();
    }

    /** The area of this code; empty when there is none (a unit that is not a county, district or zone). */
    public Optional<Area> area(String code) {
        return Unit.findArea(code).map(u -> new Area(u.code, Bilingual.of(u.name, u.nameEn)));
    }

    public View ledger(Period period, Area area) {
        long areaId = areaId(area);
        LocalDate today = today();
        List<Row> lines = units(period, areaId, today);
        String approval = approval();
        List<Row> rows = approval == null ? lines : rank(lines, period.months());
        Row totals = totals(lines);
        List<Praise> praise = new ArrayList<>(praisedUnits(lines));
        praise.addAll(praisedStaff(period, areaId));
        return new View(period, area, today, rows, totals, trend(period.year(), areaId), config.aboveAt(),
                config.belowUnder(), approval, period.months(), praise);
    }

    /**
     * The score of a line: the base less the points for what is charged to the unit, never below zero. Substantiated
     * cases weigh per 10,000 services where the unit's volume is known for every month of the period ({@code months}),
     * so a busy centre is not ranked below a quiet office for being busy (a volume of only some months would make the
     * rate up: then per case); the unit's own conclusion never enters it (see the class comment).
     */
    int score(Row r, int months) {
        BigDecimal found = r.services() > 0 && r.volumeMonths() >= months
                ? BigDecimal.valueOf(r.substantiated() * 10_000L).divide(BigDecimal.valueOf(r.services()), 4,
                        RoundingMode.HALF_UP)
                : BigDecimal.valueOf(r.substantiated());
        BigDecimal lost = found.multiply(BigDecimal.valueOf(config.perSubstantiated()))
                .add(BigDecimal.valueOf(r.overdue() * config.perOverdue() + r.matters() * config.perAccountability()
                        + r.dissatisfied() * config.perDissatisfied()));
        return BigDecimal.valueOf(config.base()).subtract(lost).setScale(0, RoundingMode.HALF_UP).max(BigDecimal.ZERO)
                .intValue();
    }

    Standing standing(int score) {
        return score >= config.aboveAt() ? Standing.ABOVE
                : score < config.belowUnder() ? Standing.BELOW
                        : Standing.WITHIN;
    }

    /** Highest score first; equal scores share a rank (1, 1, 3), then go by unit code. */
    private List<Row> rank(List<Row> lines, int months) {
        List<Row> scored = lines.stream().map(r -> r.ranked(score(r, months), 0, null))
                .sorted(Comparator.comparingInt(Row::score).reversed().thenComparing(Row::unitCode)).toList();
        List<Row> ranked = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            Row r = scored.get(i);
            int rank = i > 0 && scored.get(i - 1).score() == r.score() ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(r.ranked(r.score(), rank, standing(r.score())));
        }
        return ranked;
    }

    /**
     * The sums. The totals' rates per 10,000 services only when every unit with reports or substantiated cases has
     * its volume (a sum of services that leaves out a unit's would make the city's rate up).
     */
    private static Row totals(List<Row> lines) {
        long[] t = new long[15];
        long services = 0;
        boolean complete = true;
        for (Row r : lines) {
            long[] v = { r.received(), r.accepted(), r.concluded(), r.substantiated(), r.limitsClosed(), r.limitsMet(),
                    r.workingDays(), r.overdue(), r.escalated(), r.extensions(), r.rated(), r.satisfied(),
                    r.dissatisfied(), r.matters(), r.objections() };
            for (int i = 0; i < t.length; i++) {
                t[i] += v[i];
            }
            services += r.services();
            complete &= r.services() > 0 || (r.received() == 0 && r.substantiated() == 0);
        }
        return new Row(null, null, null, t[0], t[1], t[2], t[3], t[4], t[5], t[6], t[7], t[8], t[9], t[10], t[11],
                t[12], t[13], t[14], complete ? services : 0, 0, 0, 0, null);
    }

    /** Units whose handling was rated at least the configured number of times in the period, none dissatisfied. */
    private List<Praise> praisedUnits(List<Row> lines) {
        return lines.stream().filter(r -> r.rated() >= config.praise().minRatings() && r.dissatisfied() == 0)
                .map(r -> new Praise(r.unitCode(), r.unit(), null, null, null, r.rated(), r.satisfied())).toList();
    }

    /**
     * Staff who verified cases (the findings' author, {@code case_handler}) rated in the period at least the
     * configured number of times, none dissatisfied; cases of the area's accused units when an area is chosen.
     */
    @SuppressWarnings("unchecked")
    private List<Praise> praisedStaff(Period period, long areaId) {
        List<Object[]> rows = em.createNativeQuery(SCOPE + """
                select h.user_name, count(*), count(*) filter (where r.satisfied)
                from case_rating r join case_handler h on h.case_id = r.case_id
                join case_fact f on f.case_id = r.case_id join scope s on s.unit_id = f.unit_id
                where r.rated_at >= ?1 and r.rated_at < ?2
                group by h.user_name
                having count(*) >= ?4 and count(*) filter (where r.dissatisfied) = 0
                order by h.user_name""")
                .setParameter(1, period.start()).setParameter(2, period.end()).setParameter(3, areaId)
                .setParameter(4, config.praise().minRatings()).getResultList();
        return rows.stream().map(o -> {
            String user = (String) o[0];
            Optional<StaffAccount> account = StaffAccount.findByUserName(user);
            String name = account.map(a -> a.displayName).filter(d -> d != null && !d.isBlank()).orElse(null);
            Bilingual unit = account.map(a -> a.unit).map(u -> Bilingual.of(u.name, u.nameEn)).orElse(null);
            return new Praise(null, null, user, name, unit, n(o[1]), n(o[2]));
        }).toList();
    }

    /**
     * Each unit's figures of the period, from casework's read model (case_fact, case_conclusion, case_limit,
     * case_step), the reporters' ratings (case_rating), the heads' matters (head_matter) and the service volumes;
     * each charged as the class comment says; named from the directory.
     */
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
                cases as (
                    select f.case_id, f.unit_id, f.received_at, f.received_on, f.found
                    from case_fact f join scope s on s.unit_id = f.unit_id
                ),
                limits as (
                    select l.* from case_limit l join scope s on s.unit_id = l.charged_unit_id where l.counted
                ),
                received as (
                    select unit_id, count(*) as n from cases where received_at >= ?1 and received_at < ?2 group by unit_id
                ),
                accepted as (
                    select c.unit_id, count(distinct c.case_id) as n from case_step e join cases c on c.case_id = e.case_id
                    where e.action = 'ACCEPTED' and e.at >= ?1 and e.at < ?2 group by c.unit_id
                ),
                concluded as (
                    select c.unit_id, count(*) as n, count(*) filter (where c.found) as found, sum(wc.w - wr.w) as wdays
                    from case_conclusion k join cases c on c.case_id = k.case_id
                    join workdays wr on wr.day = c.received_on join workdays wc on wc.day = k.concluded_on
                    where k.concluded_at >= ?1 and k.concluded_at < ?2 group by c.unit_id
                ),
                closed as (
                    select l.charged_unit_id as unit_id, count(*) as n, count(*) filter (where l.met) as met
                    from limits l where l.closed_at >= ?1 and l.closed_at < ?2 group by l.charged_unit_id
                ),
                overdue as (
                    select l.charged_unit_id as unit_id, count(*) as n from limits l
                    where l.due_on >= cast(?9 as date) and l.due_on <= cast(?6 as date)
                      and limit_missed(l.closed_on, l.due_on, ?4)
                    group by l.charged_unit_id
                ),
                escalated as (
                    select l.charged_unit_id as unit_id, count(*) as n from limits l
                    where l.escalated_at >= ?1 and l.escalated_at < ?2 group by l.charged_unit_id
                ),
                extended as (
                    select l.charged_unit_id as unit_id, count(*) as n from limits l
                    where l.extension_granted_at >= ?1 and l.extension_granted_at < ?2 group by l.charged_unit_id
                ),
                rated as (
                    select f.body_id as unit_id, count(*) as n, count(*) filter (where r.satisfied) as good,
                           count(*) filter (where r.dissatisfied) as bad
                    from case_rating r join case_fact f on f.case_id = r.case_id join scope s on s.unit_id = f.body_id
                    where r.rated_at >= ?1 and r.rated_at < ?2 group by f.body_id
                ),
                matters as (
                    select m.unit_id, count(*) as n from head_matter m join scope s on s.unit_id = m.unit_id
                    where m.opened_at >= ?1 and m.opened_at < ?2 group by m.unit_id
                ),
                objections as (
                    select c.unit_id, count(*) as n from case_step e join cases c on c.case_id = e.case_id
                    where e.action = 'OBJECTED' and e.at >= ?1 and e.at < ?2 group by c.unit_id
                ),
                volumes as (
                    select v.unit_id, sum(v.services) as n, count(*) as months
                    from service_volume v join scope s on s.unit_id = v.unit_id
                    where v.month >= cast(?9 as date) and v.month <= cast(?6 as date) group by v.unit_id
                ),
                ids as (
                    select unit_id from received union select unit_id from accepted union select unit_id from concluded
                    union select unit_id from closed union select unit_id from overdue union select unit_id from escalated
                    union select unit_id from extended union select unit_id from rated union select unit_id from matters
                    union select unit_id from objections union select unit_id from volumes
                )
                select ids.unit_id, coalesce(rc.n, 0), coalesce(ac.n, 0), coalesce(co.n, 0), coalesce(co.found, 0),
                       coalesce(cl.n, 0), coalesce(cl.met, 0), coalesce(co.wdays, 0), coalesce(ov.n, 0),
                       coalesce(es.n, 0), coalesce(ex.n, 0), coalesce(ra.n, 0), coalesce(ra.good, 0),
                       coalesce(ra.bad, 0), coalesce(ma.n, 0), coalesce(ob.n, 0), coalesce(vo.n, 0),
                       coalesce(vo.months, 0)
                from ids
                left join received rc on rc.unit_id = ids.unit_id left join accepted ac on ac.unit_id = ids.unit_id
                left join concluded co on co.unit_id = ids.unit_id left join closed cl on cl.unit_id = ids.unit_id
                left join overdue ov on ov.unit_id = ids.unit_id left join escalated es on es.unit_id = ids.unit_id
                left join extended ex on ex.unit_id = ids.unit_id left join rated ra on ra.unit_id = ids.unit_id
                left join matters ma on ma.unit_id = ids.unit_id left join objections ob on ob.unit_id = ids.unit_id
                left join volumes vo on vo.unit_id = ids.unit_id""")
                .setParameter(1, period.start()).setParameter(2, period.end()).setParameter(3, areaId)
                .setParameter(4, today).setParameter(5, span.from()).setParameter(6, period.last())
                .setParameter(7, span.holidays()).setParameter(8, span.makeUpDays()).setParameter(9, period.from())
                .getResultList();
        Map<Long, Unit> units = Unit.byIds(rows.stream().map(o -> n(o[0])).toList());
        return rows.stream().map(o -> {
            Unit u = units.get(n(o[0]));
            Bilingual area = u.area().map(a -> Bilingual.of(a.name, a.nameEn)).orElse(null);
            return new Row(u.code, Bilingual.of(u.name, u.nameEn), area, n(o[1]), n(o[2]), n(o[3]), n(o[4]), n(o[5]),
                    n(o[6]), n(o[7]), n(o[8]), n(o[9]), n(o[10]), n(o[11]), n(o[12]), n(o[13]), n(o[14]), n(o[15]),
                    n(o[16]), (int) n(o[17]), 0, 0, null);
        }).sorted(Comparator.comparing(Row::unitCode)).toList();
    }

    /** The earliest receipt among the cases concluded in the period: where the working-day count must start. */
    private Optional<LocalDate> receivedBefore(Period period) {
        Object min = em.createNativeQuery("""
                select min(f.received_on) from case_conclusion k join case_fact f on f.case_id = k.case_id
                where k.concluded_at >= ?1 and k.concluded_at < ?2""")
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
                select cast(extract(month from f.received_on) as int), f.category, count(*)
                from case_fact f join scope s on s.unit_id = f.unit_id
                where f.received_at >= ?1 and f.received_at < ?2
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
        Map<Long, Named> names = unitNames();
        @SuppressWarnings("unchecked")
        Stream<Object[]> rows = em.createNativeQuery(SCOPE + """
                select f.case_id, f.category, f.subcategory, f.unit_id, f.received_at, f.state, f.conclusion,
                       f.accepted_at, f.concluded_at,
                       not exists (select 1 from case_limit l where l.case_id = f.case_id and l.counted
                                   and limit_missed(l.closed_on, l.due_on, ?4))
                from case_fact f join scope s on s.unit_id = f.unit_id
                where f.received_at >= ?1 and f.received_at < ?2
                order by f.received_at, f.report_id""")
                .setParameter(1, period.start()).setParameter(2, period.end()).setParameter(3, areaId(area))
                .setParameter(4, today()).setHint("org.hibernate.fetchSize", 500).getResultStream();
        try (rows) {
            rows.forEach(o -> {
                Named unit = names.get(n(o[3]));
                // the case reference, never the receipt number: an export travels, and a receipt opens the reporter's tracking
                each.accept(new CaseLine(cn.gov.yongzhou.qingfeng.casework.CaseFile.reference(n(o[0])),
                        Category.valueOf((String) o[1]),
                        Subcategory.valueOf((String) o[2]), unit.name(), unit.area(), moment(o[4]),
                        CaseState.valueOf((String) o[5]), o[6] == null ? null : Conclusion.valueOf((String) o[6]),
                        moment(o[7]), moment(o[8]), (Boolean) o[9]));
            });
        }
    }

    /** A unit's name and its area's, as the lines give them. */
    private record Named(Bilingual name, Bilingual area) {
    }

    /** Every unit's names, read before the cases stream (no query between two rows of the open result set). */
    private static Map<Long, Named> unitNames() {
        return Unit.listEvery().stream().collect(Collectors.toMap(u -> u.id, u -> new Named(
                Bilingual.of(u.name, u.nameEn), u.area().map(a -> Bilingual.of(a.name, a.nameEn)).orElse(null))));
    }

    private static long areaId(Area area) {
        if (area == null) {
            return -1;
        }
        return Unit.findArea(area.code()).map(u -> u.id)
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
