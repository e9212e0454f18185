package cn.gov.yongzhou.qingfeng.intake;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.yongzhou.qingfeng.desk.CaseDesk;
import cn.gov.yongzhou.qingfeng.desk.QueueFilter;
import cn.gov.yongzhou.qingfeng.support.StaffClient;
import cn.gov.yongzhou.qingfeng.support.TestReports;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Who may report, as the rules define it: anonymously for petty corruption (rule 9), under a real name as a person or
 * a unit with its 经办人, with a landline, on someone's behalf, with ID documents beyond the resident ID.
 */
@QuarkusTest
class IdentityChoicesTest {

    private static final Pattern RECEIPT = Pattern.compile("id=\"receipt-no\" class=\"code\">([A-Z0-9]+)<");
    private static final Pattern PASSWORD = Pattern.compile("id=\"receipt-password\" class=\"code\">([A-Z0-9]+)<");

    @Inject
    EntityManager em;

    @Inject
    CaseDesk desk;

    long reports() {
        return ((Number) em.createNativeQuery("select count(*) from report").getSingleResult()).longValue();
    }

    Object[] lastReport(String columns) {
        return (Object[]) em.createNativeQuery("select " + columns + " from report order by id desc limit 1")
                .getSingleResult();
    }

    static Map<String, String> anonymous() {
        Map<String, String> form = TestReports.valid();
        form.put("identity", "ANONYMOUS");
        // what a citizen may have typed before choosing 匿名 is not kept
        form.put("reporterName", "张三");
        form.put("email", "zhang@example.cn");
        return form;
    }

    @Test
    void shouldOfferTheChoiceBetweenRealNameAndAnonymousInPlainWords() {
        io.restassured.RestAssured.given().get("/report").then().statusCode(200)
                .body(containsString("实名举报（建议）"), containsString("实名举报优先办理"),
                        containsString("匿名举报（只限“索拿卡要”问题）"),
                        containsString("只能凭受理编号和查询密码自己查询"),
                        containsString("value=\"REAL_NAME\" checked"));
    }

    @Test
    void shouldStoreAnAnonymousReportOfPettyCorruptionWithNoIdentityAndOnlyAReceipt() {
        TestReports.Csrf csrf = TestReports.openForm();
        long before = reports();
        String page = TestReports.formPost(anonymous(), csrf).post("/report").then().statusCode(200)
                .body(containsString("这是匿名举报：请务必保存受理编号和查询密码"),
                        not(containsString("15 个工作日内告知您")))
                .extract().asString();
        assertEquals(before + 1, reports());
        Object[] row = lastReport("anonymous, reporter_name_enc, reporter_id_no_enc, reporter_phone_enc, "
                + "reporter_email_enc, reporter_id_no_index, reporter_phone_index, contact_preference, id");
        assertEquals(true, row[0]);
        for (int i = 1; i <= 7; i++) {
            assertNull(row[i], "no identity kept (column " + i + ")");
        }
        long reportId = ((Number) row[8]).longValue();
        Object[] caseRow = (Object[]) em.createNativeQuery("select c.anonymous, (select count(*) from case_deadline d "
                + "where d.case_id = c.id and d.stage = 'ACCEPTANCE_NOTICE') from case_file c where c.report_id = ?1")
                .setParameter(1, reportId).getSingleResult();
        assertEquals(true, caseRow[0], "the case is flagged anonymous");
        assertEquals(0L, ((Number) caseRow[1]).longValue(), "nobody to tell whether it was accepted");

        Matcher receipt = RECEIPT.matcher(page);
        Matcher password = PASSWORD.matcher(page);
        assertTrue(receipt.find() && password.find(), page);
        io.restassured.RestAssured.given().header("X-Query-Password", password.group(1))
                .get("/api/v1/reports/" + receipt.group(1)).then().statusCode(200)
                .body("status", equalTo("REGISTERED"), "reporter", equalTo(""));

        long caseId = TestReports.caseOf(em, receipt.group(1));
        StaffClient.inspector("inspector-wang").get("/staff/cases/" + caseId).then().statusCode(200)
                .body(containsString("id=\"reporter-anonymous\""), containsString("排在实名举报之后办理"),
                        not(containsString("张三")), not(containsString("id=\"reveal-reason\"")));
    }

