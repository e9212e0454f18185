package cn.gov.yongzhou.qingfeng.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Working days as the State Council's notices make them: Monday to Friday, less the public holidays, plus the
 * make-up workdays (调休) on weekends. Immutable and free of any framework, so it is tested with a table.
 *
 * <p>
 * A date in a year whose notice has not been entered is judged by the weekend alone (and any day an entered
 * notice lists, such as a December date in next year's notice); results that depend on such a date are marked
 * provisional.
 */
public final class WorkingCalendar {

    /** One day a notice lists: a holiday ({@code offDay}) or a make-up workday, with the holiday's name. */
    public record DayFact(LocalDate date, boolean offDay, String name) {
    }

    /** A day explained; {@code holiday} names the holiday for {@code HOLIDAY} and {@code MAKEUP_WORKDAY}. */
    public record DayInfo(LocalDate date, boolean workingDay, DayReason reason, String holiday, boolean provisional) {
    }

    /** A computed date; provisional when a day it depends on lies in a year without a notice. */
    public record Deadline(LocalDate date, boolean provisional) {
    }

    // no notice has ever made more than 9 days off in a row: a calendar with a year of them has been mis-edited
    private static final int MAX_DAYS_OFF_IN_A_ROW = 366;

    private final Map<LocalDate, DayFact> facts = new HashMap<>();
    private final SortedSet<Integer> coveredYears;

    /**
     * @param facts the days the notices list, each date once
     * @param coveredYears the years whose notice has been entered
     */
    public WorkingCalendar(Collection<DayFact> facts, Set<Integer> coveredYears) {
        for (DayFact fact : facts) {
            if (this.facts.putIfAbsent(fact.date(), fact) != null) {
                throw new IllegalArgumentException("listed twice: " + fact.date());
            }
        }
        this.coveredYears = Collections.unmodifiableSortedSet(new TreeSet<>(coveredYears));
    }

    public DayInfo explain(LocalDate date) {
        boolean provisional = !isCovered(date.getYear());
        DayFact fact = facts.get(date);
        boolean weekend = isWeekend(date);
        if (fact != null && fact.offDay()) {
            return new DayInfo(date, false, DayReason.HOLIDAY, fact.name(), provisional);
        }
        // a listed workday on a weekday (2020-02-03, work resuming after the COVID-19 extension) is just a workday
        if (fact != null && weekend) {
            return new DayInfo(date, true, DayReason.MAKEUP_WORKDAY, fact.name(), provisional);
        }
        return new DayInfo(date, !weekend, weekend ? DayReason.WEEKEND : DayReason.WORKDAY, null, provisional);
    }

    public boolean isWorkingDay(LocalDate date) {
        return explain(date).workingDay();
    }

    /**
     * The day on which a limit of {@code days} working days ends. Counting starts the day after {@code from}, so a
     * report received on a Saturday has its first working day on Monday, as one received on Friday does. Zero days
     * means {@code from} itself if it is a working day, else the next working day: "the same working day".
     */
    public Deadline addWorkingDays(LocalDate from, int days) {
        requireNotNegative(days);
        if (days == 0) {
            return onOrAfter(from);
        }
        LocalDate date = from;
        boolean provisional = false;
        int daysOff = 0;
        for (int counted = 0; counted < days;) {
            date = date.plusDays(1);
            provisional |= !isCovered(date.getYear());
            if (isWorkingDay(date)) {
                counted++;
                daysOff = 0;
            } else {
                checkRunOfDaysOff(++daysOff, date);
            }
        }
        return new Deadline(date, provisional);
    }

    /** A limit in calendar days; one that ends on a day off runs to the next working day. */
    public Deadline addCalendarDays(LocalDate from, int days) {
        requireNotNegative(days);
        return onOrAfter(from.plusDays(days));
    }

    /** {@code date} if it is a working day, else the next working day. */
    public Deadline onOrAfter(LocalDate date) {
        boolean provisional = false;
        for (int daysOff = 0;; date = date.plusDays(1)) {
            provisional |= !isCovered(date.getYear());
            if (isWorkingDay(date)) {
                return new Deadline(date, provisional);
            }
            checkRunOfDaysOff(++daysOff, date);
        }
    }

    /** The years whose notice has been entered, in order. */
    public SortedSet<Integer> coveredYears() {
        return coveredYears;
    }

    public boolean isCovered(int year) {
        return coveredYears.contains(year);
    }

    /** This year if its notice is missing, else next year if its notice is missing: the year admins must enter. */
    public Optional<Integer> missingYear(LocalDate today) {
        for (int year = today.getYear(); year <= today.getYear() + 1; year++) {
            if (!isCovered(year)) {
                return Optional.of(year);
            }
        }
        return Optional.empty();
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static void requireNotNegative(int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
    }

    private static void checkRunOfDaysOff(int daysOff, LocalDate date) {
        if (daysOff > MAX_DAYS_OFF_IN_A_ROW) {
            throw new IllegalStateException("no working day in the year up to " + date);
        }
    }
}
