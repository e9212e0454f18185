package cn.gov.yongzhou.qingfeng.calendar;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import cn.gov.yongzhou.qingfeng.calendar.WorkingCalendar.DayInfo;
import cn.gov.yongzhou.qingfeng.shared.web.Messages;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The calendar as migrated from the notices of 2007–2026, through the service and the public API. */
@QuarkusTest
class CalendarApiTest {

    @Inject
    CalendarService calendar;

    @Test
    void shouldExplainAMakeUpWorkdayWithoutAToken() {
        given().get("/api/v1/calendar/2024-02-04").then().statusCode(200)
                .body("date", equalTo("2024-02-04"), "workingDay", equalTo(true), "reason", equalTo("MAKEUP_WORKDAY"),
                        "reasonLabel", equalTo("调休上班日"), "holiday", equalTo("春节"),
                        "holidayEn", equalTo("Spring Festival"), "provisional", equalTo(false));
    }

    @Test
    void shouldNameAJointHolidayInBothLanguages() {
        given().get("/api/v1/calendar/2025-10-08").then().statusCode(200)
                .body("workingDay", equalTo(false), "reason", equalTo("HOLIDAY"), "reasonLabelEn",
                        equalTo("Public holiday"), "holiday", equalTo("国庆节、中秋节"),
                        "holidayEn", equalTo("National Day and Mid-Autumn Festival"));
    }

    @Test
    void shouldExplainAnOrdinaryWeekendWithoutAHoliday() {
        given().get("/api/v1/calendar/2023-12-30").then().statusCode(200)
                .body("workingDay", equalTo(false), "reason", equalTo("WEEKEND"), "holiday", nullValue(),
                        "holidayEn", nullValue(), "provisional", equalTo(false));
    }

    @Test
    void shouldMarkADayOfAYearWithoutNoticeProvisional() {
        given().get("/api/v1/calendar/2027-02-08").then().statusCode(200)
                .body("workingDay", equalTo(true), "reason", equalTo("WORKDAY"), "provisional", equalTo(true));
    }

    @Test
    void shouldAddWorkingDaysAcrossSpringFestivalWithoutAToken() {
        given().queryParam("from", "2024-02-08").queryParam("days", 3)
                .get("/api/v1/calendar/add-working-days").then().statusCode(200)
                .body("from", equalTo("2024-02-08"), "days", equalTo(3), "date", equalTo("2024-02-19"),
                        "provisional", equalTo(false));
    }

    @Test
    void shouldAddWorkingDaysIntoAYearWithoutNoticeProvisionally() {
        given().queryParam("from", "2026-12-30").queryParam("days", 2)
                .get("/api/v1/calendar/add-working-days").then().statusCode(200)
                .body("date", equalTo("2027-01-01"), "provisional", equalTo(true));
    }

    @Test
    void shouldGiveTheNextWorkingDayForZeroDaysFromAHoliday() {
        given().queryParam("from", "2024-02-10").queryParam("days", 0)
                .get("/api/v1/calendar/add-working-days").then().statusCode(200)
                .body("date", equalTo("2024-02-18"));
    }

    @Test
    void shouldAcceptTheLargestNumberOfDays() {
        given().queryParam("from", "2026-01-05").queryParam("days", CalendarApi.MAX_DAYS)
                .get("/api/v1/calendar/add-working-days").then().statusCode(200).body("provisional", equalTo(true));
    }

    @ParameterizedTest(name = "/api/v1/calendar/{0} → 400")
    @CsvSource({ "2024-02-30", "tomorrow", "2024-2-4", "20240204", "+10000-01-01" })
    void shouldRefuseSomethingThatIsNotADate(String date) {
        given().get("/api/v1/calendar/" + date).then().statusCode(400).contentType("application/json")
                .body("error", equalTo("invalid_date"),
                        "message", equalTo("参数 date 应为形如 2025-10-08 的日期（年-月-日）。"),
                        "messageEn", equalTo("The parameter date must be a date written as YYYY-MM-DD, e.g. 2025-10-08."));
    }

    @ParameterizedTest(name = "days={0} → 400")
    @CsvSource({ "-1", "3651", "99999999999", "abc", "1.5", "+5" })
    void shouldRefuseNegativeOrAbsurdDays(String days) {
        given().queryParam("from", "2024-02-08").queryParam("days", days)
                .get("/api/v1/calendar/add-working-days").then().statusCode(400)
                .body("error", equalTo("invalid_days"),
                        "message", equalTo("参数 days 应为 0 到 3650 之间的整数（工作日天数）。"),
                        "messageEn", equalTo("The parameter days must be a whole number of working days from 0 to 3650."));
    }

