package cn.gov.yongzhou.qingfeng.shared.audit;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.yongzhou.qingfeng.support.StaffClient;
import cn.gov.yongzhou.qingfeng.support.TestReports;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;

/** The audit trail as an auditor would test it: seal, tamper, see where it broke, put it back. */
@QuarkusTest
class AuditChainTest {

    @Inject
    AuditChain chain;

    @Inject
    AdminLog log;

    @Inject
    EntityManager em;

    void sealAll() {
        for (AuditChain.Trail trail : AuditChain.Trail.values()) {
            while (chain.seal(trail) > 0) {
                // until nothing is left
            }
        }
    }

    long firstEventOf(long caseId) {
        return ((Number) em.createNativeQuery("select min(id) from case_event where case_id = ?1")
                .setParameter(1, caseId).getSingleResult()).longValue();
    }

    /** Someone with database access edits a sealed timeline entry; the check runs before it is put back. */
    @Transactional
    AuditChain.Check editedAndChecked(long eventId) {
        em.createNativeQuery("update case_event set actor = 'nobody' where id = ?1").setParameter(1, eventId)
                .executeUpdate();
        AuditChain.Check check = chain.verify(AuditChain.Trail.CASE_EVENT);
        em.createNativeQuery("update case_event set actor = 'system' where id = ?1").setParameter(1, eventId)
                .executeUpdate();
        return check;
    }

    @Transactional
    long[] twoAdminChanges() {
        long a = log.record("admin-audit", "unit", "T-1", AdminAction.CHANGED, "name: a → b").id;
        long b = log.record("admin-audit", "unit", "T-1", AdminAction.CHANGED, "name: b → c").id;
        return new long[] { a, b };
    }

    /** Someone removes a sealed admin log entry; the check runs before it is put back. */
    @Transactional
    AuditChain.Check removedAndChecked(long id) {
        em.createNativeQuery("create temp table kept on commit drop as select * from admin_change where id = ?1")
                .setParameter(1, id).executeUpdate();
        em.createNativeQuery("delete from admin_change where id = ?1").setParameter(1, id).executeUpdate();
        AuditChain.Check check = chain.verify(AuditChain.Trail.ADMIN_CHANGE);
        em.createNativeQuery("insert into admin_change overriding system value select * from kept").executeUpdate();
        return check;
    }

    @Test
    void shouldNameTheFirstEntryThatWasChangedOrRemovedAfterSealing() {
        String receipt = TestReports.api(TestReports.valid()).post("/api/v1/reports").then().statusCode(201).extract()
                .path("receipt");
        long event = firstEventOf(TestReports.caseOf(em, receipt));
        long[] changes = twoAdminChanges();
        sealAll();

        AuditChain.Check events = chain.verify(AuditChain.Trail.CASE_EVENT);
        assertTrue(events.intact(), "sealed and untouched: " + events);
        assertTrue(events.checked() > 0);
        assertEquals(0, events.unsealed());

        assertEquals(event, editedAndChecked(event).firstBroken(), "the edited entry is named");
        assertNull(chain.verify(AuditChain.Trail.CASE_EVENT).firstBroken(), "put back: intact again");

        assertEquals(changes[1], removedAndChecked(changes[0]).firstBroken(), "the entry after the removed one");
        assertTrue(chain.verify(AuditChain.Trail.ADMIN_CHANGE).intact());

        StaffClient.as("admin-wang", "admin")
                .get("/staff/admin/audit").then().statusCode(200)
                .body(containsString("审计链校验"), containsString("id=\"chain-CASE_EVENT\""), containsString("完整"));
        StaffClient.as("inspector-wang", "inspector")
                .get("/staff/admin/audit").then().statusCode(403);
    }
}
