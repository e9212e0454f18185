package cn.gov.yongzhou.qingfeng.casework;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import cn.gov.yongzhou.qingfeng.support.TestReports;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Cases move only through Casework.perform, which writes the timeline and lets one of two rivals win. */
@QuarkusTest
class CaseworkTest {

    @Inject
    Casework casework;

    @Inject
    EntityManager em;

    /** 零陵区纪委监委: where petty corruption at Lingling's service center goes. */
    long disciplineBody() {
        return TestReports.unitId(em, "LL-JW");
    }

    static final Casework.Actor INSPECTOR = new Casework.Actor("inspector-wang", CaseRole.INSPECTOR);

    JsonPath file() {
        return TestReports.api(TestReports.valid()).post("/api/v1/reports").then().statusCode(201).extract().jsonPath();
    }

    long caseOf(String receipt) {
        return TestReports.caseOf(em, receipt);
    }

    long events(long caseId) {
        return ((Number) em.createNativeQuery("select count(*) from case_event where case_id = ?1")
                .setParameter(1, caseId).getSingleResult()).longValue();
    }

    @Test
    void shouldAcceptARegisteredCaseAndShowItToTheReporter() {
        JsonPath report = file();
        long id = caseOf(report.getString("receipt"));
        Casework.Outcome outcome = casework.perform(id, Transition.ACCEPT, INSPECTOR, null, 0);
        assertInstanceOf(Casework.Done.class, outcome);
        assertEquals(CaseState.ACCEPTED, outcome.state());
        given().header("X-Query-Password", report.getString("password"))
                .get("/api/v1/reports/" + report.getString("receipt")).then().statusCode(200)
                .body(containsString("\"status\":\"ACCEPTED\""), containsString("已受理"));
    }

    @Test
    void shouldRefuseAndChangeNothingWhenTheRoleOrStateIsWrong() {
        long id = caseOf(file().getString("receipt"));
        long before = events(id);
        Casework.Outcome byHandler = casework.perform(id, Transition.ACCEPT,
                new Casework.Actor("handler-li", CaseRole.HANDLER), null, 0);
        assertEquals(Transition.Refusal.WRONG_ROLE, ((Casework.Refused) byHandler).refusal());
        Casework.Outcome tooEarly = casework.perform(id, Transition.APPROVE, INSPECTOR, null, 0);
        assertEquals(Transition.Refusal.WRONG_STATE, ((Casework.Refused) tooEarly).refusal());
        Casework.Outcome noGrounds = casework.perform(id, Transition.REJECT, INSPECTOR, " ", 0);
        assertEquals(Transition.Refusal.REASON_REQUIRED, ((Casework.Refused) noGrounds).refusal());
        assertEquals(before, events(id));
        assertEquals(CaseState.REGISTERED, noGrounds.state());
    }

