package cn.gov.yongzhou.qingfeng.intake;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.gov.yongzhou.qingfeng.support.StaffClient;
import cn.gov.yongzhou.qingfeng.support.TestReports;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** 12345 work orders linked both ways: filed with the work-order number, found again by it, by the API and the desk. */
@QuarkusTest
class WorkOrderTest {

    @Inject
    EntityManager em;

    static String number() {
        return "YZ12345-" + System.nanoTime() % 1_000_000_000L;
    }

    @Test
    void shouldFileAWorkOrderThroughTheApiAndFindItAgainByItsNumber() {
        String no = number();
        Map<String, String> form = TestReports.valid();
        form.put("workOrderNo", no.toLowerCase());
        String receipt = TestReports.api(form).post("/api/v1/reports").then().statusCode(201).extract().path("receipt");

        given().auth().oauth2(TestReports.intakeClientToken()).get("/api/v1/reports/work-orders/" + no).then()
                .statusCode(200).body("[0].receipt", equalTo(receipt), "[0].workOrderNo", equalTo(no),
                        "[0].status", equalTo("REGISTERED"), "[0].statusLabel", equalTo("已登记"));
        given().auth().oauth2(TestReports.intakeClientToken()).get("/api/v1/reports/work-orders/NO-SUCH-" + no).then()
                .statusCode(404);
        given().get("/api/v1/reports/work-orders/" + no).then().statusCode(401);

        // the inspector finds the case by the number, and its page shows it
        long caseId = TestReports.caseOf(em, receipt);
        StaffClient.inspector("inspector-wang").get("/staff/cases/work-order?no=" + no).then().statusCode(303)
                .header("Location", endsWith("/staff/cases/" + caseId));
        StaffClient.inspector("inspector-wang").get("/staff/cases/" + caseId).then().statusCode(200)
                .body(containsString("id=\"work-order-no\">" + no + "<"));
        StaffClient.inspector("inspector-wang").get("/staff/cases/work-order?no=NO-SUCH-" + no).then().statusCode(404);
    }

    @Test
    void shouldRefuseAMalformedNumberAndStoreNothing() {
        Map<String, String> form = TestReports.valid();
        form.put("workOrderNo", "工单 12");
        TestReports.api(form).post("/api/v1/reports").then().statusCode(400)
                .body("errors.find { it.field == 'workOrderNo' }.message", equalTo("工单编号只能包含字母、数字和连字符，4 到 40 位。"));
    }

    @Test
    void shouldLetAnInspectorRegisterA12345WorkOrderFromTheDesk() {
        String no = number();
        Map<String, String> form = TestReports.valid();
        form.put("channel", "PHONE");
        form.put("workOrderNo", no);
        TestReports.Csrf csrf = TestReports.openForm();
        String page = TestReports.formPost(form, csrf).auth().oauth2(StaffClient.token("inspector-wang", "inspector"))
                .post("/staff/register").then().statusCode(200).extract().asString();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("id=\"receipt-no\" class=\"code\">([^<]+)<").matcher(page);
        m.find();
        assertEquals(no, em.createNativeQuery("select work_order_no from report where receipt_no = ?1")
                .setParameter(1, m.group(1)).getSingleResult());
        StaffClient.inspector("inspector-wang").get("/staff/register").then().statusCode(200)
                .body(containsString("name=\"workOrderNo\""));
    }
}
