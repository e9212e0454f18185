package cn.gov.yongzhou.qingfeng.followthrough;

import static cn.gov.yongzhou.qingfeng.support.TestClock.at;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.yongzhou.qingfeng.casework.CaseRole;
import cn.gov.yongzhou.qingfeng.casework.Casework;
import cn.gov.yongzhou.qingfeng.casework.Conclusion;
import cn.gov.yongzhou.qingfeng.casework.FollowUp;
import cn.gov.yongzhou.qingfeng.casework.FollowUps;
import cn.gov.yongzhou.qingfeng.casework.Transition;
import cn.gov.yongzhou.qingfeng.support.StaffClient;
import cn.gov.yongzhou.qingfeng.support.TestReports;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * 好差评 follow-up: a bad rating opens a visit (5 working days) and a rectification (15) that run as limits of the
 * discipline body; a rating appealed as mistaken or malicious and upheld by a second inspector does not count.
 */
@QuarkusTest
class BadRatingFollowUpTest {

    static final Casework.Actor INSPECTOR = new Casework.Actor("inspector-hp", CaseRole.INSPECTOR);
    static final Casework.Actor HANDLER = new Casework.Actor("handler-hp", CaseRole.HANDLER);

    @Inject
    Casework casework;

    @Inject
    FollowThrough followThrough;

    @Inject
    FollowUps followUps;

    @Inject
    EntityManager em;

    record Rated(long caseId, long task) {
    }

    /** Concluded on Wednesday 2026-03-18, rated very dissatisfied on Friday 2026-03-20. */
    Rated ratedBadly() {
        at("2026-03-02T10:00:00");
        Map<String, String> form = TestReports.valid();
        form.put("occurredDate", "2026-03-01");
        String receipt = TestReports.api(form).post("/api/v1/reports").then().statusCode(201).extract().path("receipt");
        long id = TestReports.caseOf(em, receipt);
        int v = casework.perform(id, Transition.ACCEPT, INSPECTOR, null, 0).version();
        v = casework.assign(id, TestReports.unitId(em, "LL-GA"), INSPECTOR, null, v).version();
        v = casework.perform(id, Transition.SIGN_FOR, HANDLER, null, v).version();
        v = casework.submitFindings(id, HANDLER, "核查情况", Conclusion.UNSUBSTANTIATED, List.of(), v).version();
        at("2026-03-18T10:00:00");
        casework.perform(id, Transition.APPROVE, INSPECTOR, null, Conclusion.UNSUBSTANTIATED, v);
        at("2026-03-20T10:00:00");
        assertTrue(followThrough.rate(id, SatisfactionLevel.VERY_DISSATISFIED, "没人管").isEmpty());
        long task = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select id from follow_up where case_id = ?1").setParameter(1, id).getSingleResult()).longValue());
        return new Rated(id, task);
    }

