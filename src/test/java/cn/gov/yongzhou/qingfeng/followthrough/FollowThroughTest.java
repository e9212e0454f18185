package cn.gov.yongzhou.qingfeng.followthrough;

import static cn.gov.yongzhou.qingfeng.support.TestClock.at;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.gov.yongzhou.qingfeng.casework.CaseFile;
import cn.gov.yongzhou.qingfeng.casework.CaseRole;
import cn.gov.yongzhou.qingfeng.casework.CaseState;
import cn.gov.yongzhou.qingfeng.casework.Casework;
import cn.gov.yongzhou.qingfeng.casework.Conclusion;
import cn.gov.yongzhou.qingfeng.casework.Transition;
import cn.gov.yongzhou.qingfeng.support.StaffClient;
import cn.gov.yongzhou.qingfeng.support.TestReports;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What the reporter does after the result: rate it, object within 30 days; a bad rating is followed up. */
@QuarkusTest
class FollowThroughTest {

    static final Casework.Actor INSPECTOR = new Casework.Actor("inspector-he", CaseRole.INSPECTOR);
    static final Casework.Actor HANDLER = new Casework.Actor("handler-x", CaseRole.HANDLER);
    static final Pattern PASS = Pattern.compile("name=\"pass\" value=\"([^\"]+)\"");

    @Inject
    Casework casework;

    @Inject
    EntityManager em;

    @Inject
    cn.gov.yongzhou.qingfeng.casework.Telling telling;

    record Filed(long caseId, String receipt, String password) {
    }

    /** Filed on 2026-03-02, concluded (and closed) on Wednesday 2026-03-18: objections until Friday 04-17. */
    Filed concludedOnMarch18() {
        at("2026-03-02T10:00:00");
        Map<String, String> form = TestReports.valid();
        form.put("occurredDate", "2026-03-01");
        JsonPath filed = TestReports.api(form).post("/api/v1/reports").then().statusCode(201).extract().jsonPath();
        long id = TestReports.caseOf(em, filed.getString("receipt"));
        int v = casework.perform(id, Transition.ACCEPT, INSPECTOR, null, 0).version();
        v = casework.assign(id, TestReports.unitId(em, "LL-JW"), INSPECTOR, null, v).version();
        v = casework.perform(id, Transition.SIGN_FOR, HANDLER, null, v).version();
        v = casework.submitFindings(id, HANDLER, "核查情况", Conclusion.UNSUBSTANTIATED, List.of(), v).version();
        at("2026-03-18T10:00:00");
        v = casework.perform(id, Transition.APPROVE, INSPECTOR, null, Conclusion.UNSUBSTANTIATED, v).version();
        casework.perform(id, Transition.CLOSE, INSPECTOR, null, v);
        // the result given by phone the same day: the objection window runs from then (art. 22)
        assertEquals(null, telling.recordByStaff(id, cn.gov.yongzhou.qingfeng.casework.DeadlineStage.RESULT_NOTICE,
                cn.gov.yongzhou.qingfeng.casework.ReporterNotice.Method.CALL,
                java.time.OffsetDateTime.parse("2026-03-18T10:00:00+08:00"), "告知处理结果", null, "inspector-he"));
        return new Filed(id, filed.getString("receipt"), filed.getString("password"));
    }

    static Response track(Filed f) {
        TestReports.Csrf csrf = TestReports.openForm();
        return given().cookie("qf-csrf", csrf.cookie()).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", csrf.token()).formParam("receipt", f.receipt())
                .formParam("password", f.password()).post("/track");
    }

    static String pass(Response status) {
        Matcher m = PASS.matcher(status.body().asString());
        return m.find() ? m.group(1) : null;
    }

    static Response post(String path, Map<String, String> fields) {
        TestReports.Csrf csrf = TestReports.openForm();
        return given().cookie("qf-csrf", csrf.cookie()).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", csrf.token()).formParams(fields).post(path);
    }

    @Transactional
    CaseFile caseFile(long id) {
        return CaseFile.findById(id);
    }

