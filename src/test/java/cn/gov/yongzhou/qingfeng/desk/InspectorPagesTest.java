package cn.gov.yongzhou.qingfeng.desk;

import static cn.gov.yongzhou.qingfeng.support.StaffClient.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.yongzhou.qingfeng.casework.CaseState;
import cn.gov.yongzhou.qingfeng.support.StaffClient;
import cn.gov.yongzhou.qingfeng.support.TestCases;
import cn.gov.yongzhou.qingfeng.support.TestReports;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class InspectorPagesTest {

    @Inject
    EntityManager em;

    @Inject
    CaseDesk desk;

    @Inject
    cn.gov.yongzhou.qingfeng.casework.Casework casework;

    @Inject
    cn.gov.yongzhou.qingfeng.casework.Telling telling;

    long fileCase(Map<String, String> form) {
        String receipt = TestReports.api(form).post("/api/v1/reports").then().statusCode(201).extract().path("receipt");
        return TestReports.caseOf(em, receipt);
    }

    static RequestSpecification post(String user, TestReports.Csrf csrf) {
        return as(user, "inspector").contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .cookie("qf-csrf", csrf.cookie()).formParam("csrf-token", csrf.token());
    }

    @Test
    void shouldKeepTheDeskFromAnyoneButInspectors() {
        long id = fileCase(TestReports.valid());
        StaffClient.assertSentToSignIn(StaffClient.anonymous().get("/staff/cases/" + id));
        as("handler-li", "handler").get("/staff/cases/" + id).then().statusCode(403)
                .body(not(containsString("测试人")));
        as("handler-li", "handler").get("/staff/cases").then().statusCode(403);
    }

    @Test
    void shouldShowTheCaseWithTheReporterMasked() {
        Map<String, String> form = TestReports.valid();
        form.put("reporterName", "诸葛明月");
        long id = fileCase(form);
        as("inspector-wang", "inspector").get("/staff/cases/" + id).then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body(containsString("诸***"), not(containsString("诸葛明月")), not(containsString(form.get("phone"))),
                        containsString(form.get("phone").substring(0, 3) + "****"), containsString("暗示"),
                        containsString("id=\"act-ACCEPT\""), containsString("id=\"reveal-reason\""));
        // the approval of a reveal is RevealApprovalTest's
    }

    @Test
    void shouldAskBeforeAnIrreversibleStepSayingWhatWillHappenAndDoNothingUntilConfirmed() {
        long id = fileCase(TestReports.valid());
        TestReports.Csrf csrf = TestReports.openForm();
        post("inspector-wang", csrf).formParam("transition", "ACCEPT").formParam("version", "0")
                .post("/staff/cases/" + id + "/act").then().statusCode(200).header("Cache-Control", "no-store")
                .body(containsString("确认受理"), containsString("案件将被受理"), containsString("不能撤回"),
                        containsString("name=\"confirmed\" value=\"yes\""), containsString("name=\"csrf-token\""),
                        containsString("href=\"/staff/cases/" + id + "\" id=\"confirm-cancel\""));
        assertEquals(CaseState.REGISTERED, TestCases.standing(em, id).state(), "asking changed nothing");

        // 不予受理: the confirmation shows the ground in words and what the reporter will read, and replays them
        post("inspector-wang", csrf).formParam("transition", "REJECT").formParam("reason", "内部意见")
                .formParam("ground", "LEGAL_PROCEEDINGS").formParam("channel", "向零陵区人民法院提起诉讼")
                .formParam("toReporter", "您反映的是合同纠纷。").formParam("version", "0")
                .post("/staff/cases/" + id + "/act").then().statusCode(200)
                .body(containsString("确认不予受理"), containsString("应当通过诉讼、仲裁、行政复议等法定途径解决"),
                        containsString("您反映的是合同纠纷。"),
                        containsString("name=\"ground\" value=\"LEGAL_PROCEEDINGS\""));
        // what the step needs is asked for before the confirmation, not after it
        post("inspector-wang", csrf).formParam("transition", "REJECT").formParam("version", "0")
                .post("/staff/cases/" + id + "/act").then().statusCode(303)
                .header("Location", containsString("msg=GROUND_REQUIRED"));
        assertEquals(CaseState.REGISTERED, TestCases.standing(em, id).state());

        post("inspector-wang", csrf).formParam("transition", "ACCEPT").formParam("version", "0")
                .formParam("confirmed", "yes").post("/staff/cases/" + id + "/act").then().statusCode(303)
                .header("Location", containsString("msg=done"));
        assertEquals(CaseState.ACCEPTED, TestCases.standing(em, id).state());
        // confirming again what is no longer possible: the notice, no second confirmation
        post("inspector-wang", csrf).formParam("transition", "ACCEPT").formParam("version", "1")
                .post("/staff/cases/" + id + "/act").then().statusCode(303)
                .header("Location", containsString("msg=WRONG_STATE"));
    }

    @Test
    void shouldShowNothingOnARevealRequestBeforeADirectorApprovesIt() {
        Map<String, String> form = TestReports.valid();
        form.put("reporterName", "欧阳晓岚");
        long id = fileCase(form);
        TestReports.Csrf csrf = TestReports.openForm();
        post("inspector-wang", csrf).formParam("reason", "需要电话核实").post("/staff/cases/" + id + "/reveal").then()
                .statusCode(303).header("Location", containsString("msg=revealRequested"));
        assertEquals(0L, ((Number) em.createNativeQuery("select count(*) from identity_reveal where case_id = ?1")
                .setParameter(1, id).getSingleResult()).longValue(), "nothing recorded, nothing shown");
        as("inspector-wang", "inspector").get("/staff/cases/" + id).then().body(not(containsString("欧阳晓岚")));
    }

    @Test
    void shouldNotShowAConcludedCaseAsOverdueWhenOnlyTheReportersObjectionWindowIsOpen() {
        String receipt = TestReports.api(TestReports.valid()).post("/api/v1/reports").then().statusCode(201).extract()
                .path("receipt");
        long id = TestReports.caseOf(em, receipt);
        TestCases.conclude(casework, em, id, "LL-JW", cn.gov.yongzhou.qingfeng.casework.Conclusion.UNSUBSTANTIATED);
        telling.recordByStaff(id, cn.gov.yongzhou.qingfeng.casework.DeadlineStage.ACCEPTANCE_NOTICE,
                cn.gov.yongzhou.qingfeng.casework.ReporterNotice.Method.CALL, java.time.OffsetDateTime.now(),
                "电话告知已受理", null, "inspector-wang");
        telling.recordByStaff(id, cn.gov.yongzhou.qingfeng.casework.DeadlineStage.RESULT_NOTICE,
                cn.gov.yongzhou.qingfeng.casework.ReporterNotice.Method.CALL, java.time.OffsetDateTime.now(),
                "电话反馈核查结果", null, "inspector-wang");
        // the objection window (30 days) is still open: it is the reporter's, not a limit anybody can miss
        assertEquals(1L, ((Number) em.createNativeQuery("select count(*) from case_deadline where case_id = ?1"
                + " and stage = 'OBJECTION' and closed_at is null").setParameter(1, id).getSingleResult()).longValue());
        assertEquals(null, em.createNativeQuery("select next_due from case_file where id = ?1").setParameter(1, id)
                .getSingleResult(), "no next limit");
        cn.gov.yongzhou.qingfeng.support.TestClock.at(java.time.Instant.now().plus(java.time.Duration.ofDays(45)));
        as("inspector-wang", "inspector").get("/staff/cases?overdue=true&state=CONCLUDED").then().statusCode(200)
                .body(not(containsString(receipt)));
    }

    @Test
    void shouldActOnTheCaseAndTellTheSecondOfTwoInspectorsWhatHappened() {
        long id = fileCase(TestReports.valid());
        TestReports.Csrf csrf = TestReports.openForm();
        post("inspector-wang", csrf).formParam("transition", "ACCEPT").formParam("version", "0").formParam("confirmed", "yes")
                .post("/staff/cases/" + id + "/act").then().statusCode(303)
                .header("Location", containsString("msg=done"));
        post("inspector-zhao", csrf).formParam("transition", "REJECT").formParam("reason", "重复举报")
                .formParam("ground", "DUPLICATE").formParam("toReporter", "同一事项已在办理中。")
                .formParam("version", "0").post("/staff/cases/" + id + "/act").then().statusCode(303)
                .header("Location", containsString("msg=stale"));
        TestCases.Standing accepted = TestCases.standing(em, id);
        assertEquals(CaseState.ACCEPTED, accepted.state(), "the second inspector's rejection changed nothing");
        as("inspector-zhao", "inspector").get("/staff/cases/" + id + "?msg=stale").then().statusCode(200)
                .body(containsString("刚被其他人处理过"), containsString("已受理"), containsString("id=\"act-ASSIGN\""));
    }

    @Test
    void shouldRefuseOnACodedGroundNamingTheProperChannelAndShowThemOnTheTrackingPage() {
        Map<String, String> form = TestReports.valid();
        var created = TestReports.api(form).post("/api/v1/reports").then().statusCode(201).extract().jsonPath();
        long id = TestReports.caseOf(em, created.getString("receipt"));
        TestReports.Csrf csrf = TestReports.openForm();
        as("inspector-wang", "inspector").get("/staff/cases/" + id).then().statusCode(200)
                .body(containsString("<option value=\"LEGAL_PROCEEDINGS\">应当通过诉讼、仲裁、行政复议等法定途径解决</option>"));
        post("inspector-wang", csrf).formParam("transition", "REJECT").formParam("reason", "民事纠纷，内部意见")
                .formParam("version", "0").post("/staff/cases/" + id + "/act").then().statusCode(303)
                .header("Location", containsString("msg=GROUND_REQUIRED"));
        post("inspector-wang", csrf).formParam("transition", "REJECT").formParam("reason", "民事纠纷，内部意见")
                .formParam("ground", "LEGAL_PROCEEDINGS").formParam("channel", " ")
                .formParam("version", "0").post("/staff/cases/" + id + "/act").then().statusCode(303)
                .header("Location", containsString("msg=CHANNEL_REQUIRED"));
        assertEquals(CaseState.REGISTERED, TestCases.standing(em, id).state(), "nothing stored half-way");
        post("inspector-wang", csrf).formParam("transition", "REJECT").formParam("reason", "民事纠纷，内部意见")
                .formParam("ground", "LEGAL_PROCEEDINGS").formParam("channel", "向零陵区人民法院提起诉讼")
                .formParam("toReporter", "您反映的是合同纠纷。").formParam("version", "0").formParam("confirmed", "yes")
                .post("/staff/cases/" + id + "/act").then().statusCode(303)
                .header("Location", containsString("msg=done"));
        given().contentType("application/x-www-form-urlencoded; charset=UTF-8").cookie("qf-csrf", csrf.cookie())
                .formParam("csrf-token", csrf.token()).formParam("receipt", created.getString("receipt"))
                .formParam("password", created.getString("password")).post("/track").then().statusCode(200)
                .body(containsString("应当通过诉讼、仲裁、行政复议等法定途径解决"), containsString("向零陵区人民法院提起诉讼"),
                        containsString("您反映的是合同纠纷。"), not(containsString("内部意见")));
    }

    @Test
    void shouldRecordACallThatToldTheReporterAndMeetTheLimit() {
        long id = fileCase(TestReports.valid());
        TestReports.Csrf csrf = TestReports.openForm();
        post("inspector-wang", csrf).formParam("transition", "ACCEPT").formParam("version", "0").formParam("confirmed", "yes")
                .post("/staff/cases/" + id + "/act").then().statusCode(303);
        post("inspector-wang", csrf).formParam("stage", "ACCEPTANCE_NOTICE").formParam("method", "CALL")
                .formParam("at", "2026-11-25T10:00").formParam("said", "")
                .post("/staff/cases/" + id + "/told").then().statusCode(303)
                .header("Location", containsString("msg=toldSAID_REQUIRED"));
        post("inspector-wang", csrf).formParam("stage", "ACCEPTANCE_NOTICE").formParam("method", "CALL")
                .formParam("at", "2026-11-25T10:00").formParam("said", "电话告知已受理，将限期核查")
                .formParam("response", "举报人表示知悉")
                .post("/staff/cases/" + id + "/told").then().statusCode(303)
                .header("Location", containsString("msg=told"));
        as("inspector-wang", "inspector").get("/staff/cases/" + id).then().statusCode(200)
                .body(containsString("受理情况已电话告知"), containsString("举报人表示知悉"),
                        not(containsString("<option value=\"ACCEPTANCE_NOTICE\">")));
    }

    @Test
    void shouldAssignWhereRoutingProposesAndNeverToTheAccusedsOwnUnit() {
        long id = fileCase(TestReports.valid()); // petty corruption at 零陵区政务服务中心
        TestReports.Csrf csrf = TestReports.openForm();
        post("inspector-wang", csrf).formParam("transition", "ACCEPT").formParam("version", "0").formParam("confirmed", "yes")
                .post("/staff/cases/" + id + "/act").then().statusCode(303);
        as("inspector-wang", "inspector").get("/staff/cases/" + id).then().statusCode(200)
                .body(containsString("id=\"route-explanation\""), containsString("<option value=\"LL-JW\" selected>"));
        post("inspector-wang", csrf).formParam("unit", "LL-ZWFW").formParam("reason", "就近办理")
                .formParam("version", "1").post("/staff/cases/" + id + "/assign").then().statusCode(303)
                .header("Location", containsString("msg=conflictOWN_UNIT"));
        post("inspector-wang", csrf).formParam("unit", "CITY-JW").formParam("version", "1")
                .post("/staff/cases/" + id + "/assign").then().statusCode(303)
                .header("Location", containsString("msg=overrideReason"));
        post("inspector-wang", csrf).formParam("unit", "LL-JW").formParam("version", "1")
                .post("/staff/cases/" + id + "/assign").then().statusCode(303)
                .header("Location", containsString("msg=briefMissing"));
        TestCases.approveBrief(id);
        post("inspector-wang", csrf).formParam("unit", "LL-JW").formParam("version", "1")
                .post("/staff/cases/" + id + "/assign").then().statusCode(303)
                .header("Location", containsString("msg=done"));
        as("inspector-wang", "inspector").get("/staff/cases/" + id).then().statusCode(200)
                .body(containsString("id=\"assigned-unit\">零陵区纪委监委"), containsString("已交办"));
    }

    @Test
    void shouldRefuseAnActionWithoutCsrfToken() {
        long id = fileCase(TestReports.valid());
        TestCases.Standing before = TestCases.standing(em, id);
        as("inspector-wang", "inspector").contentType("application/x-www-form-urlencoded")
                .formParam("transition", "ACCEPT").formParam("version", "0").formParam("confirmed", "yes")
                .post("/staff/cases/" + id + "/act").then().statusCode(400);
        assertEquals(before, TestCases.standing(em, id), "the case stayed as it was");
        assertEquals(CaseState.REGISTERED, before.state());
    }

    @Test
    void shouldPageTheWholeQueueByDueDateWithoutRepeatsOrGaps() {
        for (int i = 0; i < 3; i++) {
            fileCase(TestReports.valid());
        }
        List<Long> seen = new ArrayList<>();
        List<LocalDate> dues = new ArrayList<>();
        // every page and the count from one snapshot: the outbox worker keeps delivering earlier tests' notices,
        // and a delivered notice of acceptance closes a limit, moving that case's next due day between two pages
        long total = QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("set transaction isolation level repeatable read").executeUpdate();
            String after = null;
            for (int page = 0; page < 1000; page++) {
                CaseDesk.QueuePage p = desk.queue(QueueFilter.ALL, after);
                p.rows().forEach(r -> {
                    seen.add(r.caseId());
                    dues.add(r.nextDue() == null ? LocalDate.of(9999, 12, 31) : r.nextDue());
                });
                after = p.next();
                if (after == null) {
                    break;
                }
            }
            // a merged repeat (并案) is kept on file with the case it went into: not a row of the queue
            return ((Number) em.createNativeQuery("select count(*) from case_file where state <> 'MERGED'")
                    .getSingleResult()).longValue();
        });
        assertEquals(total, seen.size(), "every case once");
        assertEquals(seen.size(), new HashSet<>(seen).size(), "no case twice");
        for (int i = 1; i < dues.size(); i++) {
            assertTrue(!dues.get(i).isBefore(dues.get(i - 1)), "sorted by the next limit");
        }
        CaseDesk.QueuePage registered = desk.queue(QueueFilter.of("REGISTERED", null, null, null, false, null), null);
        assertTrue(registered.rows().stream().allMatch(r -> r.state() == CaseState.REGISTERED));
    }

    @Test
    void shouldNarrowTheQueueByCategoryCountyChannelAndNearLimits() {
        Map<String, String> letter = TestReports.valid();
        letter.put("channel", "LETTER");
        long lingling = fileCase(letter); // petty corruption at 零陵区政务服务中心, by letter
        Map<String, String> city = TestReports.valid();
        city.put("unit", "CITY-GA");
        city.remove("window");
        city.put("category", "ARROGANT_SERVICE");
        city.put("subcategory", "HARD_FACE");
        long cityCase = fileCase(city);
        List<Long> linglingLetters = ids(QueueFilter.of(null, "PETTY_CORRUPTION", "LL", "LETTER", false, "10"));
        assertTrue(linglingLetters.contains(lingling));
        assertTrue(!linglingLetters.contains(cityCase));
        assertTrue(!ids(QueueFilter.of(null, "ARROGANT_SERVICE", null, null, false, null)).contains(lingling));
        assertTrue(!ids(QueueFilter.of(null, null, "LL", null, false, null)).contains(cityCase));
        assertTrue(ids(QueueFilter.of(null, null, null, "LETTER", false, null)).contains(lingling));
        assertTrue(!ids(QueueFilter.of(null, null, null, "VISIT", false, null)).contains(lingling));
        // registered today: accepting is due in five working days, not within one
        assertTrue(!ids(QueueFilter.of(null, null, null, null, false, "1")).contains(lingling));
        as("inspector-wang", "inspector").get("/staff/cases?area=LL&category=PETTY_CORRUPTION&channel=LETTER")
                .then().statusCode(200).body(containsString("href=\"/staff/cases/" + lingling + "\""),
                        containsString("<option value=\"LL\" selected>"));
    }

    List<Long> ids(QueueFilter filter) {
        List<Long> all = new ArrayList<>();
        String after = null;
        for (int page = 0; page < 1000; page++) {
            CaseDesk.QueuePage p = desk.queue(filter, after);
            p.rows().forEach(r -> all.add(r.caseId()));
            after = p.next();
            if (after == null) {
                break;
            }
        }
        return all;
    }
}
