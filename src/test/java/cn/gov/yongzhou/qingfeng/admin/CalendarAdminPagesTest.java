package cn.gov.yongzhou.qingfeng.admin;

import static cn.gov.yongzhou.qingfeng.admin.AdminForms.admin;
import static cn.gov.yongzhou.qingfeng.admin.AdminForms.adminForm;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.gov.yongzhou.qingfeng.shared.cache.ChangeFeed;
import cn.gov.yongzhou.qingfeng.support.StaffClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The calendar as an admin keeps it. Other tests count on 2027 not being entered (deadlines in 2027 are
 * provisional), so a test that enters it takes it out again afterwards.
 */
@QuarkusTest
class CalendarAdminPagesTest {

    /** A 2027 notice as the State Council might publish it (the real one is not out yet). */
    static final String DAYS_2027 = """
            2027-01-01 元旦 off
            # 春节
            2027-02-05 春节 off
            2027-02-06 春节 off
            2027-02-07 春节 off
            2027-02-08 春节 off
            2027-02-09 春节 off
            2027-02-10 春节 off
            2027-02-11 春节 off
            2027-02-12 春节 off
            2027-02-13 春节 off
            2027-02-20 春节 work
            """;

    @Inject
    EntityManager em;

    @Inject
    ChangeFeed feed;

