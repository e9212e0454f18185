package cn.gov.yongzhou.qingfeng.casework;

import static cn.gov.yongzhou.qingfeng.support.TestClock.at;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.gov.yongzhou.qingfeng.support.TestReports;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The sweep around one case received Thu 2026-02-12, whose acceptance limit is Thu 02-26 (across the Spring
 * Festival): reminded two working days before, escalated the day after, recorded five working days later.
 */
@QuarkusTest
class ChasingTest {

    @Inject
    Chasing chasing;

    @Inject
    EntityManager em;

    long fileCase() {
        at("2026-02-12T10:00:00");
        java.util.Map<String, String> form = TestReports.valid();
        form.put("occurredDate", "2026-02-11");
        String receipt = TestReports.api(form).post("/api/v1/reports").then().statusCode(201).extract().path("receipt");
        return TestReports.caseOf(em, receipt);
    }

    long events(long caseId, CaseAction action) {
        return ((Number) em.createNativeQuery("select count(*) from case_event where case_id = ?1 and action = ?2")
                .setParameter(1, caseId).setParameter(2, action.name()).getSingleResult()).longValue();
    }

    @Test
    void shouldRemindEscalateAndRecordEachDeadlineOnce() {
        long id = fileCase();
        at("2026-02-23T09:00:00"); // last day of the festival: 02-26 is three working days away
        chasing.sweep();
        assertEquals(0, events(id, CaseAction.REMINDED));
        at("2026-02-24T09:00:00"); // 02-26 is two working days away
        chasing.sweep();
        chasing.sweep();
        assertEquals(1, events(id, CaseAction.REMINDED), "reminded once, however often the sweep runs");
        at("2026-02-26T17:00:00"); // due today: not yet overdue
        chasing.sweep();
        assertEquals(0, events(id, CaseAction.ESCALATED));
        at("2026-02-27T09:00:00");
        chasing.sweep();
        assertEquals(1, events(id, CaseAction.ESCALATED));
        // five working days after 02-26: 02-27, make-up Sat 02-28, 03-02, 03-03, 03-04
        at("2026-03-04T09:00:00");
        chasing.sweep();
        assertEquals(0, events(id, CaseAction.RECORDED_OVERDUE));
        at("2026-03-05T09:00:00");
        chasing.sweep();
        chasing.sweep();
        assertEquals(1, events(id, CaseAction.RECORDED_OVERDUE));
        assertEquals(1, events(id, CaseAction.ESCALATED));
    }

    @Test
    void shouldEscalateOnceWhenTwoInstancesSweepAtTheSameTime() throws Exception {
        long id = fileCase();
        at("2026-02-27T09:00:00");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Future<Chasing.Sweep> a = pool.submit(() -> {
            start.await();
            return chasing.sweep();
        });
        Future<Chasing.Sweep> b = pool.submit(() -> {
            start.await();
            return chasing.sweep();
        });
        start.countDown();
        a.get();
        b.get();
        pool.shutdown();
        assertEquals(1, events(id, CaseAction.ESCALATED));
    }
}
