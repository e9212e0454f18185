package cn.gov.yongzhou.qingfeng.calendar;

import cn.gov.yongzhou.qingfeng.calendar.WorkingCalendar.DayInfo;
import cn.gov.yongzhou.qingfeng.calendar.WorkingCalendar.Deadline;
import cn.gov.yongzhou.qingfeng.shared.cache.Cached;
import cn.gov.yongzhou.qingfeng.shared.cache.ChangeFeed;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The working calendar as the database holds it, kept in memory until its tables change on any instance (the
 * {@link ChangeFeed} tells every instance within milliseconds of the commit).
 */
@ApplicationScoped
public class CalendarService {

    static final String[] TABLES = { "calendar_day", "calendar_year" };

    private final Clock clock;
    private final Cached<WorkingCalendar> calendar;

    CalendarService(Clock clock, ChangeFeed feed) {
        this.clock = clock;
        this.calendar = feed.cache(CalendarService::load, TABLES);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public WorkingCalendar calendar() {
        return calendar.get();
    }

    private static WorkingCalendar load() {
        return new WorkingCalendar(
                CalendarDay.<CalendarDay> listAll().stream().map(CalendarDay::fact).toList(),
                CalendarYear.coveredYears());
    }

    public DayInfo explain(LocalDate date) {
        return calendar().explain(date);
    }

    public Deadline addWorkingDays(LocalDate from, int days) {
        return calendar().addWorkingDays(from, days);
    }

    public Deadline addCalendarDays(LocalDate from, int days) {
        return calendar().addCalendarDays(from, days);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** An entered year as the admin's list shows it: its notice and how many days it lists. */
    public record YearRow(int year, String source, List<String> papers, OffsetDateTime enteredAt, String enteredBy,
            long holidays, long makeUpWorkdays) {
    }

    /** The entered years, latest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<YearRow> years() {
        Map<Integer, long[]> counts = new HashMap<>();
        for (CalendarDay d : CalendarDay.<CalendarDay> listAll()) {
            counts.computeIfAbsent(d.noticeYear, y -> new long[2])[d.offDay ? 0 : 1]++;
        }
        return CalendarYear.<CalendarYear> listAll(Sort.descending("year")).stream().map(y -> {
            long[] c = counts.getOrDefault(y.year, new long[2]);
            return new YearRow(y.year, y.source, y.paperList(), y.enteredAt, y.enteredBy, c[0], c[1]);
        }).toList();
    }

    /** The year, this one or the next, whose notice admins still have to enter. */
    public Optional<Integer> missingYear() {
        return calendar().missingYear(today());
    }
}