    @AfterEach
    void takeOut2027() {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("delete from calendar_day where notice_year = 2027").executeUpdate();
            em.createNativeQuery("delete from calendar_year where year = 2027").executeUpdate();
        });
        // written past Hibernate: the calendar in memory is told
        feed.changedHere("calendar_day");
        feed.changedHere("calendar_year");
    }

    long count(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }

    @Test
    void shouldWarnOnTheCalendarAndTheStartPageWhileNextYearIsMissing() {
        admin().get("/staff/admin/calendar").then().statusCode(200).header("Cache-Control", "no-store")
                .body(containsString("id=\"missing-year\""), containsString("尚未录入 2027 年的节假日安排"),
                        containsString("暂定"), containsString("value=\"2027\""),
                        containsString("id=\"year-2026\""), containsString("content_"));
        admin().get("/staff/admin").then().statusCode(200)
                .body(containsString("id=\"missing-year\""), containsString("尚未录入 2027 年的节假日安排"));
        admin().queryParam("lang", "en").get("/staff/admin/calendar").then().statusCode(200)
                .body(containsString("The public holidays of 2027 are not entered yet"), containsString("provisional"));
    }

    @Test
    void shouldCountDeadlinesWithTheYearOnceEntered() {
        given().get("/api/v1/calendar/2027-02-08").then().statusCode(200)
                .body("workingDay", equalTo(true), "provisional", equalTo(true));

        adminForm().formParam("year", "2027").formParam("source", "国务院办公厅关于2027年部分节假日安排的通知")
                .formParam("papers", "https://www.gov.cn/zhengce/content/2027-notice.htm")
                .formParam("days", DAYS_2027).formParam("reason", "国务院办公厅通知已公布")
                .post("/staff/admin/calendar").then().statusCode(303)
                .header("Location", containsString("/staff/admin/calendar/2027?msg=yearEntered"));

        given().get("/api/v1/calendar/2027-02-08").then().statusCode(200)
                .body("workingDay", equalTo(false), "reason", equalTo("HOLIDAY"), "holiday", equalTo("春节"),
                        "provisional", equalTo(false));
        given().get("/api/v1/calendar/2027-02-20").then().statusCode(200)
                .body("workingDay", equalTo(true), "reason", equalTo("MAKEUP_WORKDAY"));
        // Thu 02-04 + 2 working days: the festival 02-05..13 and Sunday 02-14 are skipped → Mon 02-15, Tue 02-16
        given().queryParam("from", "2027-02-04").queryParam("days", 2).get("/api/v1/calendar/add-working-days")
                .then().statusCode(200).body("date", equalTo("2027-02-16"), "provisional", equalTo(false));

        admin().get("/staff/admin/calendar").then().statusCode(200)
                .body(not(containsString("id=\"missing-year\"")), containsString("id=\"year-2027\""));
        admin().get("/staff/admin").then().statusCode(200).body(not(containsString("id=\"missing-year\"")));
        admin().get("/staff/admin/calendar/2027?msg=yearEntered").then().statusCode(200)
                .body(containsString("已录入这一年的节假日安排"), containsString("id=\"day-2027-02-08\""),
                        containsString("2027-notice.htm"), containsString("国务院办公厅通知已公布"));
        assertEquals(12, count("select count(*) from calendar_change where year = 2027"),
                "the notice and each of its 11 days in the history");
        assertEquals(1, count("select count(*) from admin_change where subject = 'calendar' and subject_ref = '2027' "
                + "and action = 'CREATED' and actor = 'admin-wang'"));
    }

    @Test
    void shouldRefuseAYearWithABadLineSayingWhichAndStoreNothing() {
        String days = "2027-01-01 元旦 off\n2027-02-30 春节 off\n2027-02-08 春节 work\n2027-02-06 春节\n";
        String page = adminForm().formParam("year", "2027").formParam("source", "国务院办公厅通知")
                .formParam("papers", "https://www.gov.cn/zhengce/content/2027-notice.htm")
                .formParam("days", days).formParam("reason", "录入")
                .post("/staff/admin/calendar").then().statusCode(422).extract().asString();
        org.junit.jupiter.api.Assertions.assertAll(
                () -> assertContains(page, "第 2 行“2027-02-30 春节 off”的日期不存在"),
                () -> assertContains(page, "第 3 行“2027-02-08 春节 work”：调休上班日应是周六或周日"),
                () -> assertContains(page, "第 4 行“2027-02-06 春节”格式不对"),
                () -> assertContains(page, ">2027-01-01 元旦 off\n2027-02-30 春节 off"), // what was typed stays
                () -> assertContains(page, "id=\"missing-year\""));
        assertEquals(0, count("select count(*) from calendar_year where year = 2027"));
        assertEquals(0, count("select count(*) from calendar_day where notice_year = 2027"));

        // in English too, and a year already entered
        adminForm().queryParam("lang", "en").formParam("year", "2026").formParam("source", "x")
                .formParam("papers", "not a link").formParam("days", "2026-05-01 劳动节 off").formParam("reason", "")
                .post("/staff/admin/calendar").then().statusCode(422)
                .body(containsString("Please give the notice&#39;s address"),
                        containsString("Please give a reason for the change"));
    }

    static void assertContains(String page, String text) {
        if (!page.contains(text)) {
            throw new AssertionError("page lacks: " + text);
        }
    }

    @Test
    void shouldChangeOneDayWithItsHistoryAndTheAdminLog() {
        // 2010-07-01, a Thursday, made a day off and back: an old year no other test counts across
        adminForm().formParam("op", "save").formParam("date", "2010-07-01").formParam("name", "测试假日")
                .formParam("kind", "off").formParam("reason", "核对通知时发现漏录")
                .post("/staff/admin/calendar/2010/day").then().statusCode(303)
                .header("Location", containsString("msg=daySaved"));
        given().get("/api/v1/calendar/2010-07-01").then().body("reason", equalTo("HOLIDAY"));

        adminForm().formParam("op", "save").formParam("date", "2010-07-01").formParam("kind", "work")
                .formParam("name", "测试假日").formParam("reason", "改为上班")
                .post("/staff/admin/calendar/2010/day").then().statusCode(422)
                .body(containsString("调休上班日应是周六或周日"), containsString("value=\"改为上班\""));

        adminForm().formParam("op", "remove").formParam("date", "2010-07-01").formParam("reason", "误录，撤销")
                .post("/staff/admin/calendar/2010/day").then().statusCode(303)
                .header("Location", containsString("msg=dayRemoved"));
        given().get("/api/v1/calendar/2010-07-01").then().body("reason", equalTo("WORKDAY"));

        @SuppressWarnings("unchecked")
        List<Object[]> history = em.createNativeQuery("select old_off_day, old_name, new_off_day, new_name, reason, "
                + "actor from calendar_change where day = '2010-07-01' order by id").getResultList();
        assertEquals(2, history.size());
        assertEquals(List.of("null", "null", "true", "测试假日", "核对通知时发现漏录", "admin-wang"), strings(history.get(0)));
        assertEquals(List.of("true", "测试假日", "null", "null", "误录，撤销", "admin-wang"), strings(history.get(1)));
        assertEquals(List.of("CREATED", "REMOVED"), em.createNativeQuery("select action from admin_change where "
                + "subject = 'calendar' and subject_ref = '2010-07-01' order by id").getResultList());
        admin().get("/staff/admin/calendar/2010").then().statusCode(200)
                .body(containsString("核对通知时发现漏录"), containsString("误录，撤销"),
                        not(containsString("id=\"day-2010-07-01\"")));
    }

    static List<String> strings(Object[] row) {
        return java.util.Arrays.stream(row).map(String::valueOf).toList();
    }

    @Test
    void shouldKeepTheCalendarFromAnyoneButAdmins() {
        for (String role : AdminForms.OTHER_ROLES) {
            StaffClient.as("someone", role).get("/staff/admin/calendar").then().statusCode(403);
            StaffClient.as("someone", role).get("/staff/admin/calendar/2026").then().statusCode(403);
            StaffClient.formAs("someone", role).formParam("year", "2027").formParam("source", "x")
                    .formParam("papers", "https://www.gov.cn/x").formParam("days", "2027-01-01 元旦 off")
                    .formParam("reason", "x").post("/staff/admin/calendar").then().statusCode(403);
        }
        assertEquals(0, count("select count(*) from calendar_year where year = 2027"));
    }
}
