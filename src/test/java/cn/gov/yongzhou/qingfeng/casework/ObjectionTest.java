package cn.gov.yongzhou.qingfeng.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.yongzhou.qingfeng.followthrough.FollowThrough;
import cn.gov.yongzhou.qingfeng.support.StaffClient;
import cn.gov.yongzhou.qingfeng.support.TestCases;
import cn.gov.yongzhou.qingfeng.support.TestClock;
import cn.gov.yongzhou.qingfeng.support.TestReports;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Art. 22 of the 2020 rules: an objection is recorded and answered with an explanation; new facts or evidence are
 * verified; the window runs from the day the reporter received the result.
 */
@QuarkusTest
class ObjectionTest {

    static final Casework.Actor INSPECTOR = new Casework.Actor("inspector-he", CaseRole.INSPECTOR);
    static final Casework.Actor REPORTER = new Casework.Actor("reporter", CaseRole.REPORTER);

    @Inject
    Casework casework;

    @Inject
    Telling telling;

    @Inject
    FollowThrough followThrough;

    @Inject
    EntityManager em;

    record Filed(long caseId, String receipt) {
    }

    /** Filed on Monday 2 November 2026 and concluded on Wednesday 4 November. */
    Filed concluded() {
        TestClock.at("2026-11-02T10:00:00");
        Map<String, String> form = TestReports.valid();
        form.put("occurredDate", "2026-10-30");
        String receipt = TestReports.api(form).post("/api/v1/reports").then().statusCode(201)
                .extract().path("receipt");
        long id = TestReports.caseOf(em, receipt);
        TestClock.at("2026-11-04T10:00:00");
        TestCases.conclude(casework, em, id, "LL-JW", Conclusion.UNSUBSTANTIATED);
        return new Filed(id, receipt);
    }

    LocalDate objectionDue(long caseId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var rows = em.createNativeQuery("select due_on from case_deadline where case_id = ?1 and stage = 'OBJECTION'")
                    .setParameter(1, caseId).getResultList();
            return rows.isEmpty() ? null : rows.get(0) instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) rows.get(0);
        });
    }

    FollowThrough.Options options(Filed f) {
        return QuarkusTransaction.requiringNew().call(() -> followThrough.options(f.caseId()));
    }

    int version(long caseId) {
        return TestCases.standing(em, caseId).version();
    }

    @Test
    void shouldRunTheWindowFromTheDayTheReporterReceivedTheResult() {
        Filed f = concluded();
        assertNull(objectionDue(f.caseId()), "the result is not given yet: no window runs");
        assertTrue(options(f).canObject(), "but an objection is taken meanwhile");
        assertNull(options(f).objectionUntil());

        // the result given by a call on Tuesday 10 November (recorded the next day): 30 calendar days from then
        TestClock.at("2026-11-11T09:00:00");
        assertNull(telling.recordByStaff(f.caseId(), DeadlineStage.RESULT_NOTICE, ReporterNotice.Method.CALL,
                OffsetDateTime.parse("2026-11-10T15:00:00+08:00"), "告知核查结果：不属实", null, "inspector-he"));
        assertEquals(LocalDate.of(2026, 12, 10), objectionDue(f.caseId()));
        assertEquals(LocalDate.of(2026, 12, 10), options(f).objectionUntil());

        TestClock.at("2026-12-11T09:00:00");
        assertFalse(options(f).canObject(), "day 31 after receipt: closed");
    }

    @Test
    void shouldVerifyNewFactsBeforeTheReviewMayKeepTheConclusion() {
        Filed f = concluded();
        TestClock.at("2026-11-05T10:00:00");
        assertTrue(followThrough.object(f.caseId(), "当天还有另一位办事群众在场，可以作证。", true).isEmpty());
        assertEquals(true, QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select new_facts from case_event where case_id = ?1 and action = 'OBJECTED'").setParameter(1, f.caseId())
                .getSingleResult()));

        Casework.Outcome upheld = casework.perform(f.caseId(), Transition.UPHOLD, INSPECTOR, "维持", null,
                "经复核，维持原结论。", version(f.caseId()));
        assertEquals(Transition.Refusal.NEW_FACTS_TO_VERIFY, ((Casework.Refused) upheld).refusal());
        StaffClient.inspector("inspector-he").get("/staff/cases/" + f.caseId()).then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("附有新的事实或证据"),
                        org.hamcrest.Matchers.containsString("id=\"form-REOPEN\""));

        Casework.Outcome reopened = casework.perform(f.caseId(), Transition.REOPEN, INSPECTOR, "新证人需核实", version(f.caseId()));
        assertEquals(CaseState.ACCEPTED, reopened.state());
        assertInstanceOf(Casework.Done.class,
                casework.perform(f.caseId(), Transition.INQUIRE, INSPECTOR, null, reopened.version()));
    }

    @Test
    void shouldAnswerAnObjectionWithAnExplanationAndTakeOnlyOne() {
        Filed f = concluded();
        TestClock.at("2026-11-05T10:00:00");
        assertTrue(followThrough.object(f.caseId(), "我认为核查不全面。").isEmpty());
        // the desk asks for the answer to the reporter
        StaffClient.form(StaffClient.inspector("inspector-he"), Map.of("transition", "UPHOLD", "reason", "核查充分",
                "version", String.valueOf(version(f.caseId())))).post("/staff/cases/" + f.caseId() + "/act").then()
                .statusCode(303).header("Location", org.hamcrest.Matchers.endsWith("msg=reporterTextRequired"));
        StaffClient.form(StaffClient.inspector("inspector-he"), Map.of("transition", "UPHOLD", "reason", "核查充分",
                "toReporter", "经复核，原核查已调取录像并询问当事人，结论不变。", "confirmed", "yes",
                "version", String.valueOf(version(f.caseId())))).post("/staff/cases/" + f.caseId() + "/act").then()
                .statusCode(303).header("Location", org.hamcrest.Matchers.endsWith("msg=done"));
        assertEquals(CaseState.CONCLUDED, TestCases.standing(em, f.caseId()).state());

        // the answer given: no second window
        TestClock.at("2026-11-05T11:30:00");
        assertNull(telling.recordByStaff(f.caseId(), DeadlineStage.RESULT_NOTICE, ReporterNotice.Method.CALL,
                OffsetDateTime.parse("2026-11-05T11:00:00+08:00"), "告知复核结果", null, "inspector-he"));
        assertNull(objectionDue(f.caseId()));
        assertFalse(options(f).canObject());
        assertFalse(followThrough.object(f.caseId(), "还是不服。").isEmpty());
    }
}
