package cn.gov.yongzhou.qingfeng.desk;

import static cn.gov.yongzhou.qingfeng.support.TestClock.at;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import cn.gov.yongzhou.qingfeng.support.StaffClient;
import cn.gov.yongzhou.qingfeng.support.TestReports;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SupervisorPagesTest {

    @Test
    void shouldListAReportNobodyAcceptedInTimeOnTheSupervisionBoard() {
        at("2026-03-02T09:00:00");
        Map<String, String> form = TestReports.valid();
        form.put("occurredDate", "2026-03-01");
        String receipt = TestReports.api(form).post("/api/v1/reports").then().statusCode(201).extract().path("receipt");
        at("2026-03-10T09:00:00"); // five working days to accept ended on Mon 03-09
        StaffClient.as("ducha-zhang", "supervisor")
                .get("/staff/board").then().statusCode(200)
                .body(containsString("期限督办台"), containsString(receipt), containsString("2026-03-09"),
                        containsString("待受理或待交办"));
        StaffClient.as("handler-li", "handler")
                .get("/staff/board").then().statusCode(403);
    }

    @jakarta.inject.Inject
    jakarta.persistence.EntityManager em;

    @jakarta.inject.Inject
    cn.gov.yongzhou.qingfeng.casework.Chasing chasing;

    long events(long caseId, String action, String actor) {
        return ((Number) em.createNativeQuery(
                "select count(*) from case_event where case_id = ?1 and action = ?2 and actor = ?3")
                .setParameter(1, caseId).setParameter(2, action).setParameter(3, actor).getSingleResult()).longValue();
    }

    @Test
    void shouldLetTheSupervisionOfficeChaseAndEscalateFromTheBoardOnce() {
        at("2026-03-02T09:00:00");
        Map<String, String> form = TestReports.valid();
        form.put("occurredDate", "2026-03-01");
        String receipt = TestReports.api(form).post("/api/v1/reports").then().statusCode(201).extract().path("receipt");
        long id = TestReports.caseOf(em, receipt);
        at("2026-03-10T09:00:00");
        String supervisor = StaffClient.token("ducha-zhang", "supervisor");
        given().auth().oauth2(supervisor).get("/staff/board").then().statusCode(200)
                .body(containsString("id=\"escalate-" + id + "-ACCEPTANCE\""),
                        containsString("id=\"chase-" + id + "-ACCEPTANCE\""));
        StaffClient.as("inspector-wang", "inspector")
                .get("/staff/board").then().statusCode(200)
                .body(org.hamcrest.Matchers.not(containsString("id=\"escalate-")));

        TestReports.Csrf csrf = TestReports.openForm();
        for (String expected : new String[] { "DONE", "ALREADY_ESCALATED" }) {
            given().redirects().follow(false).auth().oauth2(supervisor)
                    .contentType("application/x-www-form-urlencoded").cookie("qf-csrf", csrf.cookie())
                    .formParam("csrf-token", csrf.token()).formParam("stage", "ACCEPTANCE")
                    .post("/staff/board/" + id + "/escalate").then().statusCode(303)
                    .header("Location", containsString("msg=" + expected));
        }
        given().redirects().follow(false).auth().oauth2(supervisor)
                .contentType("application/x-www-form-urlencoded").cookie("qf-csrf", csrf.cookie())
                .formParam("csrf-token", csrf.token()).formParam("stage", "ACCEPTANCE_NOTICE")
                .post("/staff/board/" + id + "/chase").then().statusCode(303)
                .header("Location", containsString("msg=DONE"));
        StaffClient.as("inspector-wang", "inspector")
                .contentType("application/x-www-form-urlencoded").cookie("qf-csrf", csrf.cookie())
                .formParam("csrf-token", csrf.token()).formParam("stage", "ACCEPTANCE")
                .post("/staff/board/" + id + "/escalate").then().statusCode(403);

        chasing.sweep(); // the sweep finds the limit escalated already
        org.junit.jupiter.api.Assertions.assertEquals(1, events(id, "ESCALATED", "ducha-zhang"));
        org.junit.jupiter.api.Assertions.assertEquals(0, events(id, "ESCALATED", "system"));
        org.junit.jupiter.api.Assertions.assertEquals(1, events(id, "REMINDED", "ducha-zhang"));
        given().auth().oauth2(supervisor).get("/staff/board").then().statusCode(200)
                .body(org.hamcrest.Matchers.not(containsString("id=\"escalate-" + id + "-ACCEPTANCE\"")));
    }
}
