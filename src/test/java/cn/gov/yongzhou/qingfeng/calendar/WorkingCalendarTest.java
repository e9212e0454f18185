package cn.gov.yongzhou.qingfeng.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.gov.yongzhou.qingfeng.calendar.WorkingCalendar.DayFact;
import cn.gov.yongzhou.qingfeng.calendar.WorkingCalendar.DayInfo;
import cn.gov.yongzhou.qingfeng.calendar.WorkingCalendar.Deadline;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The calendar of the State Council's notices for 2024, 2025 and 2026, typed from the notices (gov.cn
 * content_6911528, content_6986383, content_7047091). No notice is entered for 2023 or 2027 on: those years count
 * weekends only, and anything depending on them is provisional. Expected dates are counted by hand.
 */
class WorkingCalendarTest {

    static final List<DayFact> NOTICES_2024_TO_2026 = new ArrayList<>();

    static {
        off("2024-01-01", "2024-01-01", "元旦");
        work("2024-02-04", "春节");
        off("2024-02-10", "2024-02-17", "春节");
        work("2024-02-18", "春节");
        off("2024-04-04", "2024-04-06", "清明节");
        work("2024-04-07", "清明节");
        work("2024-04-28", "劳动节");
        off("2024-05-01", "2024-05-05", "劳动节");
        work("2024-05-11", "劳动节");
        off("2024-06-10", "2024-06-10", "端午节");
        work("2024-09-14", "中秋节");
        off("2024-09-15", "2024-09-17", "中秋节");
        work("2024-09-29", "国庆节");
        off("2024-10-01", "2024-10-07", "国庆节");
        work("2024-10-12", "国庆节");

        off("2025-01-01", "2025-01-01", "元旦");
        work("2025-01-26", "春节");
        off("2025-01-28", "2025-02-04", "春节");
        work("2025-02-08", "春节");
        off("2025-04-04", "2025-04-06", "清明节");
        work("2025-04-27", "劳动节");
        off("2025-05-01", "2025-05-05", "劳动节");
        off("2025-05-31", "2025-06-02", "端午节");
        work("2025-09-28", "国庆节、中秋节");
        off("2025-10-01", "2025-10-08", "国庆节、中秋节");
        work("2025-10-11", "国庆节、中秋节");

        off("2026-01-01", "2026-01-03", "元旦");
        work("2026-01-04", "元旦");
        work("2026-02-14", "春节");
        off("2026-02-15", "2026-02-23", "春节");
        work("2026-02-28", "春节");
        off("2026-04-04", "2026-04-06", "清明节");
        off("2026-05-01", "2026-05-05", "劳动节");
        work("2026-05-09", "劳动节");
        off("2026-06-19", "2026-06-21", "端午节");
        work("2026-09-20", "国庆节");
        off("2026-09-25", "2026-09-27", "中秋节");
        off("2026-10-01", "2026-10-07", "国庆节");
        work("2026-10-10", "国庆节");
    }

    static final WorkingCalendar CALENDAR = new WorkingCalendar(NOTICES_2024_TO_2026, Set.of(2024, 2025, 2026));

    static void off(String first, String last, String name) {
        for (LocalDate d = LocalDate.parse(first); !d.isAfter(LocalDate.parse(last)); d = d.plusDays(1)) {
            NOTICES_2024_TO_2026.add(new DayFact(d, true, name));
        }
    }

    static void work(String date, String name) {
        NOTICES_2024_TO_2026.add(new DayFact(LocalDate.parse(date), false, name));
    }