    @Test
    void shouldKeepArrogantServiceRealNameAndTheFormAsTyped() {
        TestReports.Csrf csrf = TestReports.openForm();
        Map<String, String> form = anonymous();
        form.put("category", "ARROGANT_SERVICE");
        form.put("subcategory", "HARD_FACE");
        long before = reports();
        TestReports.formPost(form, csrf).post("/report").then().statusCode(422)
                .body(containsString("傲慢服务问题须实名举报（第八条）"),
                        containsString("value=\"ANONYMOUS\" checked"),
                        containsString(form.get("narrative").replace("\"", "&quot;")));
        assertEquals(before, reports(), "nothing stored");
    }

    @Test
    void shouldRankAnonymousCasesAfterRealNameOnesInTheQueue() {
        JsonPath anon = TestReports.api(anonymous()).post("/api/v1/reports").then().statusCode(201).extract().jsonPath();
        JsonPath named = TestReports.api(TestReports.valid()).post("/api/v1/reports").then().statusCode(201)
                .extract().jsonPath();
        long anonCase = TestReports.caseOf(em, anon.getString("receipt"));
        long namedCase = TestReports.caseOf(em, named.getString("receipt"));
        List<CaseDesk.QueueRow> all = new ArrayList<>();
        String after = null;
        do {
            CaseDesk.QueuePage page = desk.queue(QueueFilter.ALL, after);
            all.addAll(page.rows());
            after = page.next();
        } while (after != null);
        int anonAt = -1;
        int namedAt = -1;
        boolean seenAnonymous = false;
        for (int i = 0; i < all.size(); i++) {
            CaseDesk.QueueRow row = all.get(i);
            assertFalse(seenAnonymous && !row.anonymous(), "a real-name case after an anonymous one at " + i);
            seenAnonymous |= row.anonymous();
            anonAt = row.caseId() == anonCase ? i : anonAt;
            namedAt = row.caseId() == namedCase ? i : namedAt;
        }
        assertTrue(namedAt >= 0 && anonAt > namedAt, "named " + namedAt + ", anonymous " + anonAt);
        assertTrue(all.get(anonAt).anonymous());
    }

    @Test
    void shouldRegisterAUnitReportingWithItsAgentAndALandline() {
        TestReports.Csrf csrf = TestReports.openForm();
        Map<String, String> form = TestReports.valid();
        form.put("reporterKind", "UNIT");
        form.put("reporterName", "永州市零陵区某建材有限公司");
        form.put("agentName", "李经办");
        form.remove("idNumber");
        form.put("phone", "(0746) 822 1234");
        long before = reports();
        TestReports.formPost(form, csrf).post("/report").then().statusCode(200);
        assertEquals(before + 1, reports());
        Object[] row = lastReport("reporter_kind, reporter_agent_enc, reporter_id_no_enc, reporter_phone_index, id");
        assertEquals("UNIT", row[0]);
        assertNotNull(row[1]);
        assertFalse(((String) row[1]).contains("李经办"), "the agent's name is sealed");
        assertNull(row[2], "a unit may report without an ID number");
        Report report = Report.findById(((Number) row[4]).longValue());
        assertEquals("0746-8221234", report.reporterPhone, "a landline with its area code is a concrete contact");
        assertEquals("李经办", report.reporterAgent);
    }

