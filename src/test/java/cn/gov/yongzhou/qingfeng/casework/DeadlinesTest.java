package cn.gov.yongzhou.qingfeng.casework;

import static cn.gov.yongzhou.qingfeng.support.TestClock.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import cn.gov.yongzhou.qingfeng.support.TestReports;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Deadlines right to the day across the 2026 Spring Festival (off 02-15..02-23, make-up Saturdays 02-14 and
 * 02-28), with a fixed clock. Expected dates counted by hand from the State Council's notice.
 */
@QuarkusTest
class DeadlinesTest {

    @Inject
    Casework casework;

    @Inject
    Deadlines deadlines;

    @Inject
    EntityManager em;

    /** 零陵区纪委监委: where petty corruption at Lingling's service center goes. */
    long disciplineBody() {
        return TestReports.unitId(em, "LL-JW");
    }

    static final Casework.Actor INSPECTOR = new Casework.Actor("inspector-wang", CaseRole.INSPECTOR);

    @BeforeEach
    void beforeTheFestival() {
        at("2026-02-12T10:00:00"); // a Thursday
    }

    long fileCase(String occurredDate) {
        Map<String, String> form = TestReports.valid();
        form.put("occurredDate", occurredDate);
        String receipt = TestReports.api(form).post("/api/v1/reports").then().statusCode(201).extract().path("receipt");
        return TestReports.caseOf(em, receipt);
    }

    @Transactional
    LocalDate due(long caseId, DeadlineStage stage) {
        return CaseDeadline.open(CaseFile.findById(caseId), stage).orElseThrow().dueOn;
    }

    @Transactional
    CaseDeadline openDeadline(long caseId, DeadlineStage stage) {
        return CaseDeadline.open(CaseFile.findById(caseId), stage).orElseThrow();
    }

    @Test
    void shouldGiveFiveWorkingDaysToAcceptAcrossTheSpringFestival() {
        long id = fileCase("2026-02-11");
        // Fri 02-13 (1), make-up Sat 02-14 (2), festival 02-15..23, Tue 02-24 (3), Wed 02-25 (4), Thu 02-26 (5)
        assertEquals(LocalDate.of(2026, 2, 26), due(id, DeadlineStage.ACCEPTANCE));
        // ... 02-27 (6), make-up Sat 02-28 (7), 03-02..06 (8-12), 03-09..11 (13-15)
        assertEquals(LocalDate.of(2026, 3, 11), due(id, DeadlineStage.ACCEPTANCE_NOTICE));
        assertEquals("2026-02-26", em.createNativeQuery(
                "select deadline_due::text from case_event where case_id = ?1 and action = 'REGISTERED'")
                .setParameter(1, id).getSingleResult(), "the timeline says which limit registration started");
    }

    @Test
    void shouldStartTheInvestigationOnAssignmentAndMeetAcceptanceOnAccept() {
        long id = fileCase("2026-02-10");
        int v = casework.perform(id, Transition.ACCEPT, INSPECTOR, null, 0).version();
        at("2026-02-13T09:00:00"); // Friday, the day before the make-up Saturday
        casework.assign(id, disciplineBody(), INSPECTOR, null, v);
        // petty corruption: 30 working days from Fri 02-13 — 02-14 (1), 02-24..27 (2-5), 02-28 (6), March:
        // 02..06 (7-11), 09..13 (12-16), 16..20 (17-21), 23..27 (22-26), 30, 31 (27, 28), April 01 (29), 02 (30)
        assertEquals(LocalDate.of(2026, 4, 2), due(id, DeadlineStage.INVESTIGATION));
        assertFalse(isOpen(id, DeadlineStage.ACCEPTANCE), "accepting met the acceptance limit");
    }

    @Test
    void shouldKeepTheLimitAStageStartedUnderWhenThePolicyChanges() {
        long before = fileCase("2026-02-10");
        int v = casework.perform(before, Transition.ACCEPT, INSPECTOR, null, 0).version();
        casework.assign(before, disciplineBody(), INSPECTOR, null, v);
        LocalDate dueBefore = due(before, DeadlineStage.INVESTIGATION);

        deadlines.changePolicy(DeadlineStage.INVESTIGATION, "PETTY_CORRUPTION", null, 10,
                DeadlinePolicy.DayKind.WORKING, 10, "test", "pilot of shorter limits");
        long after;
        try {
            after = fileCase("2026-02-10");
            int w = casework.perform(after, Transition.ACCEPT, INSPECTOR, null, 0).version();
            casework.assign(after, disciplineBody(), INSPECTOR, null, w);
        } finally {
            // back to the default for the tests that follow: a change of its own, as an admin would make it
            deadlines.changePolicy(DeadlineStage.INVESTIGATION, "PETTY_CORRUPTION", null, 30,
                    DeadlinePolicy.DayKind.WORKING, 30, "test", "pilot over");
        }
        assertEquals(dueBefore, due(before, DeadlineStage.INVESTIGATION), "the running stage keeps its limit");
        // 10 working days from Thu 02-12: 02-13 (1), 02-14 (2), 02-24..27 (3-6), 02-28 (7), 03-02..04 (8-10)
        assertEquals(LocalDate.of(2026, 3, 4), due(after, DeadlineStage.INVESTIGATION));
    }

    @Test
    void shouldMarkADeadlineInAYearWithoutANoticeProvisional() {
        at("2027-03-01T09:00:00");
        long id = fileCase("2027-02-26");
        assertEquals(true, openDeadline(id, DeadlineStage.ACCEPTANCE).provisional);
        // weekends only: Mon 03-01 + 5 → Mon 03-08
        assertEquals(LocalDate.of(2027, 3, 8), due(id, DeadlineStage.ACCEPTANCE));
    }

    @Transactional
    boolean isOpen(long caseId, DeadlineStage stage) {
        return CaseDeadline.open(CaseFile.findById(caseId), stage).isPresent();
    }
}