    Object[] conclusionOf(long caseId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "select k.case_id, f.state, f.conclusion from case_conclusion k join case_fact f on f.case_id = k.case_id "
                        + "where k.case_id = ?1")
                .setParameter(1, caseId).getResultList();
        return rows.isEmpty() ? null : rows.get(0);
    }

    @Test
    void shouldConcludeAnInquiryWithItsConclusionAndCountItOnce() {
        JsonPath report = file();
        long id = caseOf(report.getString("receipt"));
        int v = casework.perform(id, Transition.ACCEPT, INSPECTOR, null, 0).version();
        Casework.Outcome inquiring = casework.perform(id, Transition.INQUIRE, INSPECTOR, null, v);
        assertEquals(CaseState.INQUIRING, inquiring.state());
        assertEquals(1L, ((Number) em.createNativeQuery("select count(*) from case_deadline where case_id = ?1 "
                + "and stage = 'INVESTIGATION' and closed_at is null").setParameter(1, id).getSingleResult()).longValue(),
                "an inquiry runs against a limit");
        Casework.Outcome done = casework.perform(id, Transition.CONCLUDE_INQUIRY, INSPECTOR,
                "被反映人作出说明，经核对窗口记录，基本属实。", Conclusion.PARTLY_SUBSTANTIATED, null, inquiring.version());
        assertEquals(CaseState.CONCLUDED, done.state());
        Object[] row = conclusionOf(id);
        assertEquals("PARTLY_SUBSTANTIATED", row[2]);
        given().header("X-Query-Password", report.getString("password"))
                .get("/api/v1/reports/" + report.getString("receipt")).then().statusCode(200)
                .body(containsString("\"status\":\"CONCLUDED\""), containsString("谈话函询"));
    }

    @Test
    void shouldHoldAClueOnFileAndLaterDismissItWithoutAConclusion() {
        JsonPath report = file();
        long id = caseOf(report.getString("receipt"));
        int v = casework.perform(id, Transition.ACCEPT, INSPECTOR, null, 0).version();
        Casework.Outcome held = casework.perform(id, Transition.HOLD, INSPECTOR, "当事窗口已撤并，暂不具备核查条件。", v);
        assertEquals(CaseState.HELD, held.state());
        org.junit.jupiter.api.Assertions.assertNull(conclusionOf(id), "a clue on file is not concluded");
        Casework.Outcome dismissed = casework.perform(id, Transition.DISMISS, INSPECTOR, "反映内容笼统，无可查线索。",
                null, "您反映的问题缺少具体时间和经办人，无法核查，予以了结。", held.version());
        assertEquals(CaseState.CONCLUDED, dismissed.state());
        Object[] row = conclusionOf(id);
        assertEquals("CONCLUDED", row[1]);
        org.junit.jupiter.api.Assertions.assertNull(row[2], "予以了结 finds nothing true or false");
        given().header("X-Query-Password", report.getString("password"))
                .get("/api/v1/reports/" + report.getString("receipt")).then().statusCode(200)
                .body(containsString("\"action\":\"DISMISSED\""), containsString("予以了结"));
    }

    @Test
    void shouldReferFindingsThatCallForInvestigationAndEndHandlingHere() {
        JsonPath report = file();
        long id = caseOf(report.getString("receipt"));
        Casework.Actor handler = new Casework.Actor("handler-li", CaseRole.HANDLER);
        int v = casework.perform(id, Transition.ACCEPT, INSPECTOR, null, 0).version();
        v = casework.assign(id, disciplineBody(), INSPECTOR, null, v).version();
        v = casework.perform(id, Transition.SIGN_FOR, handler, null, v).version();
        v = casework.submitFindings(id, handler, "涉嫌索取财物，数额较大。", Conclusion.SUBSTANTIATED, List.of(), v).version();
        Casework.Outcome referred = casework.perform(id, Transition.REFER, INSPECTOR, "涉嫌违纪违法，需立案审查调查。", v);
        assertEquals(CaseState.REFERRED, referred.state());
        assertEquals(0L, ((Number) em.createNativeQuery("select count(*) from case_deadline where case_id = ?1 "
                + "and stage in ('INVESTIGATION', 'REVIEW') and closed_at is null").setParameter(1, id)
                .getSingleResult()).longValue());
        assertEquals(List.of(), Transition.available(CaseState.REFERRED, CaseRole.INSPECTOR), "final here");
    }

    java.util.Map<String, Boolean> limits(long caseId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select stage, closed_at is null from case_deadline where case_id = ?1")
                .setParameter(1, caseId).getResultList();
        java.util.Map<String, Boolean> open = new java.util.TreeMap<>();
        rows.forEach(r -> open.merge((String) r[0], (Boolean) r[1], Boolean::logicalOr));
        return open;
    }

    @Test
    void shouldHaveTheReceivingBodySignForAnAssignmentWithinItsLimitWhileATransferStartsNothing() {
        long assigned = caseOf(file().getString("receipt"));
        int v = casework.perform(assigned, Transition.ACCEPT, INSPECTOR, null, 0).version();
        v = casework.assign(assigned, disciplineBody(), INSPECTOR, null, v).version();
        assertEquals(true, limits(assigned).get("UNIT_ACCEPTANCE"), "交办: the unit must sign for it");
        assertEquals(true, limits(assigned).get("INVESTIGATION"), "交办: and report back by a date");
        casework.perform(assigned, Transition.SIGN_FOR, new Casework.Actor("handler-li", CaseRole.HANDLER), null, v);
        assertEquals(false, limits(assigned).get("UNIT_ACCEPTANCE"), "signed for: that limit is met");

        long transferred = caseOf(file().getString("receipt"));
        casework.perform(transferred, Transition.TRANSFER, INSPECTOR, "属市场监管部门职责", null, "已转市场监督管理局办理。", 0);
        assertEquals(java.util.Map.of("ACCEPTANCE", false, "ACCEPTANCE_NOTICE", true), limits(transferred),
                "转办 hands the case over: nothing of ours runs on but telling the reporter");
    }

    @Test
    void shouldKeepInternalStepsOffTheReportersTimeline() {
        JsonPath report = file();
        long id = caseOf(report.getString("receipt"));
        Casework.Actor handler = new Casework.Actor("handler-li", CaseRole.HANDLER);
        int v = casework.perform(id, Transition.ACCEPT, INSPECTOR, null, 0).version();
        v = casework.assign(id, disciplineBody(), INSPECTOR, null, v).version();
        v = casework.perform(id, Transition.SIGN_FOR, handler, null, v).version();
        v = casework.submitFindings(id, handler, "经核查，基本属实。", Conclusion.SUBSTANTIATED, List.of(), v).version();
        Casework.Outcome back = casework.perform(id, Transition.SEND_BACK, INSPECTOR, "缺少谈话笔录，请补充。", v);
        assertEquals(CaseState.SIGNED_FOR, back.state());
        given().header("X-Query-Password", report.getString("password"))
                .get("/api/v1/reports/" + report.getString("receipt")).then().statusCode(200)
                .body(containsString("FINDINGS_SUBMITTED"), not(containsString("SENT_BACK")),
                        not(containsString("缺少谈话笔录")));
    }

    @Test
    void shouldLetOnlyOneOfTwoInspectorsActingAtOnceSucceed() throws Exception {
        long id = caseOf(file().getString("receipt"));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Casework.Outcome>> results = new ArrayList<>();
        Transition[] rivals = { Transition.ACCEPT, Transition.TRANSFER };
        for (Transition t : rivals) {
            Callable<Casework.Outcome> call = () -> {
                start.await();
                return casework.perform(id, t, INSPECTOR, "理由", 0);
            };
            results.add(pool.submit(call));
        }
        start.countDown();
        List<Casework.Outcome> outcomes = new ArrayList<>();
        for (Future<Casework.Outcome> r : results) {
            outcomes.add(r.get());
        }
        pool.shutdown();
        long done = outcomes.stream().filter(o -> o instanceof Casework.Done).count();
        long stale = outcomes.stream().filter(o -> o instanceof Casework.Stale).count();
        assertEquals(1, done, outcomes.toString());
        assertEquals(1, stale, outcomes.toString());
        Casework.Outcome winner = outcomes.stream().filter(o -> o instanceof Casework.Done).findFirst().orElseThrow();
        Casework.Outcome loser = outcomes.stream().filter(o -> o instanceof Casework.Stale).findFirst().orElseThrow();
        assertEquals(winner.state(), loser.state(), "the loser is told the state the winner left");
        assertEquals(2, events(id), "registered, and the winner's step");
    }

    @Test
    void shouldTellAnActorWhoSawAnOldVersionWhatHappenedMeanwhile() {
        long id = caseOf(file().getString("receipt"));
        casework.perform(id, Transition.ACCEPT, INSPECTOR, null, 0);
        Casework.Outcome late = casework.perform(id, Transition.REJECT, INSPECTOR, "重复举报", 0);
        assertInstanceOf(Casework.Stale.class, late);
        assertEquals(CaseState.ACCEPTED, late.state());
    }
}
