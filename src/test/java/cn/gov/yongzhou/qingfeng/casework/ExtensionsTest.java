package cn.gov.yongzhou.qingfeng.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import cn.gov.yongzhou.qingfeng.support.TestClock;
import cn.gov.yongzhou.qingfeng.support.TestReports;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One extension per stage, with reasons, within the policy's limit, decided by an inspector. */
@QuarkusTest
class ExtensionsTest {

    @Inject
    Casework casework;

    @Inject
    Extensions extensions;

    @Inject
    EntityManager em;

    static final Casework.Actor INSPECTOR = new Casework.Actor("inspector-wang", CaseRole.INSPECTOR);

    @BeforeEach
    void onTheFridayBeforeTheMakeUpSaturday() {
        TestClock.at("2026-02-13T09:00:00");
    }

    /** A petty-corruption case assigned today: its verification is due 2026-04-02 (30 working days). */
    static java.util.Map<String, String> aReport() {
        java.util.Map<String, String> form = TestReports.valid();
        form.put("occurredDate", "2026-02-12");
        return form;
    }

    long assigned() {
        String receipt = TestReports.api(aReport()).post("/api/v1/reports").then().statusCode(201).extract()
                .path("receipt");
        long id = TestReports.caseOf(em, receipt);
        long unit = TestReports.unitId(em, "LL-JW");
        int v = casework.perform(id, Transition.ACCEPT, INSPECTOR, null, 0).version();
        casework.assign(id, unit, INSPECTOR, null, v);
        return id;
    }

    @Transactional
    LocalDate due(long id, DeadlineStage stage) {
        return CaseDeadline.open(CaseFile.findById(id), stage).orElseThrow().dueOn;
    }

    @Test
    void shouldExtendTheVerificationOnceWhenAnInspectorGrantsIt() {
        long id = assigned();
        assertEquals(LocalDate.of(2026, 4, 2), due(id, DeadlineStage.INVESTIGATION));
        assertEquals(Extensions.Refusal.TOO_MANY_DAYS,
                extensions.request(id, DeadlineStage.INVESTIGATION, 31, "需要调取银行流水", "handler-li"));
        assertEquals(Extensions.Refusal.REASON_REQUIRED,
                extensions.request(id, DeadlineStage.INVESTIGATION, 10, " ", "handler-li"));
        assertNull(extensions.request(id, DeadlineStage.INVESTIGATION, 10, "需要调取银行流水", "handler-li"));
        assertEquals(Extensions.Refusal.ALREADY_REQUESTED,
                extensions.request(id, DeadlineStage.INVESTIGATION, 5, "再延几天", "handler-li"));
        assertNull(extensions.decide(id, DeadlineStage.INVESTIGATION, true, null, "inspector-wang"));
        // ten working days after Thu 04-02: Fri 04-03, then 清明 04-04..06, 04-07..10, 04-13..17
        assertEquals(LocalDate.of(2026, 4, 17), due(id, DeadlineStage.INVESTIGATION));
        assertEquals(Extensions.Refusal.NOTHING_PENDING,
                extensions.decide(id, DeadlineStage.INVESTIGATION, true, null, "inspector-wang"));
        assertEquals(Extensions.Refusal.ALREADY_REQUESTED,
                extensions.request(id, DeadlineStage.INVESTIGATION, 5, "还要再延", "handler-li"), "once per stage");
    }

    @Test
    void shouldKeepTheLimitWhenTheExtensionIsRefusedAndRefuseStagesThatCannotBeExtended() {
        long id = assigned();
        assertNull(extensions.request(id, DeadlineStage.INVESTIGATION, 10, "需要调取银行流水", "handler-li"));
        assertEquals(Extensions.Refusal.REASON_REQUIRED,
                extensions.decide(id, DeadlineStage.INVESTIGATION, false, "", "inspector-wang"));
        assertNull(extensions.decide(id, DeadlineStage.INVESTIGATION, false, "材料可以先行核查", "inspector-wang"));
        assertEquals(LocalDate.of(2026, 4, 2), due(id, DeadlineStage.INVESTIGATION));
        assertEquals(Extensions.Refusal.NO_OPEN_STAGE,
                extensions.request(id, DeadlineStage.REVIEW, 3, "理由", "handler-li"));
        long registered = TestReports.caseOf(em, TestReports.api(aReport()).post("/api/v1/reports").then().statusCode(201)
                .extract().path("receipt"));
        assertEquals(Extensions.Refusal.NOT_EXTENDABLE,
                extensions.request(registered, DeadlineStage.ACCEPTANCE, 3, "人手不足", "inspector-wang"),
                "the five working days to accept are not extended");
    }
}