    @Transactional
    long count(String sql, long caseId) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, caseId).getSingleResult()).longValue();
    }

    @Test
    void shouldTakeABadRatingOnceAndHaveAnInspectorFollowItUp() {
        Filed f = concludedOnMarch18();
        at("2026-03-20T10:00:00");
        Response status = track(f);
        status.then().statusCode(200).body(containsString("您对处理结果满意吗"), containsString("非常不满意"),
                containsString("2026-04-17"));
        String pass = pass(status);

        post("/track/rate", Map.of("pass", pass, "comment", "处理太慢")).then().statusCode(422)
                .body(containsString("请选择满意程度。"), containsString("处理太慢"));
        assertEquals(0, count("select count(*) from satisfaction where case_id = ?1", f.caseId()), "nothing stored");

        post("/track/rate", Map.of("pass", pass, "level", "VERY_DISSATISFIED", "comment", "处理太慢")).then()
                .statusCode(200).body(containsString("感谢您的评价"), containsString("您的评价："),
                        not(containsString("id=\"rate-submit\"")));
        post("/track/rate", Map.of("pass", pass, "level", "SATISFIED")).then().statusCode(422)
                .body(containsString("您已评价过"));
        post("/track/rate", Map.of("pass", pass.replace('.', ','), "level", "SATISFIED")).then().statusCode(403);
        assertEquals(1, count("select count(*) from follow_up where case_id = ?1 and done_at is null", f.caseId()));

        String inspector = StaffClient.token("inspector-he", "inspector");
        String page = given().auth().oauth2(inspector).get("/staff/follow-ups").then().statusCode(200)
                .body(containsString(f.receipt()), containsString("处理太慢")).extract().asString();
        Matcher task = Pattern.compile("/staff/follow-ups/(\\d+)/done").matcher(page.substring(page.indexOf(f.receipt())));
        task.find();
        TestReports.Csrf csrf = TestReports.openForm();
        given().auth().oauth2(inspector).redirects().follow(false).cookie("qf-csrf", csrf.cookie())
                .contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("csrf-token", csrf.token())
                .formParam("note", "已电话回访，举报人表示理解。").post("/staff/follow-ups/" + task.group(1) + "/done")
                .then().statusCode(303);
        assertEquals(0, count("select count(*) from follow_up where case_id = ?1 and done_at is null", f.caseId()));
        StaffClient.as("handler-lljw", "handler")
                .get("/staff/follow-ups").then().statusCode(403);
    }

    @Test
    void shouldReopenTheCaseOnAnObjectionOnDayThirty() {
        Filed f = concludedOnMarch18();
        at("2026-04-17T16:00:00");
        Response status = track(f);
        status.then().body(containsString("id=\"object-submit\""));
        post("/track/object", Map.of("pass", pass(status), "objection", " ")).then().statusCode(422)
                .body(containsString("请写明异议理由或新的情况。"));
        post("/track/object", Map.of("pass", pass(status), "objection", "有新的证人愿意作证。")).then().statusCode(200)
                .body(containsString("您的异议已收到"), containsString("复核中"));
        assertEquals(CaseState.UNDER_REVIEW, caseFile(f.caseId()).state);
        // the objection counts on the unit ledger of April 2026 (no other test objects at the Lingling center)
        String ledger = StaffClient.as("ducha-zhang", "supervisor")
                .get("/staff/ledger.csv?period=month&year=2026&m=4&area=LL").then().statusCode(200).extract().asString();
        String center = ledger.lines().filter(l -> l.startsWith("零陵区政务服务中心,")).findFirst().orElseThrow();
        String[] cells = center.split(",");
        assertEquals("1", cells[cells.length - 1], center + " (the last column while the ranking is off)");
    }

    @Test
    void shouldCloseTheObjectionWindowOnDayThirtyOne() {
        Filed f = concludedOnMarch18();
        at("2026-04-17T23:50:00"); // the page opened on day 30, the objection sent after midnight
        String pass = pass(track(f));
        at("2026-04-18T00:05:00");
        track(f).then().statusCode(200).body(not(containsString("id=\"object-submit\"")));
        post("/track/object", Map.of("pass", pass, "objection", "有新的证人愿意作证。")).then().statusCode(422)
                .body(containsString("提出异议的期限已过"));
        assertEquals(CaseState.CLOSED, caseFile(f.caseId()).state);
    }
}
