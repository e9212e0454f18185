package cn.gov.yongzhou.qingfeng.admin;

import static cn.gov.yongzhou.qingfeng.admin.AdminForms.admin;
import static cn.gov.yongzhou.qingfeng.admin.AdminForms.code;
import static cn.gov.yongzhou.qingfeng.admin.AdminForms.createUnit;
import static cn.gov.yongzhou.qingfeng.admin.AdminForms.post;
import static cn.gov.yongzhou.qingfeng.support.StaffClient.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import cn.gov.yongzhou.qingfeng.directory.Unit;
import cn.gov.yongzhou.qingfeng.directory.UnitHead;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The admin keeps the units, their heads over time and their service windows. */
@QuarkusTest
class UnitAdminPagesTest {

    @Inject
    EntityManager em;

    @Inject
    javax.sql.DataSource dataSource;

    @Transactional
    String headOn(String unitCode, String date) {
        Unit unit = Unit.findByCode(unitCode).orElseThrow();
        return UnitHead.onDate(unit, LocalDate.parse(date)).map(h -> h.name).orElse(null);
    }

    @Transactional
    List<Object[]> terms(long unitId) {
        return em.createNativeQuery("select name, start_date, end_date from unit_head where unit_id = ?1 order by start_date",
                Object[].class).setParameter(1, unitId).getResultList();
    }

