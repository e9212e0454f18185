package cn.gov.yongzhou.qingfeng.casework;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.yongzhou.qingfeng.followthrough.FollowThrough;
import cn.gov.yongzhou.qingfeng.shared.audit.AuditChain;
import cn.gov.yongzhou.qingfeng.shared.crypto.KeyedHash;
import cn.gov.yongzhou.qingfeng.support.StaffClient;
import cn.gov.yongzhou.qingfeng.support.TestCases;
import cn.gov.yongzhou.qingfeng.support.TestReports;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a reporter writes on a case is sealed at rest, and the accused unit's handler never reads an objection. */
@QuarkusTest
class TextSealingTest {

    static final String OBJECTION = "核查时没有调取窗口监控录像，王某当天的说法与事实不符，我要求复核。";

    @Inject
    EntityManager em;

    @Inject
    Casework casework;

    @Inject
    FollowThrough followThrough;

    @Inject
    AuditChain chain;

    @Inject
    KeyedHash keyedHash;

    @Inject
    TextSealing sealing;

    long objected() {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into handler_unit (user_name, unit_id, created_by)
                select 'handler-lljw', id, 'test' from unit where code = 'LL-JW' on conflict do nothing""")
                .executeUpdate());
        String receipt = TestReports.api(TestReports.valid()).post("/api/v1/reports").then().statusCode(201).extract()
                .path("receipt");
        long caseId = TestReports.caseOf(em, receipt);
        TestCases.conclude(casework, em, caseId, "LL-JW", Conclusion.UNSUBSTANTIATED);
        assertTrue(followThrough.object(caseId, OBJECTION).isEmpty(), "the objection is taken");
        return caseId;
    }

    String stored(long caseId) {
        return (String) em.createNativeQuery("select note_enc from case_event where case_id = ?1 and action = 'OBJECTED'")
                .setParameter(1, caseId).getSingleResult();
    }

    @Test
    void shouldSealAnObjectionAndKeepItFromTheAccusedUnitsHandler() {
        long caseId = objected();
        assertFalse(stored(caseId).contains("监控录像"), "not in clear: " + stored(caseId));
        StaffClient.as("inspector-wang", "inspector").get("/staff/cases/" + caseId).then().statusCode(200)
                .body(containsString(OBJECTION));
        StaffClient.handler("handler-lljw").get("/staff/unit-cases/" + caseId).then().statusCode(200)
                .body(containsString("举报人提出异议"), not(containsString("监控录像")));
    }

    /** A note stored in clear and sealed into the chain before V74 is sealed at start, and the chain still holds. */
    @Test
    void shouldSealTextsStoredInClearAndSealTheChainAgain() {
        long caseId = objected();
        // an entry sealed after it, as the outbox worker's often is
        QuarkusTransaction.requiringNew().run(() -> casework.record(CaseFile.findById(caseId),
                CaseAction.RECEIPT_MAILED, Casework.SYSTEM, true, null));
        while (chain.seal(AuditChain.Trail.CASE_EVENT) > 0) {
        }
        assertNull(chain.verify(AuditChain.Trail.CASE_EVENT).firstBroken(), "intact to begin with");
        QuarkusTransaction.requiringNew().run(() -> {
            // the chain as sealed before V74 and V101: the entry's text in clear, under the old column name, and what
            // was sealed after it (the outbox worker's entries may be) chained to it; under the sealing lock
            em.createNativeQuery("select pg_advisory_xact_lock(?1)")
                    .setParameter(1, AuditChain.sealingLock(AuditChain.Trail.CASE_EVENT)).getSingleResult();
            em.createNativeQuery("set local timezone to 'UTC'").executeUpdate();
            Object[] entry = (Object[]) em.createNativeQuery("select id, prev_mac, seal_seq from case_event "
                    + "where case_id = ?1 and action = 'OBJECTED'").setParameter(1, caseId).getSingleResult();
            long id = ((Number) entry[0]).longValue();
            em.createNativeQuery("update case_event set note_enc = ?1 where id = ?2").setParameter(1, OBJECTION)
                    .setParameter(2, id).executeUpdate();
            @SuppressWarnings("unchecked")
            List<Object[]> from = em.createNativeQuery("select id, case when id = ?1 then "
                    + TextSealing.SEALED_FORMS.get(1) + " else " + AuditChain.CONTENT
                    + " end from case_event t where seal_seq >= ?2 order by seal_seq").setParameter(1, id)
                    .setParameter(2, entry[2]).getResultList();
            String prev = (String) entry[1];
            for (Object[] sealed : from) {
                String mac = keyedHash.hex("audit-chain", prev + "\n" + sealed[1]);
                em.createNativeQuery("update case_event set prev_mac = ?1, entry_mac = ?2 where id = ?3")
                        .setParameter(1, prev).setParameter(2, mac).setParameter(3, sealed[0]).executeUpdate();
                prev = mac;
            }
            em.createNativeQuery("insert into casework_plain_text (tbl, id) values ('case_event', ?1)")
                    .setParameter(1, id).executeUpdate();
        });
        // what came after it was chained to the old entry
        casework.assign(caseId, TestReports.unitId(em, "LL-JW"), TestCases.INSPECTOR, "请调取监控录像复核",
                TestCases.standing(em, caseId).version());
        while (chain.seal(AuditChain.Trail.CASE_EVENT) > 0) {
        }
        assertEquals(OBJECTION, stored(caseId), "in clear, as before V74");

        assertEquals(1, sealing.seal());
        assertFalse(stored(caseId).contains("监控录像"), "sealed at start");
        assertNull(chain.verify(AuditChain.Trail.CASE_EVENT).firstBroken(), "the chain holds, sealed again");
        StaffClient.as("inspector-wang", "inspector").get("/staff/cases/" + caseId).then().statusCode(200)
                .body(containsString(OBJECTION));
        assertEquals(0, sealing.seal(), "a second start does nothing");
    }
}
