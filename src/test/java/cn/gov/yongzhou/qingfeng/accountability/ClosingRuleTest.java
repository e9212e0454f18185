package cn.gov.yongzhou.qingfeng.accountability;

import static cn.gov.yongzhou.qingfeng.support.TestClock.at;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.gov.yongzhou.qingfeng.casework.CaseState;
import cn.gov.yongzhou.qingfeng.casework.Casework;
import cn.gov.yongzhou.qingfeng.casework.Conclusion;
import cn.gov.yongzhou.qingfeng.casework.Transition;
import cn.gov.yongzhou.qingfeng.shared.web.FieldErrors;
import cn.gov.yongzhou.qingfeng.support.TestCases;
import cn.gov.yongzhou.qingfeng.support.TestReports;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 一律严肃处理: what a found case needs before it may be closed (结案), as a table. */
@QuarkusTest
class ClosingRuleTest {

    @Inject
    Casework casework;

    @Inject
    Accountability accountability;

    @Inject
    EntityManager em;

    /** What the inspectors recorded before trying to close. */
    enum Recorded {
        NOTHING,
        DISPOSITION_OF_NAMED,
        DISPOSITION_OF_ANOTHER_ONLY,
        BOTH_DISPOSED,
        WAIVER_OF_NAMED_PENDING,
        WAIVER_OF_NAMED_APPROVED,
        UNKNOWN_PERSON_PENDING,
        UNKNOWN_PERSON_APPROVED
    }

    @ParameterizedTest(name = "{0}, badge named: {1}, {2} → {3}")
    @CsvSource({
            // an unsubstantiated case has nobody to deal with
            "UNSUBSTANTIATED,      true,  NOTHING,                     CLOSED",
            "SUBSTANTIATED,        true,  NOTHING,                     DISPOSITION_MISSING",
            "PARTLY_SUBSTANTIATED, true,  NOTHING,                     DISPOSITION_MISSING",
            "SUBSTANTIATED,        true,  DISPOSITION_OF_NAMED,        CLOSED",
            "PARTLY_SUBSTANTIATED, true,  DISPOSITION_OF_NAMED,        CLOSED",
            // the report named LL0301: someone else's disposition does not cover them
            "SUBSTANTIATED,        true,  DISPOSITION_OF_ANOTHER_ONLY, DISPOSITION_MISSING",
            "SUBSTANTIATED,        true,  BOTH_DISPOSED,               CLOSED",
            // a reason why none counts once a second inspector approved it
            "SUBSTANTIATED,        true,  WAIVER_OF_NAMED_PENDING,     DISPOSITION_MISSING",
            "SUBSTANTIATED,        true,  WAIVER_OF_NAMED_APPROVED,    CLOSED",
            // nobody named: a disposition of whoever was found, or the approved finding that nobody could be
            "SUBSTANTIATED,        false, NOTHING,                     DISPOSITION_MISSING",
            "SUBSTANTIATED,        false, DISPOSITION_OF_ANOTHER_ONLY, CLOSED",
            "SUBSTANTIATED,        false, UNKNOWN_PERSON_PENDING,      DISPOSITION_MISSING",
            "PARTLY_SUBSTANTIATED, false, UNKNOWN_PERSON_APPROVED,     CLOSED",
            // an unknown person does not stand in for the person the report names
            "SUBSTANTIATED,        true,  UNKNOWN_PERSON_APPROVED,     DISPOSITION_MISSING",
    })
    void shouldCloseAFoundCaseOnlyWhenItsPeopleWereDealtWith(Conclusion conclusion, boolean named, Recorded recorded,
            String expected) {
        at("2026-05-11T10:00:00");
        Map<String, String> form = TestReports.valid();
        if (!named) {
            form.remove("accusedBadge");
        }
        form.put("occurredDate", "2026-05-08");
        String receipt = TestReports.api(form).post("/api/v1/reports").then().statusCode(201).extract().path("receipt");
        long id = TestReports.caseOf(em, receipt);
        int version = TestCases.conclude(casework, em, id, "LL-JW", conclusion);
        LocalDate today = LocalDate.parse("2026-05-11");
        long namedStaff = staff("LL0301");
        long other = staff("LL0302");
        switch (recorded) {
            case NOTHING -> {
            }
            case DISPOSITION_OF_NAMED ->
                ok(accountability.dispose(id, namedStaff, DispositionKind.WARNING, today, null, "insp-a"));
            case DISPOSITION_OF_ANOTHER_ONLY ->
                ok(accountability.dispose(id, other, DispositionKind.TALK_REMINDER, today, null, "insp-a"));
            case BOTH_DISPOSED -> {
                ok(accountability.dispose(id, namedStaff, DispositionKind.CRITICISM_EDUCATION, today, null, "insp-a"));
                ok(accountability.dispose(id, other, DispositionKind.TALK_REMINDER, today, null, "insp-a"));
            }
            case WAIVER_OF_NAMED_PENDING ->
                ok(accountability.proposeWaiver(id, namedStaff, WaiverReason.LEFT_SERVICE, "已于4月辞职", "insp-a"));
            case WAIVER_OF_NAMED_APPROVED -> {
                ok(accountability.proposeWaiver(id, namedStaff, WaiverReason.LEFT_SERVICE, "已于4月辞职", "insp-a"));
                ok(accountability.approveWaiver(id, waivers(id).get(0), "insp-b"));
            }
            case UNKNOWN_PERSON_PENDING ->
                ok(accountability.proposeWaiver(id, null, WaiverReason.PERSON_UNKNOWN, "无录像", "insp-a"));
            case UNKNOWN_PERSON_APPROVED -> {
                ok(accountability.proposeWaiver(id, null, WaiverReason.PERSON_UNKNOWN, "无录像", "insp-a"));
                ok(accountability.approveWaiver(id, waivers(id).get(0), "insp-b"));
            }
        }
        Casework.Outcome outcome = casework.perform(id, Transition.CLOSE, TestCases.INSPECTOR, null, version);
        String got = outcome instanceof Casework.Refused r ? r.refusal().name() : outcome.state().name();
        assertEquals(expected, got);
        assertEquals(expected.equals("CLOSED") ? CaseState.CLOSED : CaseState.CONCLUDED,
                TestCases.standing(em, id).state(), "a refused close leaves the case concluded");
    }

