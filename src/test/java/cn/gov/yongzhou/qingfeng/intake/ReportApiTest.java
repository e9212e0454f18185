package cn.gov.yongzhou.qingfeng.intake;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import cn.gov.yongzhou.qingfeng.support.StaffClient;
import cn.gov.yongzhou.qingfeng.support.TestReports;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReportApiTest {

    @Inject
    EntityManager em;

    long count(String table) {
        return ((Number) em.createNativeQuery("select count(*) from " + table).getSingleResult()).longValue();
    }

    @Test
    void shouldCreateAReportAndReturnReceiptAndPassword() {
        JsonPath body = TestReports.api(TestReports.valid()).post("/api/v1/reports").then().statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/reports/YZ\\d{6}[A-Z2-9]{6}"))
                .body("receipt", matchesPattern("YZ\\d{6}[A-Z2-9]{6}"), "password", matchesPattern("[A-Z2-9]{10}"))
                .extract().jsonPath();
        given().header("X-Query-Password", body.getString("password"))
                .get("/api/v1/reports/" + body.getString("receipt")).then().statusCode(200)
                .body("status", equalTo("REGISTERED"), "statusLabel", equalTo("已登记"),
                        "unit", equalTo("零陵区政务服务中心"), "reporter", equalTo("测**"),
                        "timeline.action", hasItem("REGISTERED"));
    }

    @Test
    void shouldListFieldErrorsInBothLanguages() {
        Map<String, String> form = TestReports.valid();
        form.put("idNumber", "431102199001011238");
        form.remove("consent");
        long before = count("report");
        TestReports.api(form).post("/api/v1/reports").then().statusCode(400)
                .body("error", equalTo("invalid"),
                        "errors.find { it.field == 'idNumber' }.code", equalTo("error.idNumber.checksum"),
                        "errors.find { it.field == 'idNumber' }.message", equalTo("身份证号码校验位不正确，请核对每一位。"),
                        "errors.find { it.field == 'idNumber' }.messageEn",
                        equalTo("The check digit of the ID number does not match; please check every digit."),
                        "errors.find { it.field == 'consent' }", notNullValue());
        assertEquals(before, count("report"));
    }

    @Test
    void shouldReturnTheSameReceiptWhenARetryCarriesTheSameIdempotencyKey() {
        Map<String, String> form = TestReports.valid();
        String key = "retry-" + System.nanoTime();
        long before = count("report");
        JsonPath first = TestReports.api(form).header("Idempotency-Key", key).post("/api/v1/reports")
                .then().statusCode(201).extract().jsonPath();
        JsonPath retry = TestReports.api(form).header("Idempotency-Key", key).post("/api/v1/reports")
                .then().statusCode(201).header("Idempotent-Replayed", "true").extract().jsonPath();
        assertEquals(first.getString("receipt"), retry.getString("receipt"));
        assertEquals(first.getString("password"), retry.getString("password"));
        assertEquals(before + 1, count("report"));
    }

    @Test
    void shouldRefuseAnIdempotencyKeyReusedForOtherContent() {
        String key = "reuse-" + System.nanoTime();
        TestReports.api(TestReports.valid()).header("Idempotency-Key", key).post("/api/v1/reports")
                .then().statusCode(201);
        long before = count("report");
        TestReports.api(TestReports.valid()).header("Idempotency-Key", key).post("/api/v1/reports")
                .then().statusCode(422).body("error", equalTo("idempotency_key_reused"))
                .body(not(containsString("YZ")));
        assertEquals(before, count("report"));
    }

    @Test
    void shouldStoreOneReportForTwoConcurrentIdenticalSubmissions() throws Exception {
        Map<String, String> form = TestReports.valid();
        String key = "concurrent-" + System.nanoTime();
        long before = count("report");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<JsonPath>> results = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Callable<JsonPath> call = () -> {
                start.await();
                return TestReports.api(form).header("Idempotency-Key", key).post("/api/v1/reports")
                        .then().statusCode(201).extract().jsonPath();
            };
            results.add(pool.submit(call));
        }
        start.countDown();
        Set<String> receipts = new HashSet<>();
        for (Future<JsonPath> r : results) {
            receipts.add(r.get().getString("receipt"));
        }
        pool.shutdown();
        assertEquals(1, receipts.size(), "all four answers name the same receipt");
        assertEquals(before + 1, count("report"));
    }

    @Test
    void shouldAnswer404AlikeForAWrongReceiptOrAWrongPassword() {
        JsonPath created = TestReports.api(TestReports.valid()).post("/api/v1/reports").then().statusCode(201)
                .extract().jsonPath();
        String wrongPassword = given().header("X-Query-Password", "WRONGPASS2")
                .get("/api/v1/reports/" + created.getString("receipt")).then().statusCode(404).extract().asString();
        String wrongReceipt = given().header("X-Query-Password", created.getString("password"))
                .get("/api/v1/reports/YZ000000AAAAAA").then().statusCode(404).extract().asString();
        assertEquals(wrongPassword, wrongReceipt);
        assertNotNull(created.getString("password"));
    }

    @Test
    void shouldAcceptReportsOnlyFromAuthorisedIntakeSystems() {
        long before = count("report");
        TestReports.multipart(TestReports.valid()).post("/api/v1/reports").then().statusCode(401);
        TestReports.multipart(TestReports.valid())
                .auth().oauth2(StaffClient.token("handler-li", "handler"))
                .post("/api/v1/reports").then().statusCode(403);
        assertEquals(before, count("report"));
    }

    @Test
    void shouldKeepOneClientsIdempotencyKeysApartFromAnothers() {
        String key = "ticket-1001";
        String hotline = TestReports.api(TestReports.valid()).header("Idempotency-Key", key).post("/api/v1/reports")
                .then().statusCode(201).extract().path("receipt");
        String letters = TestReports.multipart(TestReports.valid())
                .auth().oauth2(StaffClient.token("letters-desk", "intake-client"))
                .header("Idempotency-Key", key).post("/api/v1/reports").then().statusCode(201).extract().path("receipt");
        org.junit.jupiter.api.Assertions.assertNotEquals(hotline, letters);
    }

    @Test
    void shouldRecordTheChannelTheReportCameIn() {
        Map<String, String> form = TestReports.valid();
        form.put("channel", "LETTER");
        String receipt = TestReports.api(form).post("/api/v1/reports").then().statusCode(201).extract().path("receipt");
        assertEquals("LETTER", em.createNativeQuery("select channel from report where receipt_no = ?1")
                .setParameter(1, receipt).getSingleResult());
    }

    @Test
    void shouldServeThePublicDirectoryAndTheOpenApiDocument() {
        given().get("/api/v1/units").then().statusCode(200)
                .body("areas.name", hasItem("零陵区人民政府"), "windows.code", hasItem("LL-03"));
        given().get("/q/openapi").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("/api/v1/reports"));
    }
}