    @ParameterizedTest(name = "{0} → {2} {3}")
    @CsvSource(nullValues = "-", textBlock = """
            # date,     working, reason,         holiday,        provisional
            2024-02-04, true,  MAKEUP_WORKDAY, 春节,           false
            2024-02-09, true,  WORKDAY,        -,              false
            2024-02-10, false, HOLIDAY,        春节,           false
            2024-02-12, false, HOLIDAY,        春节,           false
            2024-02-17, false, HOLIDAY,        春节,           false
            2024-02-18, true,  MAKEUP_WORKDAY, 春节,           false
            2024-02-19, true,  WORKDAY,        -,              false
            2024-02-24, false, WEEKEND,        -,              false
            2024-09-29, true,  MAKEUP_WORKDAY, 国庆节,         false
            2024-10-07, false, HOLIDAY,        国庆节,         false
            2024-10-12, true,  MAKEUP_WORKDAY, 国庆节,         false
            2024-10-13, false, WEEKEND,        -,              false
            2025-01-26, true,  MAKEUP_WORKDAY, 春节,           false
            2025-01-27, true,  WORKDAY,        -,              false
            2025-02-04, false, HOLIDAY,        春节,           false
            2025-02-08, true,  MAKEUP_WORKDAY, 春节,           false
            2025-09-28, true,  MAKEUP_WORKDAY, 国庆节、中秋节, false
            2025-10-08, false, HOLIDAY,        国庆节、中秋节, false
            2025-10-11, true,  MAKEUP_WORKDAY, 国庆节、中秋节, false
            2025-12-31, true,  WORKDAY,        -,              false
            2026-01-01, false, HOLIDAY,        元旦,           false
            2026-01-04, true,  MAKEUP_WORKDAY, 元旦,           false
            2026-02-14, true,  MAKEUP_WORKDAY, 春节,           false
            2026-02-23, false, HOLIDAY,        春节,           false
            2026-02-28, true,  MAKEUP_WORKDAY, 春节,           false
            2026-09-20, true,  MAKEUP_WORKDAY, 国庆节,         false
            2026-10-10, true,  MAKEUP_WORKDAY, 国庆节,         false
            2026-12-31, true,  WORKDAY,        -,              false
            # no notice for 2027 yet: 2027-02-08 (Monday) will be in its Spring Festival, but only weekends count
            2027-01-01, true,  WORKDAY,        -,              true
            2027-02-06, false, WEEKEND,        -,              true
            2027-02-08, true,  WORKDAY,        -,              true
            2023-12-30, false, WEEKEND,        -,              true
            """)
    void shouldExplainWhetherADayIsWorkedAndWhy(LocalDate date, boolean working, DayReason reason, String holiday,
            boolean provisional) {
        assertEquals(new DayInfo(date, working, reason, holiday, provisional), CALENDAR.explain(date));
    }

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource(textBlock = """
            # from,     days, date,       provisional
            # Spring Festival 2024: off 02-10..02-17, make-up Sundays 02-04 and 02-18
            2024-02-08, 1,  2024-02-09, false
            2024-02-08, 2,  2024-02-18, false
            2024-02-08, 3,  2024-02-19, false
            2024-02-07, 5,  2024-02-20, false
            2024-02-01, 15, 2024-02-27, false
            # received on a Saturday: the make-up Sunday after it is the first working day
            2024-02-03, 1,  2024-02-04, false
            # received during the holiday
            2024-02-10, 1,  2024-02-18, false
            2024-02-14, 5,  2024-02-22, false
            # Spring Festival 2025: off 01-28..02-04, make-up Sunday 01-26 and Saturday 02-08
            2025-01-24, 1,  2025-01-26, false
            2025-01-24, 2,  2025-01-27, false
            2025-01-24, 3,  2025-02-05, false
            2025-01-24, 5,  2025-02-07, false
            2025-01-24, 6,  2025-02-08, false
            2025-01-24, 7,  2025-02-10, false
            # Spring Festival 2026: off 02-15..02-23, make-up Saturdays 02-14 and 02-28
            2026-02-13, 1,  2026-02-14, false
            2026-02-13, 2,  2026-02-24, false
            2026-02-12, 5,  2026-02-26, false
            2026-02-12, 7,  2026-02-28, false
            # National Day 2024: off 10-01..10-07, make-up Sunday 09-29 and Saturday 10-12
            2024-09-27, 1,  2024-09-29, false
            2024-09-27, 2,  2024-09-30, false
            2024-09-27, 3,  2024-10-08, false
            2024-09-27, 5,  2024-10-10, false
            2024-09-27, 7,  2024-10-12, false
            # National Day and Mid-Autumn 2025: off 10-01..10-08, make-up Sunday 09-28 and Saturday 10-11
            2025-09-26, 1,  2025-09-28, false
            2025-09-26, 4,  2025-10-09, false
            2025-09-26, 6,  2025-10-11, false
            2025-09-30, 5,  2025-10-14, false
            # Labour Day 2024: off 05-01..05-05, make-up Saturday 05-11
            2024-04-30, 1,  2024-05-06, false
            2024-05-10, 1,  2024-05-11, false
            # an ordinary weekend: Friday and Saturday both count from Monday
            2024-03-01, 1,  2024-03-04, false
            2024-03-02, 1,  2024-03-04, false
            # year ends: 元旦 2025 on a Wednesday; 元旦 2026 off Thursday to Saturday, make-up Sunday 01-04
            2024-12-30, 2,  2025-01-02, false
            2025-12-30, 1,  2025-12-31, false
            2025-12-30, 2,  2026-01-04, false
            2025-12-31, 1,  2026-01-04, false
            2025-12-31, 2,  2026-01-05, false
            # 0 days: the day itself if it is worked, else the next working day
            2024-02-19, 0,  2024-02-19, false
            2024-02-04, 0,  2024-02-04, false
            2024-02-10, 0,  2024-02-18, false
            2024-02-24, 0,  2024-02-26, false
            # into a year with no notice: weekends only, provisional
            2026-12-30, 1,  2026-12-31, false
            2026-12-30, 2,  2027-01-01, true
            2028-03-01, 10, 2028-03-15, true
            2027-02-05, 0,  2027-02-05, true
            # walking over the end of 2023, for which this calendar has no notice
            2023-12-29, 1,  2024-01-02, true
            """)
    void shouldCountWorkingDaysFromTheDayAfterReceipt(LocalDate from, int days, LocalDate date, boolean provisional) {
        assertEquals(new Deadline(date, provisional), CALENDAR.addWorkingDays(from, days));
    }

