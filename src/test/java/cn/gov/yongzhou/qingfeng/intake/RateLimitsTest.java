package cn.gov.yongzhou.qingfeng.intake;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.yongzhou.qingfeng.support.StaffClient;
import cn.gov.yongzhou.qingfeng.support.TestCases;
import cn.gov.yongzhou.qingfeng.support.TestClock;
import cn.gov.yongzhou.qingfeng.support.TestReports;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * The limits per address and per receipt, low here, with addresses told apart by X-Forwarded-For from the trusted
 * local proxy (as in production behind the city's proxy).
 */
@QuarkusTest
@TestProfile(RateLimitsTest.LowLimits.class)
class RateLimitsTest {

    public static class LowLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.ofEntries(Map.entry("%test.qingfeng.rate-limits.web-reports-per-address", "2"),
                    Map.entry("%test.qingfeng.rate-limits.web-files-per-address", "3"),
                    Map.entry("%test.qingfeng.rate-limits.api-reports-per-address", "2"),
                    Map.entry("%test.qingfeng.rate-limits.lookups-per-receipt", "3"),
                    Map.entry("%test.qingfeng.rate-limits.follow-ups-per-receipt", "2"),
                    Map.entry("%test.qingfeng.security-log.failed-sign-ins-stored-per-address", "2"),
                    Map.entry("quarkus.http.proxy.proxy-address-forwarding", "true"),
                    Map.entry("quarkus.http.proxy.allow-x-forwarded", "true"),
                    Map.entry("quarkus.http.proxy.trusted-proxies", "127.0.0.1"));
        }
    }

    @Inject
    EntityManager em;

    long count(String table) {
        return ((Number) em.createNativeQuery("select count(*) from " + table).getSingleResult()).longValue();
    }

    static Response submitFrom(String address, Map<String, String> form) {
        return from(address, form).post("/report");
    }

    static io.restassured.specification.RequestSpecification from(String address, Map<String, String> form) {
        return TestReports.formPost(form, TestReports.openForm()).header("X-Forwarded-For", address);
    }

    static Response lookUpFrom(String address, String receipt, String password) {
        TestReports.Csrf csrf = TestReports.openForm();
        return given().contentType("application/x-www-form-urlencoded; charset=UTF-8").cookie("qf-csrf", csrf.cookie())
                .header("X-Forwarded-For", address).formParam("csrf-token", csrf.token())
                .formParam("receipt", receipt).formParam("password", password).post("/track");
    }

    @Test
    void shouldRefuseTheThirdReportFromAnAddressWithTheFormAsTypedAndStoreNothing() {
        TestClock.at("2026-11-25T10:10:00");
        String address = "198.51.100.7";
        submitFrom(address, TestReports.valid()).then().statusCode(200).body(containsString("举报已收到"));
        submitFrom(address, TestReports.valid()).then().statusCode(200);

        Map<String, String> third = TestReports.valid();
        third.put("narrative", "第三次举报：窗口工作人员暗示要请吃饭才给办，这是我亲手写下的经过。");
        long reports = count("report");
        submitFrom(address, third).then().statusCode(429)
                .header("Retry-After", "3000") // 10:10 → the window ends at 11:00 Beijing time
                .header("Cache-Control", "no-store")
                .body(containsString("id=\"limit-notice\""), containsString("操作过于频繁"),
                        containsString("这次的举报尚未保存"), containsString("北京时间 11:00 以后（约 50 分钟后）"),
                        containsString("证据文件需要重新选择"), containsString("Too many requests"),
                        containsString("has NOT been saved"), containsString(third.get("narrative")),
                        containsString("value=\"" + third.get("phone") + "\""),
                        containsString("value=\"" + third.get("idNumber") + "\""));
        assertEquals(reports, count("report"), "nothing stored");
        String notice = submitFrom(address, third).then().statusCode(429).extract().asString();
        assertTrue(notice.indexOf("操作过于频繁") < notice.indexOf("Too many requests"), "Chinese first");

        // another address is not affected
        submitFrom("198.51.100.8", TestReports.valid()).then().statusCode(200).body(containsString("举报已收到"));

        // the next hour, the first address may send again
        TestClock.at("2026-11-25T11:00:01");
        submitFrom(address, third).then().statusCode(200).body(containsString("举报已收到"));
        assertEquals(reports + 2, count("report"));
    }

    /**
     * Behind nginx with $proxy_add_x_forwarded_for the client's own X-Forwarded-For is kept on the left: an address
     * written there changes nothing, the address the proxy appended is counted.
     */
    @Test
    void shouldRefuseTheReportOverTheLimitEvenWithAForgedAddressPrepended() {
        TestClock.at("2026-11-25T16:10:00");
        String address = "198.51.100.60";
        submitFrom(address, TestReports.valid()).then().statusCode(200);
        submitFrom("198.51.100.99, " + address, TestReports.valid()).then().statusCode(200);
        long reports = count("report");
        submitFrom("198.51.100.99, " + address, TestReports.valid()).then().statusCode(429);
        submitFrom("10.1.2.3,198.51.100.98 , " + address, TestReports.valid()).then().statusCode(429);
        TestReports.api(TestReports.valid()).header("X-Forwarded-For", "192.0.2.1, " + address)
                .post("/api/v1/reports").then().statusCode(201);
        TestReports.api(TestReports.valid()).header("X-Forwarded-For", "192.0.2.1, " + address)
                .post("/api/v1/reports").then().statusCode(201);
        TestReports.api(TestReports.valid()).header("X-Forwarded-For", "192.0.2.2, " + address)
                .post("/api/v1/reports").then().statusCode(429);
        // a malformed entry where the proxy's should be is not an address of the sender's choosing
        submitFrom("198.51.100.61, garbage-" + System.nanoTime(), TestReports.valid()).then().statusCode(200);
        assertEquals(reports + 3, count("report"));
    }

    /** The answer to the second report was lost; its retry after the limit still gets the receipt, not the notice. */
    @Test
    void shouldAnswerTheRetryOfAStoredReportWithItsReceiptEvenAtTheLimit() {
        TestClock.at("2026-11-25T14:10:00");
        String address = "198.51.100.17";
        submitFrom(address, TestReports.valid()).then().statusCode(200);
        Map<String, String> second = TestReports.valid();
        second.put("submissionKey", "lost-answer-" + System.nanoTime());
        String page = submitFrom(address, second).then().statusCode(200).extract().asString();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("id=\"receipt-no\" class=\"code\">([^<]+)<").matcher(page);
        assertTrue(m.find(), "a receipt number");
        String receipt = m.group(1);
        submitFrom(address, TestReports.valid()).then().statusCode(429);
        long reports = count("report");

        submitFrom(address, second).then().statusCode(200).body(containsString("举报已收到"), containsString(receipt),
                not(containsString("id=\"limit-notice\"")));
        assertEquals(reports, count("report"), "the retry stored nothing");
        submitFrom(address, TestReports.valid()).then().statusCode(429);
    }

    /** A flood of forged tokens from one address fills the security log with the hour's allowance, no more. */
    @Test
    void shouldStoreOnlyTheHoursAllowanceOfFailedSignInsFromOneAddress() {
        TestClock.at("2026-11-25T15:10:00");
        long base = 7_000_000 + System.nanoTime() % 1_000_000; // case ids of this run only, to tell its rows apart
        List<String> logged = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord entry) {
                String line = String.valueOf(entry.getMessage()) + Arrays.toString(entry.getParameters());
                if (line.contains("/staff/cases/" + base)) {
                    logged.add(line);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger securityLog = Logger.getLogger("qingfeng.security");
        securityLog.addHandler(capture);
        try {
            for (int i = 0; i < 5; i++) {
                given().header("X-Forwarded-For", "203.0.113.99").auth().oauth2("forged.token." + i).redirects()
                        .follow(false).get("/staff/cases/" + base + i).then().statusCode(401);
            }
            given().header("X-Forwarded-For", "192.0.2.14").auth().oauth2("forged.token.x").redirects().follow(false)
                    .get("/staff/cases/" + base + 9).then().statusCode(401);
            // the failures are handled asynchronously; each one, stored or not, writes one line to the security log
            await().atMost(Duration.ofSeconds(20)).until(() -> logged.size() == 6);
        } finally {
            securityLog.removeHandler(capture);
        }
        String sql = "select count(*) from security_event where kind = 'SIGN_IN_FAILED' and address = ?1 and detail like ?2";
        // every take from the allowance has happened: what is stored now is all that will ever be stored
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> QuarkusTransaction.requiringNew().run(() -> {
            assertEquals(2L, ((Number) em.createNativeQuery(sql).setParameter(1, "203.0.113.x")
                    .setParameter(2, "GET /staff/cases/" + base + "_ %").getSingleResult()).longValue(),
                    "two of the five stored");
            assertEquals(1L, ((Number) em.createNativeQuery(sql).setParameter(1, "192.0.2.x")
                    .setParameter(2, "GET /staff/cases/" + base + "9 %").getSingleResult()).longValue(),
                    "another address is stored");
        }));
    }

    @Test
    void shouldNotCountAReportRefusedByTheChecks() {
        TestClock.at("2026-11-25T14:10:00");
        String address = "198.51.100.20";
        Map<String, String> invalid = TestReports.valid();
        invalid.put("phone", "12345");
        for (int i = 0; i < 3; i++) {
            submitFrom(address, invalid).then().statusCode(422);
        }
        submitFrom(address, TestReports.valid()).then().statusCode(200);
        submitFrom(address, TestReports.valid()).then().statusCode(200);
        submitFrom(address, TestReports.valid()).then().statusCode(429);
    }

    @Test
    void shouldCountEvidenceFilesPerAddressAndAskForTheFilesAgain() throws IOException {
        TestClock.at("2026-11-25T12:10:00");
        String address = "198.51.100.9";
        byte[] png = EvidenceTest.png();
        from(address, TestReports.valid()).multiPart("evidence", "a.png", png, "image/png")
                .multiPart("evidence", "b.png", png, "image/png").post("/report").then().statusCode(200);
        long reports = count("report");
        long evidence = count("evidence");
        from(address, TestReports.valid()).multiPart("evidence", "c.png", png, "image/png")
                .multiPart("evidence", "d.png", png, "image/png").post("/report").then().statusCode(429)
                .body(containsString("上传的证据文件数量已达上限"), containsString("为保护您的材料"),
                        containsString("evidence files that can be uploaded"));
        assertEquals(reports, count("report"));
        assertEquals(evidence, count("evidence"));
        // one file still fits, and the refused submission took nothing from the report allowance
        from(address, TestReports.valid()).multiPart("evidence", "e.png", png, "image/png").post("/report").then()
                .statusCode(200);
    }

    @Test
    void shouldAnswerTheApiWithJsonAndRetryAfter() {
        TestClock.at("2026-11-25T13:10:00");
        String address = "203.0.113.5";
        for (int i = 0; i < 2; i++) {
            TestReports.api(TestReports.valid()).header("X-Forwarded-For", address).post("/api/v1/reports").then()
                    .statusCode(201);
        }
        long reports = count("report");
        TestReports.api(TestReports.valid()).header("X-Forwarded-For", address).post("/api/v1/reports").then()
                .statusCode(429).header("Retry-After", "3000").contentType("application/json")
                .body("error", equalTo("rate_limited"), "message", containsString("尚未保存"),
                        "messageEn", containsString("NOT been saved"));
        assertEquals(reports, count("report"));
        TestReports.api(TestReports.valid()).header("X-Forwarded-For", "203.0.113.6").post("/api/v1/reports").then()
                .statusCode(201);
    }

    @Test
    void shouldLimitRightPasswordLookupsOfOneReceiptWhateverTheAddress() {
        TestClock.at("2026-11-25T15:10:00");
        JsonPath created = TestReports.api(TestReports.valid()).header("X-Forwarded-For", "203.0.113.50")
                .post("/api/v1/reports").then().statusCode(201).extract().jsonPath();
        String receipt = created.getString("receipt");
        String password = created.getString("password");
        // wrong passwords from anyone do not use up the owner's allowance
        for (int i = 1; i <= 4; i++) {
            lookUpFrom("198.51.100." + i, receipt, "WRONGPASS" + i).then().statusCode(404);
        }
        for (int i = 1; i <= 3; i++) {
            lookUpFrom("192.0.2." + i, receipt, password).then().statusCode(200);
        }
        lookUpFrom("192.0.2.4", receipt, password).then().statusCode(429).header("Retry-After", "3000")
                .body(containsString("查询次数过多"), containsString("Too many lookups"),
                        not(containsString("已登记")));
        // the API's status lookup counts against the same allowance
        given().header("X-Forwarded-For", "192.0.2.5").header("X-Query-Password", password)
                .get("/api/v1/reports/" + receipt).then().statusCode(429).body("error", equalTo("rate_limited"));
        TestClock.at("2026-11-25T16:00:00");
        lookUpFrom("192.0.2.4", receipt, password).then().statusCode(200);
    }

    /**
     * The accused unit may know a receipt number: five wrong passwords from its address lock that address out of the
     * receipt, never the reporter, who gets in from elsewhere with the right password (page and API).
     */
    @Test
    void shouldLockOutTheGuessingAddressButNeverTheOwner() {
        TestClock.at("2026-11-26T09:10:00");
        JsonPath created = TestReports.api(TestReports.valid()).header("X-Forwarded-For", "203.0.113.90")
                .post("/api/v1/reports").then().statusCode(201).extract().jsonPath();
        String receipt = created.getString("receipt");
        for (int i = 0; i < 5; i++) {
            lookUpFrom("198.51.100.31", receipt, "WRONG" + i).then().statusCode(404);
        }
        lookUpFrom("198.51.100.31", receipt, created.getString("password")).then().statusCode(429)
                .header("Retry-After", org.hamcrest.Matchers.notNullValue())
                .body(containsString("尝试次数过多"), not(containsString("已登记")));
        lookUpFrom("203.0.113.31", receipt, created.getString("password")).then().statusCode(200)
                .body(containsString("已登记"));
        given().header("X-Forwarded-For", "203.0.113.32").header("X-Query-Password", created.getString("password"))
                .get("/api/v1/reports/" + receipt).then().statusCode(200);
        String log = StaffClient.as("admin-wang", "admin").get("/staff/admin/security?kind=TRACKING_LOCKED").then()
                .statusCode(200).extract().asString();
        assertTrue(log.contains("198.51.100.x") && !log.contains(receipt),
                "the lock-out is in the security log, without the receipt number");
    }

    /** Guessing spread over many addresses refuses no one, but the security log says someone is at it. */
    @Test
    void shouldLogGuessingSpreadOverAddresses() {
        TestClock.at("2026-11-26T11:10:00");
        JsonPath created = TestReports.api(TestReports.valid()).header("X-Forwarded-For", "203.0.113.91")
                .post("/api/v1/reports").then().statusCode(201).extract().jsonPath();
        String receipt = created.getString("receipt");
        String tag = "receipt#";
        for (int a = 0; a < 5; a++) {
            for (int i = 0; i < 4; i++) {
                lookUpFrom("198.51.100." + (40 + a), receipt, "WRONG" + i).then().statusCode(404);
            }
        }
        lookUpFrom("203.0.113.41", receipt, created.getString("password")).then().statusCode(200);
        String log = StaffClient.as("admin-wang", "admin").get("/staff/admin/security?kind=GUESSING_SUSPECTED").then()
                .statusCode(200).extract().asString();
        assertTrue(log.contains(tag) && log.contains("198.51.100.x")
                && !log.contains(receipt), "suspected guessing is logged, without the receipt number");
    }

    @Inject
    cn.gov.yongzhou.qingfeng.casework.Casework casework;

    @Test
    void shouldLimitObjectionsPerReceiptAndKeepWhatWasTyped() {
        TestClock.at("2026-11-25T18:10:00");
        JsonPath created = TestReports.api(TestReports.valid()).header("X-Forwarded-For", "203.0.113.80")
                .post("/api/v1/reports").then().statusCode(201).extract().jsonPath();
        TestCases.conclude(casework, em, TestReports.caseOf(em, created.getString("receipt")), "LL-JW",
                cn.gov.yongzhou.qingfeng.casework.Conclusion.UNSUBSTANTIATED);
        String status = lookUpFrom("192.0.2.80", created.getString("receipt"), created.getString("password")).then()
                .statusCode(200).extract().asString();
        java.util.regex.Matcher pass = java.util.regex.Pattern.compile("name=\"pass\" value=\"([^\"]+)\"")
                .matcher(status);
        assertTrue(pass.find(), "the status page carries a pass for the follow-up forms");
        for (int i = 0; i < 2; i++) {
            objectFrom("192.0.2.8" + i, pass.group(1), "").then().statusCode(422);
        }
        String objection = "核查时没有调取窗口监控录像，我要求复核。";
        objectFrom("192.0.2.83", pass.group(1), objection).then().statusCode(429).header("Retry-After", "3000")
                .body(containsString("提交评价或异议的次数过多"), containsString("Too many ratings or objections"),
                        containsString(objection));
        assertEquals(0L, objections(created.getString("receipt")), "no objection recorded");
        // the next hour (with a fresh look-up: a pass lasts half an hour) the objection goes through
        TestClock.at("2026-11-25T19:00:00");
        java.util.regex.Matcher again = java.util.regex.Pattern.compile("name=\"pass\" value=\"([^\"]+)\"")
                .matcher(lookUpFrom("192.0.2.80", created.getString("receipt"), created.getString("password")).then()
                        .statusCode(200).extract().asString());
        assertTrue(again.find());
        objectFrom("192.0.2.83", again.group(1), objection).then().statusCode(200);
        assertEquals(1L, objections(created.getString("receipt")));
    }

    long objections(String receipt) {
        return ((Number) em.createNativeQuery("select count(*) from case_event e join case_file c on c.id = e.case_id "
                + "join report r on r.id = c.report_id where r.receipt_no = ?1 and e.action = 'OBJECTED'")
                .setParameter(1, receipt).getSingleResult()).longValue();
    }

    static Response objectFrom(String address, String pass, String objection) {
        TestReports.Csrf csrf = TestReports.openForm();
        return given().contentType("application/x-www-form-urlencoded; charset=UTF-8").cookie("qf-csrf", csrf.cookie())
                .header("X-Forwarded-For", address).formParam("csrf-token", csrf.token()).formParam("pass", pass)
                .formParam("objection", objection).post("/track/object");
    }

    @Test
    void shouldLogEveryLimitHitWithoutTheReceipt() {
        TestClock.at("2026-11-25T17:10:00");
        JsonPath created = TestReports.api(TestReports.valid()).header("X-Forwarded-For", "203.0.113.70")
                .post("/api/v1/reports").then().statusCode(201).extract().jsonPath();
        String receipt = created.getString("receipt");
        for (int i = 0; i < 4; i++) {
            lookUpFrom("192.0.2.77", receipt, created.getString("password"));
        }
        String log = StaffClient.as("admin-wang", "admin")
                .get("/staff/admin/security?kind=RATE_LIMITED").then().statusCode(200).extract().asString();
        assertTrue(log.contains("同一受理编号查询次数超限") && log.contains("192.0.2.x"), "the limit hit is logged");
        assertTrue(!log.contains(receipt) && !log.contains("192.0.2.77"), "no receipt, no full address");
    }
}