    @Test
    void shouldAskAUnitForItsAgentAndExplainABadLandline() {
        TestReports.Csrf csrf = TestReports.openForm();
        Map<String, String> form = TestReports.valid();
        form.put("reporterKind", "UNIT");
        form.put("reporterName", "永州市零陵区某建材有限公司");
        form.remove("idNumber");
        form.put("phone", "8221234");
        long before = reports();
        TestReports.formPost(form, csrf).post("/report").then().statusCode(422)
                .body(containsString("请填写经办人的姓名"), containsString("固定电话请带区号"),
                        containsString("value=\"永州市零陵区某建材有限公司\""), containsString("value=\"UNIT\" checked"));
        assertEquals(before, reports());
    }

    @Test
    void shouldNotTextALandline() {
        TestReports.Csrf csrf = TestReports.openForm();
        Map<String, String> form = TestReports.valid();
        form.put("phone", "0746-8221234");
        form.put("contactPreference", "SMS");
        TestReports.formPost(form, csrf).post("/report").then().statusCode(422)
                .body(containsString("短信只能发到手机"));
    }

    @Test
    void shouldNameThePersonReportedForAndTheRelation() {
        TestReports.Csrf csrf = TestReports.openForm();
        Map<String, String> form = TestReports.valid();
        form.put("behalfName", "王奶奶");
        long before = reports();
        TestReports.formPost(form, csrf).post("/report").then().statusCode(422)
                .body(containsString("请写明您和被代为反映的人是什么关系"), containsString("value=\"王奶奶\""));
        assertEquals(before, reports());
        form.put("behalfRelation", "外婆");
        TestReports.formPost(form, TestReports.openForm()).post("/report").then().statusCode(200);
        Object[] row = lastReport("on_behalf_of_enc, on_behalf_relation_enc, id");
        assertFalse(((String) row[0]).contains("王奶奶"), "sealed at rest");
        Report report = Report.findById(((Number) row[2]).longValue());
        assertEquals("王奶奶", report.onBehalfOf);
        assertEquals("外婆", report.onBehalfRelation);
    }

    @Test
    void shouldCheckEachIdDocumentByItsOwnFormat() {
        Map<String, String> form = TestReports.valid();
        form.put("idType", "HK_MACAO_PERMIT");
        form.put("idNumber", "h1234567８");
        TestReports.api(form).post("/api/v1/reports").then().statusCode(201);
        Object[] row = lastReport("id_type, reporter_id_no_index");
        assertEquals("HK_MACAO_PERMIT", row[0]);
        assertNotNull(row[1]);

        form.put("idType", "PASSPORT");
        form.put("idNumber", "E12");
        TestReports.api(form).post("/api/v1/reports").then().statusCode(400)
                .body("errors.find { it.field == 'idNumber' }.code", equalTo("error.idNumber.PASSPORT"),
                        "errors.find { it.field == 'idNumber' }.message", containsString("护照号码应为 5 到 17 位"));

        form.put("idType", "FOREIGN_PERMANENT_RESIDENT");
        form.put("idNumber", "USA123456789012");
        TestReports.api(form).post("/api/v1/reports").then().statusCode(201);

        form.put("idType", "DRIVING_LICENCE");
        TestReports.api(form).post("/api/v1/reports").then().statusCode(400)
                .body("errors.find { it.field == 'idType' }.code", equalTo("error.idType.unknown"));
    }

    @Test
    void shouldTakeTheApplicationNumberAndShowItToTheInspector() {
        Map<String, String> form = TestReports.valid();
        form.put("applicationNo", "431102-2026-0001234");
        String receipt = TestReports.api(form).post("/api/v1/reports").then().statusCode(201).extract().path("receipt");
        StaffClient.inspector("inspector-wang").get("/staff/cases/" + TestReports.caseOf(em, receipt)).then()
                .statusCode(200).body(containsString("id=\"application-no\">431102-2026-0001234<"));

        form.put("applicationNo", "办件<script>");
        TestReports.api(form).post("/api/v1/reports").then().statusCode(400)
                .body("errors.find { it.field == 'applicationNo' }.code", equalTo("error.applicationNo.format"));
    }
}