    @Test
    void shouldNotLetAnInspectorApproveTheirOwnReasonForNoDisposition() {
        at("2026-05-12T10:00:00");
        Map<String, String> form = TestReports.valid();
        form.put("occurredDate", "2026-05-08");
        String receipt = TestReports.api(form).post("/api/v1/reports").then().statusCode(201).extract().path("receipt");
        long id = TestReports.caseOf(em, receipt);
        TestCases.conclude(casework, em, id, "LL-JW", Conclusion.SUBSTANTIATED);
        ok(accountability.proposeWaiver(id, staff("LL0301"), WaiverReason.DECEASED, "已病故", "insp-a"));
        FieldErrors own = accountability.approveWaiver(id, waivers(id).get(0), "insp-a");
        assertEquals(List.of("acc.error.ownWaiver"), own.all().stream().map(FieldErrors.Error::key).toList());
        FieldErrors blank = accountability.proposeWaiver(id, null, null, "  ", "insp-a");
        assertEquals(List.of("reason", "waiverNote"), blank.all().stream().map(FieldErrors.Error::field).toList());
        FieldErrors again = accountability.proposeWaiver(id, staff("LL0301"), WaiverReason.OTHER, "再次", "insp-c");
        assertEquals(List.of("acc.error.waiverDuplicate"), again.all().stream().map(FieldErrors.Error::key).toList());
    }

    private static void ok(FieldErrors errors) {
        assertEquals(List.of(), errors.all().stream().map(FieldErrors.Error::key).toList());
    }

    @Transactional
    long staff(String badge) {
        return ((Number) em.createNativeQuery("select id from staff where badge_no = ?1").setParameter(1, badge)
                .getSingleResult()).longValue();
    }

    @Transactional
    List<Long> waivers(long caseId) {
        return em.createNativeQuery("select id from disposition_waiver where case_id = ?1 order by id", Long.class)
                .setParameter(1, caseId).getResultList();
    }
}
