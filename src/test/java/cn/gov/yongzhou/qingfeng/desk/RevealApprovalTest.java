package cn.gov.yongzhou.qingfeng.desk;

import static cn.gov.yongzhou.qingfeng.support.StaffClient.director;
import static cn.gov.yongzhou.qingfeng.support.StaffClient.inspector;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.gov.yongzhou.qingfeng.support.StaffClient;
import cn.gov.yongzhou.qingfeng.support.TestClock;
import cn.gov.yongzhou.qingfeng.support.TestReports;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 12 item 6 (and issue 17): a reporter's identity shows only after an inspector's reason AND a director's
 * approval given in the portal; for that inspector, on that case, until it expires; an emergency look opens at once
 * with a ground and a longer reason, and waits for a director's review. Each step is recorded.
 */
@QuarkusTest
class RevealApprovalTest {

    @Inject
    EntityManager em;

    long fileCase(String name) {
        Map<String, String> form = TestReports.valid();
        form.put("reporterName", name);
        String receipt = TestReports.api(form).post("/api/v1/reports").then().statusCode(201).extract().path("receipt");
        return TestReports.caseOf(em, receipt);
    }

    long count(String sql, Object... params) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var q = em.createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                q.setParameter(i + 1, params[i]);
            }
            return ((Number) q.getSingleResult()).longValue();
        });
    }

    long requestOf(long caseId) {
        return count("select max(id) from reveal_request where case_id = ?1", caseId);
    }

    void account(String user, String roles, String bodyCode) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into staff_account (user_name, roles, unit_id) select ?1, ?2, id from unit where code = ?3
                on conflict (user_name) do update set unit_id = excluded.unit_id, roles = excluded.roles""")
                .setParameter(1, user).setParameter(2, roles).setParameter(3, bodyCode).executeUpdate());
    }

    @Test
    void shouldLeaveARequestOnACaseOfOneBodyToThatBodysDirectorsAndTheCitys() {
        account("rv-ll-insp", "inspector", "LL-JW");
        account("rv-lst-dir", "director", "LST-JW");
        account("rv-ll-dir", "director", "LL-JW");
        long id = fileCase("欧阳明远");
        StaffClient.form(inspector("rv-ll-insp"), Map.of("reason", "需电话核实举报人所述办理经过"))
                .post("/staff/cases/" + id + "/reveal").then().statusCode(303)
                .header("Location", containsString("msg=revealRequested"));
        long request = requestOf(id);
        String reference = String.format("QF-%06d", id);
        // 冷水滩区's director neither sees nor decides a request on a case 零陵区纪委监委 holds
        director("rv-lst-dir").get("/staff/reveals").then().statusCode(200).body(not(containsString(reference)));
        StaffClient.form(director("rv-lst-dir"), Map.of("decision", "approve", "note", ""))
                .post("/staff/reveals/" + request + "/decide").then().statusCode(404);
        assertEquals(0L, count("select count(*) from reveal_request where id = ?1 and decision is not null", request));
        // 零陵区's director does
        director("rv-ll-dir").get("/staff/reveals").then().statusCode(200).body(containsString(reference));
        StaffClient.form(director("rv-ll-dir"), Map.of("decision", "approve", "note", ""))
                .post("/staff/reveals/" + request + "/decide").then().statusCode(303)
                .header("Location", containsString("msg=APPROVED"));
    }

    @Test
    void shouldShowTheIdentityOnlyAfterADirectorApprovesAndOnlyToTheInspectorWhoAsked() {
        long id = fileCase("司马清扬");
        StaffClient.form(inspector("rv-wang"), Map.of("reason", " ")).post("/staff/cases/" + id + "/reveal").then()
                .statusCode(303).header("Location", containsString("msg=reasonRequired"));
        StaffClient.form(inspector("rv-wang"), Map.of("reason", "需电话核实举报人所述办理经过"))
                .post("/staff/cases/" + id + "/reveal").then().statusCode(303)
                .header("Location", containsString("msg=revealRequested"));
        // asked, not yet approved: still masked, and the page says it waits
        inspector("rv-wang").get("/staff/cases/" + id).then().statusCode(200)
                .body(containsString("司***"), not(containsString("司马清扬")), containsString("id=\"reveal-awaiting\""));
        assertEquals(0L, count("select count(*) from identity_reveal where case_id = ?1", id));

        // the inspector cannot approve their own request, even holding the director role too
        StaffClient.form(StaffClient.as("rv-wang", "director"), Map.of("decision", "approve"))
                .post("/staff/reveals/" + requestOf(id) + "/decide").then().statusCode(303)
                .header("Location", containsString("msg=OWN_REQUEST"));
        // an inspector without the role cannot open the director's page at all
        inspector("rv-zhao").get("/staff/reveals").then().statusCode(403);

        // the director sees the case's reference and the reason, never the reporter
        director("rv-director").get("/staff/reveals").then().statusCode(200)
                .body(containsString(String.format("QF-%06d", id)), containsString("需电话核实举报人所述办理经过"),
                        not(containsString("司马清扬")));
        StaffClient.form(director("rv-director"), Map.of("decision", "approve", "note", ""))
                .post("/staff/reveals/" + requestOf(id) + "/decide").then().statusCode(303)
                .header("Location", containsString("msg=APPROVED"));

        inspector("rv-wang").get("/staff/cases/" + id).then().statusCode(200)
                .body(containsString("司马清扬"), containsString("经 rv-director 批准"));
        // another inspector still sees the mask: the look is the asker's own
        inspector("rv-zhao").get("/staff/cases/" + id).then().statusCode(200).body(not(containsString("司马清扬")));
        assertEquals(1L, count("select count(*) from identity_reveal where case_id = ?1 and actor = 'rv-wang'", id));
        assertEquals(1L, count("""
                select count(*) from security_event where kind = 'IDENTITY_REVEALED' and actor = 'rv-wang'
                and detail like ?1""", "case " + id + " approved by rv-director until %"));

        // it expires (24 hours by default): masked again, and a new look needs a new request and approval
        TestClock.at(Instant.now().plus(Duration.ofHours(25)));
        inspector("rv-wang").get("/staff/cases/" + id).then().statusCode(200)
                .body(containsString("司***"), not(containsString("司马清扬")), containsString("id=\"reveal-reason\""));
    }

    @Test
    void shouldRecordARefusalWithItsReasonAndShowNothing() {
        long id = fileCase("欧阳守正");
        StaffClient.form(inspector("rv-li"), Map.of("reason", "想了解举报人"))
                .post("/staff/cases/" + id + "/reveal").then().statusCode(303);
        StaffClient.form(inspector("rv-li"), Map.of("reason", "再次申请"))
                .post("/staff/cases/" + id + "/reveal").then().statusCode(303)
                .header("Location", containsString("msg=revealPending"));
        StaffClient.form(director("rv-director"), Map.of("decision", "refuse", "note", " "))
                .post("/staff/reveals/" + requestOf(id) + "/decide").then().statusCode(303)
                .header("Location", containsString("msg=NOTE_REQUIRED"));
        StaffClient.form(director("rv-director"), Map.of("decision", "refuse", "note", "理由不充分，核查无需举报人身份"))
                .post("/staff/reveals/" + requestOf(id) + "/decide").then().statusCode(303)
                .header("Location", containsString("msg=REFUSED"));
        inspector("rv-li").get("/staff/cases/" + id).then().statusCode(200)
                .body(not(containsString("欧阳守正")), containsString("理由不充分，核查无需举报人身份"));
        assertEquals(0L, count("select count(*) from identity_reveal where case_id = ?1", id));
        // decided once only
        StaffClient.form(director("rv-director-2"), Map.of("decision", "approve"))
                .post("/staff/reveals/" + requestOf(id) + "/decide").then().statusCode(303)
                .header("Location", containsString("msg=NOT_PENDING"));
        inspector("rv-li").get("/staff/cases/" + id).then().statusCode(200).body(not(containsString("欧阳守正")));
    }

    @Test
    void shouldOpenAnEmergencyLookAtOnceWithAStrongerRecordForTheDirectorToReview() {
        long id = fileCase("东方明理");
        StaffClient.form(inspector("rv-he"), Map.of("emergency", "SAFETY_THREAT", "reason", "紧急"))
                .post("/staff/cases/" + id + "/reveal").then().statusCode(303)
                .header("Location", containsString("msg=emergencyReasonRequired"));
        StaffClient.form(inspector("rv-he"), Map.of("emergency", "SAFETY_THREAT",
                "reason", "举报人来电称被举报人已找到其住处并威胁，须立即联系"))
                .post("/staff/cases/" + id + "/reveal").then().statusCode(303)
                .header("Location", containsString("msg=revealed"));
        inspector("rv-he").get("/staff/cases/" + id).then().statusCode(200)
                .body(containsString("东方明理"), containsString("紧急查看（举报人人身安全面临威胁）"));
        assertEquals(1L, count("select count(*) from security_event where kind = 'EMERGENCY_REVEAL' and actor = 'rv-he'"
                + " and detail = ?1", "case " + id + " emergency SAFETY_THREAT"));
        // the directors' page lists it for review until reviewed
        director("rv-director").get("/staff/reveals").then().statusCode(200)
                .body(containsString("id=\"emergency-" + requestOf(id) + "\""), containsString("举报人人身安全面临威胁"),
                        not(containsString("东方明理")));
        StaffClient.form(director("rv-director"), Map.of("note", "已核实，情况属实"))
                .post("/staff/reveals/" + requestOf(id) + "/review").then().statusCode(303)
                .header("Location", containsString("msg=REVIEWED"));
        director("rv-director").get("/staff/reveals").then().statusCode(200)
                .body(not(containsString("id=\"emergency-" + requestOf(id) + "\"")), containsString("已核实，情况属实"));
        // an emergency look is short: 30 minutes
        TestClock.at(Instant.now().plus(Duration.ofMinutes(31)));
        inspector("rv-he").get("/staff/cases/" + id).then().statusCode(200).body(not(containsString("东方明理")));
    }
}
