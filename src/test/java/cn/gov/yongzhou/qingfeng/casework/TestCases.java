package cn.gov.yongzhou.qingfeng.casework;

import cn.gov.yongzhou.qingfeng.intake.TestReports;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;

/** What many tests do to a case: set the day, take it to a conclusion, give a handler a unit. */
public final class TestCases {

    public static final Casework.Actor INSPECTOR = new Casework.Actor("inspector-he", StaffRole.INSPECTOR);
    public static final Casework.Actor HANDLER = new Casework.Actor("handler-x", StaffRole.HANDLER);

    private TestCases() {
    }

    /** The whole application's clock, fixed at a Beijing time ("2026-02-12T10:00:00"), for this test. */
    public static void at(String beijingTime) {
        ZonedDateTime t = ZonedDateTime.parse(beijingTime + "+08:00[Asia/Shanghai]");
        QuarkusMock.installMockForType(Clock.fixed(t.toInstant(), t.getZone()), Clock.class);
    }

    /** Accepted, assigned to {@code handlingUnit}, signed for, findings and approval with {@code conclusion}, now. */
    public static int conclude(Casework casework, EntityManager em, long caseId, String handlingUnit,
            Conclusion conclusion) {
        int v = casework.perform(caseId, Transition.ACCEPT, INSPECTOR, null, 0).version();
        v = casework.assign(caseId, TestReports.unitId(em, handlingUnit), INSPECTOR, null, v).version();
        v = casework.perform(caseId, Transition.SIGN_FOR, HANDLER, null, v).version();
        v = casework.submitFindings(caseId, HANDLER, "核查情况", conclusion, List.of(), v).version();
        return casework.perform(caseId, Transition.APPROVE, INSPECTOR, null, conclusion, v).version();
    }

    /** The handler-to-unit mapping an admin would add. */
    public static void mapHandler(EntityManager em, String user, String unitCode) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into handler_unit (user_name, unit_id, created_by)
                select ?1, id, 'test' from unit where code = ?2 on conflict do nothing""")
                .setParameter(1, user).setParameter(2, unitCode).executeUpdate());
    }
}
