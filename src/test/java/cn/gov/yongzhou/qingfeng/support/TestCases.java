package cn.gov.yongzhou.qingfeng.support;

import cn.gov.yongzhou.qingfeng.casework.CaseRole;
import cn.gov.yongzhou.qingfeng.casework.CaseState;
import cn.gov.yongzhou.qingfeng.casework.Casework;
import cn.gov.yongzhou.qingfeng.casework.Conclusion;
import cn.gov.yongzhou.qingfeng.casework.Transition;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.util.List;

/** What many tests do to a case: take it to a conclusion, give a handler a unit. */
public final class TestCases {

    public static final Casework.Actor INSPECTOR = new Casework.Actor("inspector-he", CaseRole.INSPECTOR);
    public static final Casework.Actor HANDLER = new Casework.Actor("handler-x", CaseRole.HANDLER);

    private TestCases() {
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

    /** A case as it stands: its state, version and the number of steps on its timeline. */
    public record Standing(CaseState state, int version, long events) {
    }

    /** Where the case stands now, read in a fresh transaction (what another request would see). */
    public static Standing standing(EntityManager em, long caseId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object[] row = (Object[]) em.createNativeQuery("""
                    select c.state, c.version, (select count(*) from case_event e where e.case_id = c.id)
                    from case_file c where c.id = ?1""").setParameter(1, caseId).getSingleResult();
            return new Standing(CaseState.valueOf((String) row[0]), ((Number) row[1]).intValue(),
                    ((Number) row[2]).longValue());
        });
    }

    /** The handler-to-unit mapping an admin would add. */
    public static void mapHandler(EntityManager em, String user, String unitCode) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into handler_unit (user_name, unit_id, created_by)
                select ?1, id, 'test' from unit where code = ?2 on conflict do nothing""")
                .setParameter(1, user).setParameter(2, unitCode).executeUpdate());
    }

    /** A neutral 交办 summary, written and approved by an inspector through the case page (assigning needs one). */
    public static void approveBrief(long caseId) {
        StaffClient.form(StaffClient.inspector("inspector-he"), java.util.Map.of(
                "alleged", "反映有关工作人员在办理业务中存在问题。", "place", "被举报单位的服务场所",
                "period", "近期", "toVerify", "核实有关工作人员的办理记录和在岗情况。"))
                .post("/staff/cases/" + caseId + "/brief").then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.containsString("msg=briefApproved"));
    }
}
