package cn.gov.yongzhou.qingfeng.calendar;

import cn.gov.yongzhou.qingfeng.calendar.WorkingCalendar.DayInfo;
import cn.gov.yongzhou.qingfeng.calendar.WorkingCalendar.Deadline;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/** The working calendar as the database holds it, read once and kept in memory until {@link #reload()}. */
@ApplicationScoped
public class CalendarService {

    private final Clock clock;
    private volatile WorkingCalendar calendar;

    CalendarService(Clock clock) {
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public WorkingCalendar calendar() {
        WorkingCalendar loaded = calendar;
        return loaded != null ? loaded : reload();
    }

    /**
     * Reads the calendar afresh; call it once an edit is committed. Only this instance's copy is renewed: other
     * instances of the app keep theirs until they reload too.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public synchronized WorkingCalendar reload() {
        calendar = new WorkingCalendar(
                CalendarDay.<CalendarDay>listAll().stream().map(CalendarDay::fact).toList(),
                CalendarYear.coveredYears());
        return calendar;
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

    /** The year, this one or the next, whose notice admins still have to enter. */
    public Optional<Integer> missingYear() {
        return calendar().missingYear(today());
    }
}