    /** The limit of a stage: due day, closed or not, the body it is charged to. */
    Object[] limit(long caseId, String stage) {
        return QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery("""
                select l.due_on, l.closed_at, u.code, l.counted from case_limit l join unit u on u.id = l.charged_unit_id
                where l.case_id = ?1 and l.stage = ?2""").setParameter(1, caseId).setParameter(2, stage)
                .getSingleResult());
    }

    long counted(long caseId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from case_rating where case_id = ?1").setParameter(1, caseId).getSingleResult())
                .longValue());
    }

    static LocalDate date(Object o) {
        return o instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) o;
    }

    @Test
    void shouldRunAVisitAndARectificationLimitForTheDisciplineBody() {
        Rated r = ratedBadly();
        Object[] visit = limit(r.caseId(), "RATING_VISIT");
        assertEquals(LocalDate.of(2026, 3, 27), date(visit[0]), "5 working days from Monday 03-23");
        assertNull(visit[1]);
        assertEquals("LL-JW", visit[2], "the body that handled the case, not the handling unit LL-GA or the accused");
        assertEquals(true, visit[3], "counted, chased and escalated like every limit");
        Object[] fix = limit(r.caseId(), "RATING_RECTIFICATION");
        assertEquals(LocalDate.of(2026, 4, 13), date(fix[0]), "15 working days, 清明 (Monday 04-06) left out");

        at("2026-03-26T10:00:00");
        assertEquals(FollowUps.Result.DONE, followUps.complete(r.task(), "inspector-hp", "已电话回访"));
        assertNotNull(limit(r.caseId(), "RATING_VISIT")[1], "the visit closes its limit");
        assertEquals(FollowUps.Result.NOTE_REQUIRED, followUps.rectified(r.task(), "inspector-hp", " "));
        at("2026-04-14T10:00:00");
        assertEquals(FollowUps.Result.DONE, followUps.rectified(r.task(), "inspector-hp", "已约谈窗口负责人并整改"));
        Object[] late = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                "select met, closed_on from case_limit where case_id = ?1 and stage = 'RATING_RECTIFICATION'")
                .setParameter(1, r.caseId()).getSingleResult());
        assertEquals(false, late[0], "rectified a day late: a missed limit of LL-JW");
        assertEquals(1, counted(r.caseId()), "the rating counts");

        String page = StaffClient.inspector("inspector-hp").get("/staff/follow-ups").then().statusCode(200)
                .extract().asString();
        assertTrue(page.contains("id=\"followup-done-" + r.task() + "\""), "visited and rectified: done");
    }

    @Test
    void shouldLeaveOutARatingWhoseAppealASecondInspectorUpheld() {
        Rated r = ratedBadly();
        assertEquals(1, counted(r.caseId()));
        at("2026-03-23T10:00:00");
        assertEquals(FollowUps.Result.KIND_REQUIRED, followUps.appeal(r.task(), null, "理由", "inspector-hp"));
        assertEquals(FollowUps.Result.DONE, followUps.appeal(r.task(), FollowUp.RatingAppeal.MALICIOUS,
                "举报人在评价中辱骂，且评价与办理无关", "inspector-hp"));
        assertEquals(FollowUps.Result.ALREADY_APPEALED,
                followUps.appeal(r.task(), FollowUp.RatingAppeal.MISTAKEN, "再次", "inspector-hp"));
        StaffClient.inspector("inspector-hp-2").get("/staff/follow-ups").then().statusCode(200)
                .body(containsString("id=\"followup-" + r.task() + "-appeal\""), containsString("恶意差评"),
                        containsString("申诉待复核"));
        assertEquals(FollowUps.Result.OWN_APPEAL, followUps.decideAppeal(r.task(), true, "成立", "inspector-hp"),
                "a second inspector decides");
        assertEquals(1, counted(r.caseId()), "counts until the appeal is upheld");

        StaffClient.form(StaffClient.inspector("inspector-hp-2")).formParam("upheld", "true")
                .formParam("reason", "评价内容与办理无关，属恶意差评").post("/staff/follow-ups/" + r.task() + "/appeal/decide")
                .then().statusCode(303).header("Location", containsString("msg=DONE"));
        assertEquals(0, counted(r.caseId()), "upheld: left out of the figures");
        assertNotNull(limit(r.caseId(), "RATING_VISIT")[1], "its limits end");
        assertNotNull(limit(r.caseId(), "RATING_RECTIFICATION")[1]);
        assertEquals(FollowUps.Result.NOT_OPEN, followUps.complete(r.task(), "inspector-hp", "回访"));
    }

    @Test
    void shouldKeepARatingWhoseAppealWasRefused() {
        Rated r = ratedBadly();
        at("2026-03-23T10:00:00");
        assertEquals(FollowUps.Result.DONE, followUps.appeal(r.task(), FollowUp.RatingAppeal.MISTAKEN, "误点", "inspector-hp"));
        assertEquals(FollowUps.Result.NOTE_REQUIRED, followUps.decideAppeal(r.task(), false, "", "inspector-hp-2"));
        assertEquals(FollowUps.Result.DONE, followUps.decideAppeal(r.task(), false, "举报人确认不满意", "inspector-hp-2"));
        assertEquals(1, counted(r.caseId()));
        assertNull(limit(r.caseId(), "RATING_VISIT")[1], "the limits run on");
    }
}
