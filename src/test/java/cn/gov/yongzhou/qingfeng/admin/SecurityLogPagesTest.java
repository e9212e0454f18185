package cn.gov.yongzhou.qingfeng.admin;

import static cn.gov.yongzhou.qingfeng.admin.AdminForms.admin;
import static cn.gov.yongzhou.qingfeng.admin.AdminForms.code;
import static cn.gov.yongzhou.qingfeng.support.StaffClient.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.yongzhou.qingfeng.desk.Reveals;
import cn.gov.yongzhou.qingfeng.support.TestReports;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SecurityLogPagesTest {

    @Inject
    EntityManager em;

    @Inject
    Reveals reveals;

    String page(String query) {
        return admin().get("/staff/admin/security" + query).then().statusCode(200)
                .header("Cache-Control", "no-store").extract().asString();
    }

    @Test
    void shouldListAnIdentityRevealWithTheInspectorButNotTheReporter() {
        Map<String, String> form = TestReports.valid();
        form.put("reporterName", "上官清风");
        String receipt = TestReports.api(form).post("/api/v1/reports").then().statusCode(201).extract().path("receipt");
        long caseId = TestReports.caseOf(em, receipt);
        reveals.request(caseId, "inspector-sec", "电话核实举报人身份");
        long request = ((Number) em.createNativeQuery("select id from reveal_request where case_id = ?1")
                .setParameter(1, caseId).getSingleResult()).longValue();
        assertEquals(Reveals.Result.APPROVED, reveals.decide(request, "director-sec", true, null));
        String log = page("?kind=IDENTITY_REVEALED");
        assertTrue(log.contains("inspector-sec") && log.contains("案件（内部编号 " + caseId + "），经 director-sec 批准，显示至"),
                "the reveal is listed, with who approved it and until when");
        assertTrue(log.contains("查看举报人身份"));
        assertTrue(!log.contains("上官清风") && !log.contains(form.get("idNumber")) && !log.contains(receipt)
                && !log.contains("电话核实举报人身份"), "nothing of the reporter, not even the receipt or the reason");
    }

    @Test
    void shouldListEveryAdminChange() {
        String unit = code("LL-S");
        AdminForms.post("/staff/admin/units", "code", unit, "name", "安全日志测试局" + unit, "kind", "CITY_DEPARTMENT",
                "parent", "LL", "mailbox", "anquan@ll.yongzhou.gov.cn").statusCode(303);
        String log = page("?kind=ADMIN_CHANGE");
        assertTrue(log.contains("新增 单位 " + unit), "the new unit is in the security log, in words");
        assertTrue(log.contains(AdminForms.ADMIN));
        // the filter keeps to its kind
        assertTrue(!page("?kind=IDENTITY_REVEALED").contains("新增 单位 " + unit));
        assertTrue(page("").contains("新增 单位 " + unit), "all kinds together list it too");
    }

    @Test
    void shouldListAFailedSignInOnAStaffPath() throws InterruptedException {
        given().redirects().follow(false).auth().oauth2("forged." + code("T") + ".token").get("/staff/cases/42")
                .then().statusCode(401);
        // the failure event reaches the log asynchronously, off the event loop
        String log = "";
        for (int i = 0; i < 50 && !log.contains("访问 /staff/cases/42 时凭证无效或已过期"); i++) {
            Thread.sleep(100);
            log = page("?kind=SIGN_IN_FAILED");
        }
        assertTrue(log.contains("访问 /staff/cases/42 时凭证无效或已过期"), "the failed sign-in is listed, in words");
        assertTrue(log.contains("登录失败") && log.contains("127.0.0.x"), "kind and masked address");
    }

    @Test
    void shouldPageTheLogNewestFirst() {
        for (int i = 0; i < SecurityLogPages.PAGE_SIZE + 1; i++) {
            AdminForms.post("/staff/admin/units", "code", code("LL-P"), "name", "分页测试局" + code("N"), "kind",
                    "CITY_DEPARTMENT", "parent", "LL", "mailbox", "fenye@ll.yongzhou.gov.cn").statusCode(303);
        }
        String first = page("?kind=ADMIN_CHANGE");
        assertTrue(first.contains("?page=2&amp;kind=ADMIN_CHANGE"), "a link to older events");
        String second = page("?kind=ADMIN_CHANGE&page=2");
        assertTrue(second.contains("?page=1&amp;kind=ADMIN_CHANGE"), "a link back to newer events");
        String newest = first.substring(first.indexOf("<tbody>"));
        newest = newest.substring(newest.indexOf("<td class=\"at\">") + 15, newest.indexOf("</td>"));
        String top = second.substring(second.indexOf("<tbody>"));
        top = top.substring(top.indexOf("<td class=\"at\">") + 15, top.indexOf("</td>"));
        assertTrue(newest.compareTo(top) >= 0, "page one is newer: " + newest + " vs " + top);
    }

    @Test
    void shouldShowTheLogToAdminsOnly() {
        for (String role : new String[] { "inspector", "handler", "supervisor" }) {
            as("someone", role).get("/staff/admin/security").then().statusCode(403);
        }
        admin().get("/staff/admin").then().statusCode(200).body(containsString("/staff/admin/security"),
                not(containsString("forged")));
    }
}
