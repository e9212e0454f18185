package cn.gov.yongzhou.qingfeng.desk;

import static cn.gov.yongzhou.qingfeng.support.StaffClient.inspector;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.yongzhou.qingfeng.support.StaffClient;
import cn.gov.yongzhou.qingfeng.support.TestReports;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * 承办人 and 回避 (issue 12, rule 5): a case gets one named officer of the body holding it, who declares before first
 * reading it that no ground for 回避 applies; a declared conflict takes them off the case, which waits to be named
 * again. Both are on the timeline.
 */
@QuarkusTest
class CaseOfficerTest {

    @Inject
    EntityManager em;

    void account(String user, String bodyCode) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into staff_account (user_name, roles, unit_id) select ?1, 'inspector', id from unit where code = ?2
                on conflict (user_name) do update set unit_id = excluded.unit_id, roles = excluded.roles""")
                .setParameter(1, user).setParameter(2, bodyCode).executeUpdate());
    }

    long newCase(String mark) {
        Map<String, String> form = TestReports.valid();
        form.put("narrative", form.get("narrative") + mark);
        return TestReports.caseOf(em, TestReports.api(form).post("/api/v1/reports").then().statusCode(201)
                .extract().path("receipt"));
    }

    long events(long caseId, String action, String actor) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from case_event where case_id = ?1 and action = ?2 and actor = ?3")
                .setParameter(1, caseId).setParameter(2, action).setParameter(3, actor).getSingleResult()).longValue());
    }

    static io.restassured.response.Response post(String user, long caseId, String step, Map<String, String> fields) {
        return StaffClient.form(inspector(user), fields).post("/staff/cases/" + caseId + "/" + step);
    }

    @Test
    void shouldShowTheNamedOfficerOnlyTheDeclarationUntilTheyDeclareNoConflict() {
        account("jw-ll-of1", "LL-JW");
        account("jw-ll-of2", "LL-JW");
        account("jw-lst-of3", "LST-JW");
        long id = newCase(" 承办人一号");

        String page = inspector("jw-ll-of1").get("/staff/cases/" + id).then().statusCode(200)
                .body(containsString("id=\"officer-none\"")).extract().asString();
        String form = page.substring(page.indexOf("id=\"officer-form\""),
                page.indexOf("</form>", page.indexOf("id=\"officer-form\"")));
        assertTrue(form.contains("value=\"jw-ll-of2\""), "an inspector of the holding body can be named: " + form);
        assertFalse(form.contains("jw-lst-of3"), "another body's inspector is not offered");
        // nor accepted when posted anyway
        post("jw-ll-of1", id, "officer", Map.of("officer", "jw-lst-of3")).then().statusCode(303)
                .header("Location", containsString("msg=officerNotEligible"));
        post("jw-ll-of1", id, "officer", Map.of("officer", "jw-ll-of2")).then().statusCode(303)
                .header("Location", containsString("msg=officerNamed"));
        assertEquals(1, events(id, "OFFICER_NAMED", "jw-ll-of1"));
        assertTrue(JurisdictionTest.inQueue("jw-ll-of1", "/staff/cases?area=LL", "jw-ll-of2 · 待回避声明"),
                "the queue names the officer and that they have not declared yet");

        // the officer first gets the declaration: the unit, the category, never the report or the reporter
        inspector("jw-ll-of2").get("/staff/cases/" + id).then().statusCode(200)
                .body(containsString("id=\"declare-title\""), containsString("零陵区"),
                        not(containsString("承办人一号")), not(containsString("测试人")), not(containsString("懂规矩")));
        // and cannot act before declaring: nothing is written
        post("jw-ll-of2", id, "act", Map.of("transition", "ACCEPT", "version", "0", "confirmed", "yes"))
                .then().statusCode(303).header("Location", org.hamcrest.Matchers.endsWith("/staff/cases/" + id));
        assertEquals("REGISTERED", state(id));
        // a declaration without the box ticked is asked again, with the message
        post("jw-ll-of2", id, "declare", Map.of("decision", "none")).then().statusCode(422)
                .body(containsString("id=\"declare-error\""), containsString("请勾选确认声明属实"));
        assertEquals(0, events(id, "NO_CONFLICT_DECLARED", "jw-ll-of2"));

        post("jw-ll-of2", id, "declare", Map.of("decision", "none", "sure", "yes")).then().statusCode(303)
                .header("Location", containsString("msg=declared"));
        assertEquals(1, events(id, "NO_CONFLICT_DECLARED", "jw-ll-of2"));
        inspector("jw-ll-of2").get("/staff/cases/" + id).then().statusCode(200)
                .body(containsString("承办人一号"), containsString("id=\"officer-declared\">已声明无回避情形"),
                        containsString("承办人声明无回避情形"));
        // the other inspectors of the body read the case as before
        inspector("jw-ll-of1").get("/staff/cases/" + id).then().statusCode(200).body(containsString("承办人一号"));
    }

    @Test
    void shouldTakeAnOfficerWhoDeclaresAConflictOffTheCase() {
        account("jw-ll-of4", "LL-JW");
        account("jw-ll-of5", "LL-JW");
        long id = newCase(" 承办人二号");
        post("jw-ll-of4", id, "officer", Map.of("officer", "jw-ll-of5")).then().statusCode(303);

        // a conflict needs its ground
        post("jw-ll-of5", id, "declare", Map.of("decision", "conflict")).then().statusCode(422)
                .body(containsString("请选择回避情形"));
        post("jw-ll-of5", id, "declare", Map.of("decision", "conflict", "ground", "OTHER")).then().statusCode(422);
        post("jw-ll-of5", id, "declare", Map.of("decision", "conflict", "ground", "SAME_UNIT",
                "explanation", "曾在该中心工作")).then().statusCode(200).body(containsString("id=\"withdrew\""));
        assertEquals(1, events(id, "RECUSED", "jw-ll-of5"));

        // off the case: no page, no step
        inspector("jw-ll-of5").get("/staff/cases/" + id).then().statusCode(403)
                .body(not(containsString("承办人二号")));
        post("jw-ll-of5", id, "officer", Map.of("officer", "jw-ll-of5")).then().statusCode(303);
        assertEquals(0, events(id, "OFFICER_NAMED", "jw-ll-of5"), "one who withdrew cannot name themselves back");
        // the case waits to be named again, with the ground on its internal timeline
        inspector("jw-ll-of4").get("/staff/cases/" + id).then().statusCode(200)
                .body(containsString("id=\"officer-none\""), containsString("承办人申请回避，待重新指定"),
                        containsString("与被举报人在同一单位工作"), containsString("曾在该中心工作"));
    }

    String state(long caseId) {
        return QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select state from case_file where id = ?1").setParameter(1, caseId).getSingleResult());
    }
}