    long count(String sql, Object param) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, param).getSingleResult()).longValue();
    }

    @Test
    void shouldListANewUnitUnderItsAreaAndInThePublicDirectory() {
        String code = code("LL-T");
        long id = createUnit(code, "零陵区测试局" + code, "CITY_DEPARTMENT", "LL", "ceshi@ll.yongzhou.gov.cn");
        admin().get("/staff/admin/units/" + id + "?msg=created").then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body(containsString("已创建"), containsString("零陵区测试局" + code), not(containsString("id=\"no-mailbox\"")));
        String list = admin().get("/staff/admin/units").then().statusCode(200).extract().asString();
        String lingling = list.substring(list.indexOf("id=\"area-LL\""));
        lingling = lingling.substring(0, lingling.indexOf("</details>"));
        org.junit.jupiter.api.Assertions.assertTrue(lingling.contains("id=\"unit-" + code + "\""),
                "the new unit is listed under Lingling");
        // an administrator finds it among hundreds by a word of its name: only the matching units, their area open
        String found = admin().queryParam("q", "测试局" + code).get("/staff/admin/units").then().statusCode(200)
                .extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(found.contains("id=\"unit-" + code + "\"")
                && found.contains("id=\"area-LL\" open") && !found.contains("id=\"unit-LL-JW\"")
                && !found.contains("id=\"area-QY\""), "the search lists the unit alone");
        org.junit.jupiter.api.Assertions.assertTrue(!list.contains("id=\"area-LL\" open"),
                "without a search every area is a closed section");
        given().get("/api/v1/units").then().statusCode(200)
                .body("areas.find { it.code == 'LL' }.units.code", hasItem(code));
        given().get("/report").then().statusCode(200).body(containsString("value=\"" + code + "\""));
        admin().get("/staff/admin").then().statusCode(200)
                .body(containsString("单位 <code>" + code + "</code>"), containsString("类型：市直部门"));
    }

    /**
     * Two admins create the same new code at the same instant. The other admin's row is written but not yet
     * committed when this one's form is checked, so the check passes and the insert waits on the unique index;
     * when the other commits, PostgreSQL refuses this one. The admin gets a page saying what happened, not an error,
     * and nothing of the refused form is stored.
     */
    @Test
    void shouldAnswerAConflictPageWhenSomeoneSavesTheSameCodeAtTheSameInstant() throws Exception {
        String code = code("LL-RACE");
        String name = "同时创建测试" + code;
        try (java.sql.Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (java.sql.PreparedStatement insert = other.prepareStatement(
                    "insert into unit (code, name, kind) values (?, '另一位管理员创建的单位', 'CITY_DEPARTMENT')")) {
                insert.setString(1, code);
                insert.executeUpdate();
            }
            java.util.concurrent.CompletableFuture<io.restassured.response.Response> mine = java.util.concurrent.CompletableFuture
                    .supplyAsync(() -> AdminForms.form(admin(), AdminForms.map(
                            "code", code, "name", name, "kind", "CITY_DEPARTMENT", "parent", "LL", "mailbox", ""))
                            .post("/staff/admin/units"));
            awaitWaitingInsert(code);
            other.commit();
            io.restassured.response.Response response = mine.get(30, java.util.concurrent.TimeUnit.SECONDS);
            assertEquals(409, response.statusCode());
            org.junit.jupiter.api.Assertions.assertTrue(response.asString().contains("有人保存了相同的内容"),
                    "the page says someone saved the same thing");
            org.junit.jupiter.api.Assertions.assertFalse(response.asString().contains("错误编号"), "not an error page");
        }
        assertEquals(0, count("select count(*) from unit where name = ?1", name));
        assertEquals(1, count("select count(*) from unit where code = ?1", code));
    }

    /** Waits until the app's insert of the code is blocked behind the test's open transaction. */
    private void awaitWaitingInsert(String code) throws Exception {
        for (int i = 0; i < 300; i++) {
            try (java.sql.Connection c = dataSource.getConnection();
                    java.sql.Statement s = c.createStatement();
                    java.sql.ResultSet rs = s
                            .executeQuery("select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
                                    + " and query like 'insert into unit%'")) {
                rs.next();
                if (rs.getInt(1) > 0) {
                    return;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the app's insert of " + code + " never waited on the other transaction");
    }

    @Test
    void shouldRefuseATakenCodeAndABadMailboxKeepingWhatWasTyped() {
        String name = "重复代码测试" + code("X");
        post("/staff/admin/units", "code", "ll-jw", "name", name, "kind", "CITY_DEPARTMENT", "parent", "LL",
                "mailbox", "not-a-mailbox").statusCode(422)
                .body(containsString("代码 LL-JW 已被另一个单位使用"), containsString("邮箱地址格式不正确"),
                        containsString("value=\"" + name + "\""), containsString("value=\"not-a-mailbox\""),
                        containsString("<details class=\"panel admin-add\" id=\"new-unit\" open>"));
        assertEquals(0, count("select count(*) from unit where name = ?1", name));
        AdminForms.form(admin().cookie("qf-lang", "en"), AdminForms.map("code", "", "name", "", "kind", ""))
                .post("/staff/admin/units").then().statusCode(422)
                .body(containsString("Please enter a code."), containsString("Please choose the kind of unit."));
    }

    @Test
    void shouldChangeTheDetailsButNeverTheCode() {
        String code = code("T");
        long id = createUnit(code, "测试办" + code, "CITY_DEPARTMENT", null, null);
        admin().get("/staff/admin/units/" + id).then().statusCode(200)
                .body(containsString("id=\"no-mailbox\""), containsString("催办和督办邮件无法送达本单位"));
        post("/staff/admin/units/" + id, "code", "HIJACK", "name", "测试办（更名）", "nameEn", "Renamed office",
                "mailbox", "renamed@yongzhou.gov.cn", "active", "true")
                .statusCode(303).header("Location", endsWith("/staff/admin/units/" + id + "?msg=saved"));
        admin().get("/staff/admin/units/" + id).then().statusCode(200)
                .body(containsString("测试办（更名）"), containsString("<code>" + code + "</code>"),
                        not(containsString("id=\"no-mailbox\"")));
        assertEquals(0, count("select count(*) from unit where code = ?1", "HIJACK"));
        admin().get("/staff/admin").then().statusCode(200)
                .body(containsString("名称：测试办" + code + " → 测试办（更名）"),
                        containsString("公务邮箱：— → renamed@yongzhou.gov.cn"));
        String window = code("W");
        post("/staff/admin/units/" + id + "/windows", "code", window, "name", "办事窗口").statusCode(303);
        given().get("/w/" + window + "/poster").then().statusCode(200);
        // unticking "active" takes the unit, and its windows' QR codes, off the report form; the admin list keeps it
        post("/staff/admin/units/" + id, "name", "测试办（更名）", "nameEn", "Renamed office",
                "mailbox", "renamed@yongzhou.gov.cn").statusCode(303);
        given().get("/report").then().statusCode(200).body(not(containsString("value=\"" + code + "\"")));
        given().get("/w/" + window + "/poster").then().statusCode(404);
        given().get("/api/v1/units").then().statusCode(200).body("windows.code", not(hasItem(window)));
        admin().get("/staff/admin/units").then().statusCode(200)
                .body(containsString("id=\"unit-" + code + "\" class=\"inactive\""));
    }

    @Test
    void shouldEndTheCurrentTermTheDayBeforeTheNextHeadStarts() {
        String code = code("T");
        long id = createUnit(code, "任期测试局" + code, "CITY_DEPARTMENT", null, "rq@yongzhou.gov.cn");
        post("/staff/admin/units/" + id + "/heads", "name", "示例局长甲", "title", "局长", "startDate", "2020-01-01",
                "mailbox", "jia@yongzhou.gov.cn").statusCode(303).header("Location", containsString("msg=headAdded"));
        post("/staff/admin/units/" + id + "/heads", "name", "示例局长乙", "title", "局长", "startDate", "2025-07-01")
                .statusCode(303);
        List<Object[]> terms = terms(id);
        assertEquals(2, terms.size());
        assertEquals(LocalDate.parse("2025-06-30"), toDate(terms.get(0)[2]));
        assertNull(terms.get(1)[2]);
        assertEquals("示例局长甲", headOn(code, "2025-06-30"));
        assertEquals("示例局长乙", headOn(code, "2025-07-01"));
        admin().get("/staff/admin/units/" + id).then().statusCode(200)
                .body(containsString("2020-01-01 — 2025-06-30"), containsString("2025-07-01 — 至今"));
        admin().get("/staff/admin").then().statusCode(200)
                .body(containsString("示例局长甲 任职结束：— → 2025-06-30"));
    }

    @Test
    void shouldRefuseAnOverlappingTermAndStoreNothing() {
        String code = code("T");
        long id = createUnit(code, "重叠测试局" + code, "CITY_DEPARTMENT", null, null);
        post("/staff/admin/units/" + id + "/heads", "name", "示例局长甲", "title", "局长", "startDate", "2019-01-01",
                "endDate", "2022-12-31").statusCode(303);
        post("/staff/admin/units/" + id + "/heads", "name", "示例局长乙", "title", "局长", "startDate", "2023-01-01")
                .statusCode(303);
        post("/staff/admin/units/" + id + "/heads", "name", "示例局长丙", "title", "代局长", "startDate", "2022-06-01",
                "endDate", "2022-08-31").statusCode(422)
                .body(containsString("这个任期与示例局长甲（局长）2019-01-01 至 2022-12-31 的任期重叠"),
                        containsString("value=\"示例局长丙\""), containsString("value=\"代局长\""));
        // starting on the very day the current head started is an overlap too, not a replacement
        post("/staff/admin/units/" + id + "/heads", "name", "示例局长丙", "title", "局长", "startDate", "2023-01-01")
                .statusCode(422).body(containsString("示例局长乙（局长）自 2023-01-01 起、尚未结束的任期重叠"));
        List<Object[]> terms = terms(id);
        assertEquals(2, terms.size());
        assertNull(terms.get(1)[2], "the current term is left open");
        // the refused form stands at the address it was posted to: switching the language there leads to the unit
        admin().get("/staff/admin/units/" + id + "/heads?lang=en").then().statusCode(303)
                .header("Location", endsWith("/staff/admin/units/" + id)).cookie("qf-lang", "en");
        AdminForms.form(admin().cookie("qf-lang", "en"), AdminForms.map("name", "X", "title", "Y",
                "startDate", "2021-01-01")).post("/staff/admin/units/" + id + "/heads").then().statusCode(422)
                .body(containsString("overlaps the open term of 示例局长乙"));
    }

    @Test
    void shouldEndATermAndCorrectItsMailbox() {
        String code = code("T");
        long id = createUnit(code, "离任测试局" + code, "CITY_DEPARTMENT", null, null);
        post("/staff/admin/units/" + id + "/heads", "name", "示例主任甲", "title", "主任", "startDate", "2021-03-01")
                .statusCode(303);
        long head = count("select id from unit_head where unit_id = ?1", id);
        post("/staff/admin/units/" + id + "/heads/" + head + "/mailbox", "mailbox", "bad mailbox").statusCode(422)
                .body(containsString("邮箱地址格式不正确"), containsString("value=\"bad mailbox\""));
        post("/staff/admin/units/" + id + "/heads/" + head + "/mailbox", "mailbox", "zhuren@yongzhou.gov.cn")
                .statusCode(303);
        post("/staff/admin/units/" + id + "/heads/" + head + "/end", "endDate", "2021-02-01").statusCode(422)
                .body(containsString("离任日期不能早于任职日期"));
        post("/staff/admin/units/" + id + "/heads/" + head + "/end", "endDate", "2026-01-31").statusCode(303)
                .header("Location", containsString("msg=headEnded"));
        assertEquals(LocalDate.parse("2026-01-31"), toDate(terms(id).get(0)[2]));
        admin().get("/staff/admin").then().statusCode(200)
                .body(containsString("公务邮箱：— → zhuren@yongzhou.gov.cn"), containsString("任职结束：— → 2026-01-31"));
        // a head of another unit is not reachable through this unit's address
        long other = createUnit(code("T"), "别的单位", "CITY_DEPARTMENT", null, null);
        post("/staff/admin/units/" + other + "/heads/" + head + "/mailbox", "mailbox", "x@yongzhou.gov.cn")
                .statusCode(404).body(containsString("找不到这个页面。"));
    }

    @Test
    void shouldAnswerAnUnknownUnitWindowOrStaffMemberWithTheNotFoundPage() {
        long none = Long.MAX_VALUE;
        for (String path : new String[] { "/staff/admin/units/" + none, "/staff/admin/staff/" + none }) {
            admin().get(path).then().statusCode(404).body(containsString("找不到这个页面。"));
        }
    }

    @Test
    void shouldAddAWindowWithItsPosterAndTakeItOutOfService() {
        String unitCode = code("T");
        long id = createUnit(unitCode, "窗口测试中心" + unitCode, "SERVICE_CENTER", null, "zx@yongzhou.gov.cn");
        String window = code("W");
        post("/staff/admin/units/" + id + "/windows", "code", window.toLowerCase(), "name", "测试窗口",
                "nameEn", "Test window").statusCode(303).header("Location", containsString("msg=windowAdded"));
        admin().get("/staff/admin/units/" + id).then().statusCode(200)
                .body(containsString("href=\"/w/" + window + "/poster\""), containsString("<code>" + window + "</code>"));
        given().get("/w/" + window + "/poster").then().statusCode(200);
        given().get("/api/v1/units").then().statusCode(200).body("windows.code", hasItem(window));
        post("/staff/admin/units/" + id + "/windows", "code", window, "name", "又一个").statusCode(422)
                .body(containsString("窗口代码 " + window + " 已被使用"));
        post("/staff/admin/units/" + id + "/windows", "code", "A B", "name", "格式").statusCode(422)
                .body(containsString("窗口代码只能包含大写字母、数字和短横线"), containsString("value=\"A B\""));
        long windowId = count("select id from service_window where code = ?1", window);
        post("/staff/admin/units/" + id + "/windows/" + windowId + "/active", "active", "false").statusCode(303)
                .header("Location", containsString("msg=windowOff"));
        given().get("/w/" + window + "/poster").then().statusCode(404);
        given().get("/api/v1/units").then().statusCode(200).body("windows.code", not(hasItem(window)));
        admin().get("/staff/admin/units/" + id + "/windows/" + windowId).then().statusCode(200)
                .body(containsString("value=\"测试窗口\""));
        post("/staff/admin/units/" + id + "/windows/" + windowId, "name", "测试窗口（新）", "nameEn", "", "active", "true")
                .statusCode(303);
        given().get("/w/" + window + "/poster").then().statusCode(200).body(containsString("测试窗口（新）"));
        admin().get("/staff/admin").then().statusCode(200)
                .body(containsString("服务窗口 <code>" + window + "</code>"), containsString("在用：是 → 否"));
    }

    @Test
    void shouldShowTheDirectoryPagesOnlyToAdminsAndTakeOnlyTheirOwnForms() {
        for (String role : new String[] { "inspector", "handler", "supervisor" }) {
            for (String path : new String[] { "/staff/admin/units", "/staff/admin/staff", "/staff/admin/handlers" }) {
                as("someone", role).get(path).then().statusCode(403);
            }
        }
        String code = code("T");
        AdminForms.form(as("someone", "handler"), AdminForms.map("code", code, "name", "不该有", "kind",
                "CITY_DEPARTMENT")).post("/staff/admin/units").then().statusCode(403);
        assertEquals(0, count("select count(*) from unit where code = ?1", code));
        // an admin's form without its CSRF token (another site posting it) is refused too
        admin().contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("code", code)
                .formParam("name", "不该有").formParam("kind", "CITY_DEPARTMENT").post("/staff/admin/units").then()
                .statusCode(400);
        assertEquals(0, count("select count(*) from unit where code = ?1", code));
        admin().get("/staff/admin/units").then().statusCode(200)
                .body(containsString("零陵区人民政府"), containsString("示例主任乙"));
    }

    private static LocalDate toDate(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    @Test
    void shouldLetTheAdminSayWhoVerifiesForAUnitAndWhichBodyManagesItsHeads() {
        String code = code("LL-O");
        long id = createUnit(code, "零陵区监管测试局" + code, "CITY_DEPARTMENT", "LL", "jianguan@ll.yongzhou.gov.cn");
        admin().get("/staff/admin/units/" + id).then().statusCode(200)
                .body(containsString("id=\"oversight-form\""), containsString("<option value=\"LL-ZWGL\">"),
                        not(containsString("<option value=\"" + code + "\"")));
        // never the unit itself, and only a discipline body manages heads; what was chosen is kept
        post("/staff/admin/units/" + id + "/oversight", "verifyingBody", code, "headsManagedBy", "").statusCode(422)
                .body(containsString("核查机构不能是本单位"));
        post("/staff/admin/units/" + id + "/oversight", "verifyingBody", "LL-ZWGL", "headsManagedBy", "LL-ZWFW")
                .statusCode(422).body(containsString("请选择一个在用的纪检监察机关"),
                        containsString("<option value=\"LL-ZWGL\" selected>"));
        assertEquals(0L, count("select count(*) from unit where id = ?1 and (verifying_body_id is not null "
                + "or heads_managed_by_id is not null)", id), "a refused change wrote something");

        post("/staff/admin/units/" + id + "/oversight", "verifyingBody", "LL-ZWGL", "headsManagedBy", "CITY-JW")
                .statusCode(303).header("Location", endsWith("msg=saved"));
        admin().get("/staff/admin/units/" + id).then().statusCode(200)
                .body(containsString("<option value=\"LL-ZWGL\" selected>"),
                        containsString("<option value=\"CITY-JW\" selected>"));
        assertEquals(1L, count("select count(*) from admin_change where subject_ref = ?1 and detail like '%heads_managed_by%'",
                code));

        // a report naming its head on the day goes to the body that manages its heads
        post("/staff/admin/units/" + id + "/heads", "name", "示例监管局长", "title", "局长", "startDate", "2020-01-01")
                .statusCode(303);
        java.util.Map<String, String> form = cn.gov.yongzhou.qingfeng.support.TestReports.valid();
        form.put("unit", code);
        form.remove("window");
        form.remove("accusedBadge");
        form.put("accusedName", "示例监管局长");
        form.put("occurredDate", "2026-11-20");
        String receipt = cn.gov.yongzhou.qingfeng.support.TestReports.api(form).post("/api/v1/reports").then()
                .statusCode(201).extract().path("receipt");
        assertEquals(cn.gov.yongzhou.qingfeng.support.TestReports.unitId(em, "CITY-JW"), count(
                "select f.body_id from case_file f join report r on r.id = f.report_id where r.receipt_no = ?1",
                receipt));
    }

    @Test
    void shouldFindAUnitByAWindowCodeOrByItsHeadsName() {
        // the code on a window's poster, or the head's name, finds the unit without knowing its name
        String byWindow = admin().queryParam("q", "LL-03").get("/staff/admin/units").then().statusCode(200)
                .extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(byWindow.contains("id=\"unit-LL-ZWFW\"")
                && !byWindow.contains("id=\"unit-LL-JW\""), "the window's code finds its centre alone");
        String code = code("LL-H");
        long id = createUnit(code, "零陵区检索测试局" + code, "CITY_DEPARTMENT", "LL", null);
        post("/staff/admin/units/" + id + "/heads", "name", "欧阳检索", "title", "局长", "startDate", "2020-01-01")
                .statusCode(303);
        String byHead = admin().queryParam("q", "欧阳检索").get("/staff/admin/units").then().statusCode(200)
                .extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(byHead.contains("id=\"unit-" + code + "\"")
                && !byHead.contains("id=\"unit-LL-ZWFW\""), "the head's name finds their unit alone");
    }
}