    @ParameterizedTest(name = "{0} + {1} calendar days = {2}")
    @CsvSource(textBlock = """
            # from,     days, date,       provisional
            2024-09-20, 10, 2024-09-30, false
            # ends on a make-up Sunday: a working day, so it stays
            2024-09-19, 10, 2024-09-29, false
            # ends in National Day: runs to the first working day after it
            2024-09-21, 10, 2024-10-08, false
            2025-01-01, 30, 2025-02-05, false
            # ends on a Saturday
            2024-03-01, 15, 2024-03-18, false
            2024-02-10, 0,  2024-02-18, false
            2024-02-19, 0,  2024-02-19, false
            2026-12-02, 30, 2027-01-01, true
            """)
    void shouldRunACalendarDayLimitEndingOnADayOffToTheNextWorkingDay(LocalDate from, int days, LocalDate date,
            boolean provisional) {
        assertEquals(new Deadline(date, provisional), CALENDAR.addCalendarDays(from, days));
    }

    @Test
    void shouldTreatAWorkdayListedOnAWeekdayAsAnOrdinaryWorkday() {
        // the 2020 notice extending Spring Festival for COVID-19 lists Monday 2020-02-03 as the day work resumes
        WorkingCalendar calendar = new WorkingCalendar(List.of(
                new DayFact(LocalDate.parse("2020-01-31"), true, "春节"),
                new DayFact(LocalDate.parse("2020-02-01"), true, "春节"),
                new DayFact(LocalDate.parse("2020-02-02"), true, "春节"),
                new DayFact(LocalDate.parse("2020-02-03"), false, "春节")), Set.of(2020));
        assertEquals(new DayInfo(LocalDate.parse("2020-02-03"), true, DayReason.WORKDAY, null, false),
                calendar.explain(LocalDate.parse("2020-02-03")));
        assertEquals(new Deadline(LocalDate.parse("2020-02-03"), false),
                calendar.addWorkingDays(LocalDate.parse("2020-01-30"), 1));
    }

    @Test
    void shouldRefuseNegativeDays() {
        assertThrows(IllegalArgumentException.class, () -> CALENDAR.addWorkingDays(LocalDate.parse("2024-01-02"), -1));
        assertThrows(IllegalArgumentException.class, () -> CALENDAR.addCalendarDays(LocalDate.parse("2024-01-02"), -1));
    }

    @Test
    void shouldRefuseADayListedTwice() {
        DayFact day = new DayFact(LocalDate.parse("2024-02-04"), false, "春节");
        assertThrows(IllegalArgumentException.class, () -> new WorkingCalendar(List.of(day, day), Set.of(2024)));
    }

    @Test
    void shouldStopRatherThanLoopWhenNoDayIsWorked() {
        List<DayFact> allOff = new ArrayList<>();
        for (LocalDate d = LocalDate.parse("2024-01-01"); d.getYear() < 2026; d = d.plusDays(1)) {
            allOff.add(new DayFact(d, true, "错误录入"));
        }
        WorkingCalendar broken = new WorkingCalendar(allOff, Set.of(2024, 2025));
        assertThrows(IllegalStateException.class, () -> broken.addWorkingDays(LocalDate.parse("2024-01-01"), 1));
    }

    @ParameterizedTest(name = "on {0} the missing year is {1}")
    @CsvSource(nullValues = "-", textBlock = """
            2024-03-01, -
            2025-12-31, -
            2026-01-01, 2027
            2026-08-07, 2027
            2028-01-10, 2028
            """)
    void shouldNameTheYearWhoseNoticeAdminsMustEnter(LocalDate today, Integer missing) {
        assertEquals(Optional.ofNullable(missing), CALENDAR.missingYear(today));
    }

    @Test
    void shouldListTheCoveredYearsInOrder() {
        assertEquals(List.of(2024, 2025, 2026), List.copyOf(CALENDAR.coveredYears()));
    }
}
