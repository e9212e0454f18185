package cn.gov.yongzhou.qingfeng.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.yongzhou.qingfeng.support.StaffClient;
import cn.gov.yongzhou.qingfeng.support.TestReports;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** 并案 and 拆分 by hand: both timelines say it, the merged case's limits end, the figures count the matter once. */
@QuarkusTest
class MergeTest {

    static final Casework.Actor INSPECTOR = new Casework.Actor("inspector-wang", CaseRole.INSPECTOR);

    @Inject
    Casework casework;

    @Inject
    EntityManager em;

    long newCase() {
        String receipt = TestReports.api(TestReports.valid()).post("/api/v1/reports").then().statusCode(201)
                .extract().path("receipt");
        return TestReports.caseOf(em, receipt);
    }

    Object one(String sql, Object... params) {
        var q = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        return q.getSingleResult();
    }

    long count(String sql, Object... params) {
        return ((Number) one(sql, params)).longValue();
    }

    @SuppressWarnings("unchecked")
    List<String> actions(long caseId) {
        return em.createNativeQuery("select action from case_event where case_id = ?1 order by at, id")
                .setParameter(1, caseId).getResultList();
    }

    @Test
    void shouldMergeACaseIntoAnotherAndSplitItOffAgainWithBothTimelines() {
        long a = newCase();
        long b = newCase();
        Casework.Outcome merged = casework.merge(b, a, INSPECTOR, "同一窗口同一天同一事项，两人分别举报", 0);
        assertInstanceOf(Casework.Done.class, merged);
        assertEquals(CaseState.MERGED, merged.state());
        assertEquals(0L, count("select count(*) from case_deadline where case_id = ?1 and closed_at is null", b),
                "the merged case's own limits end");
        assertEquals(0L, count("select count(*) from case_fact where case_id = ?1", b), "counted once");
        assertTrue(actions(a).contains("REPEAT_MERGED"));
        assertEquals("MERGED", actions(b).get(actions(b).size() - 1));
        CaseFile.getEntityManager().clear();

        Casework.Outcome split = casework.perform(b, Transition.SPLIT, INSPECTOR, "核对后不是同一事项", merged.version());
        assertEquals(CaseState.REGISTERED, split.state());
        assertNull(one("select merged_into_id from case_file where id = ?1", b));
        assertEquals(2L, count("select count(*) from case_deadline where case_id = ?1 and closed_at is null "
                + "and stage in ('ACCEPTANCE', 'ACCEPTANCE_NOTICE')", b), "registered again: its limits run from today");
        assertTrue(actions(a).contains("REPEAT_SPLIT"));
        assertEquals(1L, count("select count(*) from case_fact where case_id = ?1", b));
    }

    @Test
    void shouldRefuseToMergeIntoItselfAMergedOrEndedCaseOrToChainMerges() {
        long a = newCase();
        long b = newCase();
        long c = newCase();
        assertEquals(Transition.Refusal.MERGE_TARGET,
                ((Casework.Refused) casework.merge(a, a, INSPECTOR, "理由", 0)).refusal());
        assertEquals(Transition.Refusal.REASON_REQUIRED,
                ((Casework.Refused) casework.merge(b, a, INSPECTOR, " ", 0)).refusal());
        casework.merge(b, a, INSPECTOR, "同一事项", 0);
        assertEquals(Transition.Refusal.MERGE_TARGET,
                ((Casework.Refused) casework.merge(c, b, INSPECTOR, "同一事项", 0)).refusal(), "not into a merged case");
        assertEquals(Transition.Refusal.HAS_REPEATS,
                ((Casework.Refused) casework.merge(a, c, INSPECTOR, "同一事项", 0)).refusal(),
                "a case with repeats is not merged on: they would hang off a merged case");
        long d = newCase();
        casework.reject(d, INSPECTOR, RejectionGround.DUPLICATE, null, "重复", null, 0);
        assertEquals(Transition.Refusal.MERGE_TARGET,
                ((Casework.Refused) casework.merge(c, d, INSPECTOR, "同一事项", 0)).refusal(), "not into a refused case");
        assertEquals("REGISTERED", one("select state from case_file where id = ?1", c));
    }

    @Test
    void shouldMergeByReferenceOnTheInspectorsPage() {
        long a = newCase();
        long b = newCase();
        StaffClient.form(StaffClient.inspector("inspector-wang"),
                Map.of("into", "qf-" + String.format("%06d", a), "reason", "同一事项", "version", "0"))
                .post("/staff/cases/" + b + "/merge").then().statusCode(303);
        assertEquals("MERGED", one("select state from case_file where id = ?1", b));
        StaffClient.inspector("inspector-wang").get("/staff/cases/" + b).then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("id=\"merged-into\""),
                        org.hamcrest.Matchers.containsString("id=\"form-SPLIT\""));
        StaffClient.form(StaffClient.inspector("inspector-wang"),
                Map.of("into", "QF-999999999", "reason", "同一事项", "version", "0"))
                .post("/staff/cases/" + a + "/merge").then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("msg=mergeTargetUnknown"));
    }
}