    @Test
    void shouldRefuseAStartThatIsNotADate() {
        given().queryParam("from", "2024-13-01").queryParam("days", 1)
                .get("/api/v1/calendar/add-working-days").then().statusCode(400)
                .body("error", equalTo("invalid_date"), "message", equalTo("参数 from 应为形如 2025-10-08 的日期（年-月-日）。"));
    }

    @Test
    void shouldSayWhichParameterIsMissing() {
        given().queryParam("days", 1).get("/api/v1/calendar/add-working-days").then().statusCode(400)
                .body("error", equalTo("missing_parameter"), "message", equalTo("缺少参数 from。"),
                        "messageEn", equalTo("The parameter from is missing."));
        given().queryParam("from", "2024-02-08").get("/api/v1/calendar/add-working-days").then().statusCode(400)
                .body("error", equalTo("missing_parameter"), "messageEn", equalTo("The parameter days is missing."));
    }

    @ParameterizedTest(name = "{0}: {1} {2} {3}")
    @CsvSource(nullValues = "-", textBlock = """
            # day,      working, reason,         holiday, provisional
            # Spring Festival 2020 as extended for COVID-19 (second 2020 notice), and the Monday work resumed
            2020-01-31, false, HOLIDAY,        春节,   false
            2020-02-02, false, HOLIDAY,        春节,   false
            2020-02-03, true,  WORKDAY,        -,      false
            2024-02-04, true,  MAKEUP_WORKDAY, 春节,   false
            # December days that come from the next year's notice
            2022-12-31, false, HOLIDAY,        元旦,   false
            2018-12-29, true,  MAKEUP_WORKDAY, 元旦,   false
            2018-12-31, false, HOLIDAY,        元旦,   false
            2008-05-01, false, HOLIDAY,        “五一”国际劳动节, false
            2015-09-03, false, HOLIDAY,        抗日战争暨世界反法西斯战争胜利70周年纪念日, false
            2026-02-28, true,  MAKEUP_WORKDAY, 春节,   false
            2026-10-10, true,  MAKEUP_WORKDAY, 国庆节, false
            # listed in the 2007 notice, but no notice for 2006 has been entered
            2006-12-30, true,  MAKEUP_WORKDAY, 元旦,   true
            """)
    void shouldHaveTheNoticesInTheDatabase(LocalDate day, boolean working, DayReason reason, String holiday,
            boolean provisional) {
        assertEquals(new DayInfo(day, working, reason, holiday, provisional), calendar.explain(day));
    }

    @Test
    void shouldCoverTheYearsWhoseNoticeIsOutAndAskFor2027() {
        WorkingCalendar loaded = calendar.calendar();
        assertEquals(IntStream.rangeClosed(2007, 2026).boxed().toList(), List.copyOf(loaded.coveredYears()));
        assertEquals(Optional.of(2027), loaded.missingYear(LocalDate.parse("2026-11-25")));
        assertEquals(678, CalendarDay.count());
        assertEquals(LocalDate.parse("2022-12-31"), CalendarDay.listByNoticeYear(2023).get(0).day);
        assertEquals(List.of("https://www.gov.cn/zhengce/zhengceku/202411/content_6986383.htm"),
                CalendarYear.<CalendarYear> findById(2025).paperList());
        assertEquals(2, CalendarYear.<CalendarYear> findById(2020).paperList().size());
    }

    @Test
    void shouldStartTheHistoryWithTheImportOfEachNotice() {
        List<CalendarChange> changes = CalendarChange.listByYear(2024);
        assertEquals(1, changes.size());
        assertEquals("V5__calendar.sql", changes.get(0).actor);
        assertEquals("https://www.gov.cn/zhengce/zhengceku/202310/content_6911528.htm", changes.get(0).newPapers);
    }

    @Test
    void shouldNameEveryHolidayOfTheNoticesInEnglish() {
        TreeSet<String> unnamed = new TreeSet<>();
        for (CalendarDay day : CalendarDay.<CalendarDay> listAll()) {
            if (HolidayNames.in(Messages.ENGLISH, day.name).equals(day.name)) {
                unnamed.add(day.name);
            }
        }
        assertEquals(new TreeSet<>(), unnamed);
        assertNotEquals("春节", HolidayNames.in(Messages.ENGLISH, "春节"));
        assertEquals("春节", HolidayNames.in(Messages.CHINESE, "春节"));
    }
}
