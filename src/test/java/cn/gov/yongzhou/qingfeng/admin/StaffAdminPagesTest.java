package cn.gov.yongzhou.qingfeng.admin;

import static cn.gov.yongzhou.qingfeng.admin.AdminForms.admin;
import static cn.gov.yongzhou.qingfeng.admin.AdminForms.code;
import static cn.gov.yongzhou.qingfeng.admin.AdminForms.createUnit;
import static cn.gov.yongzhou.qingfeng.admin.AdminForms.post;
import static cn.gov.yongzhou.qingfeng.support.StaffClient.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.gov.yongzhou.qingfeng.casework.CaseRole;
import cn.gov.yongzhou.qingfeng.casework.Casework;
import cn.gov.yongzhou.qingfeng.casework.Transition;
import cn.gov.yongzhou.qingfeng.support.TestReports;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

/** The admin keeps the staff of the units, and which units a handler works for. */
@QuarkusTest
class StaffAdminPagesTest {

    static final Casework.Actor INSPECTOR = new Casework.Actor("inspector-wang", CaseRole.INSPECTOR);

    @Inject
    EntityManager em;

    @Inject
    Casework casework;

    long id(String sql, Object param) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, param).getSingleResult()).longValue();
    }

    @Test
    void shouldFindStaffByNameBadgeOrWindowAndPageThroughAUnitOfMany() {
        String unit = code("P");
        createUnit(unit, "分页测试中心" + unit, "SERVICE_CENTER", null, "fy@yongzhou.gov.cn");
        String badge = code("Q");
        for (int i = 1; i <= StaffAdminPages.PAGE_SIZE + 5; i++) {
            post("/staff/admin/staff", "unit", unit, "name", String.format("分页人员%02d", i),
                    "badgeNo", badge + "-" + i).statusCode(303);
        }
        // the first page: as many rows as a page holds, the count, a link to the next page that keeps the unit
        String first = admin().get("/staff/admin/staff?unit=" + unit).then().statusCode(200)
                .body(containsString("分页人员01"), containsString("分页人员30"), not(containsString("分页人员31")),
                        containsString("共 35 条"), containsString("第 1 页 / 共 2 页"),
                        containsString("href=\"/staff/admin/staff?unit=" + unit + "&amp;page=2\""))
                .extract().asString();
        assertEquals(StaffAdminPages.PAGE_SIZE, first.split("<tr id=\"staff-").length - 1, "one page of rows");
        admin().get("/staff/admin/staff?unit=" + unit + "&page=2").then().statusCode(200)
                .body(containsString("分页人员35"), not(containsString("分页人员30<")), containsString("第 31–35 条"),
                        containsString("id=\"staff-pager-prev\""), not(containsString("id=\"staff-pager-next\"")));
        // past the end: the last page; nonsense: the first
        admin().get("/staff/admin/staff?unit=" + unit + "&page=99").then().body(containsString("分页人员35"));
        admin().get("/staff/admin/staff?unit=" + unit + "&page=x").then().statusCode(200)
                .body(containsString("分页人员01"));
        // searched by the database across all units: a name, a badge (case ignored), nothing found said in words
        admin().get("/staff/admin/staff?q=分页人员07").then().statusCode(200)
                .body(containsString("分页人员07"), not(containsString("分页人员08")), containsString("共 1 条"),
                        containsString("value=\"分页人员07\""));
        admin().get("/staff/admin/staff?q=" + badge.toLowerCase(java.util.Locale.ROOT) + "-12").then().statusCode(200)
                .body(containsString("分页人员12"), not(containsString("分页人员11")));
        admin().queryParam("q", "100%").get("/staff/admin/staff").then().statusCode(200)
                .body(containsString("没有找到与“100%”相符的工作人员"));
    }

    @Test
    void shouldAddChangeAndDeactivateAStaffMember() {
        String unit = code("T");
        long unitId = createUnit(unit, "人员测试中心" + unit, "SERVICE_CENTER", null, "ry@yongzhou.gov.cn");
        String window = code("W");
        post("/staff/admin/units/" + unitId + "/windows", "code", window, "name", "人员测试窗口").statusCode(303);
        String badge = code("B");
        post("/staff/admin/staff", "unit", unit, "window", window, "name", "窗口人员测", "badgeNo", badge)
                .statusCode(303).header("Location", containsString("/staff/admin/staff?unit=" + unit + "&msg=staffAdded"));
        admin().get("/staff/admin/staff?unit=" + unit + "&msg=staffAdded").then().statusCode(200)
                .body(containsString("已新增工作人员"), containsString("窗口人员测"), containsString(badge),
                        containsString("<code>" + window + "</code>"), not(containsString("窗口人员01")));
        // a window of another unit, and a missing name, are refused with what was typed kept
        post("/staff/admin/staff", "unit", unit, "window", "C-01", "name", "", "badgeNo", "KEEP-ME").statusCode(422)
                .body(containsString("这个窗口不属于所选单位"), containsString("请填写姓名"),
                        containsString("value=\"KEEP-ME\""));
        assertEquals(0, id("select count(*) from staff where badge_no = ?1", "KEEP-ME"));

        long staffId = id("select id from staff where badge_no = ?1", badge);
        post("/staff/admin/staff/" + staffId, "unit", unit, "window", "", "name", "窗口人员测（调岗）", "badgeNo", badge,
                "active", "true").statusCode(303).header("Location", containsString("msg=saved"));
        admin().get("/staff/admin/staff/" + staffId).then().statusCode(200)
                .body(containsString("value=\"窗口人员测（调岗）\""));
        post("/staff/admin/staff/" + staffId + "/active", "active", "false", "unit", unit).statusCode(303)
                .header("Location", containsString("/staff/admin/staff?unit=" + unit + "&msg=staffOff"));
        admin().get("/staff/admin/staff?unit=" + unit).then().statusCode(200)
                .body(containsString("id=\"staff-" + staffId + "\" class=\"inactive\""));
        admin().get("/staff/admin").then().statusCode(200)
                .body(containsString("工作人员 <code>" + staffId + "</code>"), containsString("窗口：" + window + " → —"),
                        containsString("在用：是 → 否"));
    }

    @Test
    void shouldLetAHandlerSeeAMappedUnitsQueueUntilTheMappingIsRemoved() {
        String unit = code("T");
        long unitId = createUnit(unit, "承办测试局" + unit, "CITY_DEPARTMENT", null, "cb@yongzhou.gov.cn");
        String receipt = TestReports.api(TestReports.valid()).post("/api/v1/reports").then().statusCode(201)
                .extract().path("receipt");
        long caseId = TestReports.caseOf(em, receipt);
        int v = casework.perform(caseId, Transition.ACCEPT, INSPECTOR, null, 0).version();
        casework.assign(caseId, unitId, INSPECTOR, null, v);
        String handler = "handler-" + unit.toLowerCase();
        String link = "href=\"/staff/unit-cases/" + caseId + "\"";

        as(handler, "handler").get("/staff/unit-cases").then().statusCode(200).body(not(containsString(link)));
        as(handler, "handler").get("/staff/unit-cases/" + caseId).then().statusCode(404);

        post("/staff/admin/handlers", "userName", " " + handler + " ", "unit", unit).statusCode(303)
                .header("Location", containsString("msg=handlerAdded"));
        as(handler, "handler").get("/staff/unit-cases").then().statusCode(200).body(containsString(link));
        as(handler, "handler").get("/staff/unit-cases/" + caseId).then().statusCode(200);
        post("/staff/admin/handlers", "userName", handler, "unit", unit).statusCode(422)
                .body(containsString(handler + " 已经可以办理承办测试局" + unit + "的案件"));
        admin().get("/staff/admin/handlers").then().statusCode(200)
                .body(containsString("角色（纪检监察、承办人员、督查、管理员）由统一身份认证系统授予"), containsString(handler));

        long mapping = id("select id from handler_unit where user_name = ?1", handler);
        post("/staff/admin/handlers/" + mapping + "/remove").statusCode(303)
                .header("Location", containsString("msg=handlerRemoved"));
        as(handler, "handler").get("/staff/unit-cases").then().statusCode(200).body(not(containsString(link)));
        as(handler, "handler").get("/staff/unit-cases/" + caseId).then().statusCode(404);
        admin().get("/staff/admin").then().statusCode(200)
                .body(containsString("经办人所属单位 <code>" + handler + "</code>"), containsString(handler + " → " + unit));
    }

    @Test
    void shouldRefuseAMappingWithoutUserOrUnit() {
        post("/staff/admin/handlers", "userName", "two words", "unit", "NO-SUCH-UNIT").statusCode(422)
                .body(containsString("用户名不能包含空格"), containsString("找不到这个单位"),
                        containsString("value=\"two words\""));
        AdminForms.form(admin().cookie("qf-lang", "en"), AdminForms.map("userName", "", "unit", ""))
                .post("/staff/admin/handlers").then().statusCode(422)
                .body(containsString("Please enter the user name."), containsString("Please choose a unit."));
    }
}
