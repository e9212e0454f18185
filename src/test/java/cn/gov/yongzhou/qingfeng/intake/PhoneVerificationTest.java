package cn.gov.yongzhou.qingfeng.intake;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.yongzhou.qingfeng.notify.sms.LocalSmsc;
import cn.gov.yongzhou.qingfeng.support.TestClock;
import cn.gov.yongzhou.qingfeng.support.TestReports;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The six-digit code that proves the reporter's mobile before the report is stored (mode REQUIRED here), with the
 * texts going through the in-process SMSC, and the limits that keep the form from being used to pump texts.
 */
@QuarkusTest
@TestProfile(PhoneVerificationTest.Required.class)
class PhoneVerificationTest {

    public static class Required implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("qingfeng.phone-verification.mode", "REQUIRED",
                    "qingfeng.phone-verification.per-number-per-hour", "3",
                    "qingfeng.phone-verification.per-address-per-hour", "40");
        }
    }

    private static final Pattern CODE = Pattern.compile("验证码(\\d{6})");

    @Inject
    LocalSmsc smsc;

    @Inject
    EntityManager em;

    @Inject
    cn.gov.yongzhou.qingfeng.notify.OutboxWorker worker;

    private static Map<String, String> form(String phone) {
        Map<String, String> form = TestReports.valid();
        form.put("phone", phone);
        form.put("narrative", "窗口人员说材料不全，暗示请吃饭就能办，验证码测试专用的叙述内容。");
        return form;
    }

    private String lastCode(String phone) {
        List<LocalSmsc.Received> texts = smsc.receivedBy(phone);
        Matcher m = CODE.matcher(texts.get(texts.size() - 1).text());
        assertTrue(m.find(), texts.get(texts.size() - 1).text());
        return m.group(1);
    }

    private long reportsFrom(String narrativeMarker) {
        return QuarkusTransaction.requiringNew().call(() -> Report.<Report> listAll().stream()
                .filter(r -> r.narrative != null && r.narrative.contains(narrativeMarker)).count());
    }

    @Test
    void shouldStoreNothingWithoutTheCodeAndKeepEverythingTyped() {
        String phone = TestReports.phone();
        Map<String, String> fields = form(phone);
        fields.put("narrative", "没有验证码的举报不保存，这段叙述要原样回到表单上。" + phone);
        TestReports.formPost(fields, TestReports.openForm()).post("/report").then().statusCode(422)
                .body(containsString("请先获取并填写手机验证码"))
                .body(containsString("没有验证码的举报不保存，这段叙述要原样回到表单上。"))
                .body(containsString("value=\"" + phone + "\""));
        assertEquals(0, reportsFrom("没有验证码的举报不保存"));
    }

    @Test
    void shouldSendTheCodeWithoutJavaScriptKeepTheFormAndStoreTheReportAsVerified() {
        String phone = TestReports.phone();
        Map<String, String> fields = form(phone);
        fields.put("narrative", "先获取验证码再提交，验证通过的举报记录手机已验证。" + phone);
        TestReports.Csrf csrf = TestReports.openForm();
        Map<String, String> ask = new java.util.LinkedHashMap<>(fields);
        ask.put("action", "send-code");
        TestReports.formPost(ask, csrf).post("/report").then().statusCode(200)
                .body(containsString("验证码已发送到 " + phone.substring(0, 3) + "****" + phone.substring(7)))
                .body(containsString("先获取验证码再提交"))
                .body(not(containsString("受理编号</dt>")));
        assertEquals(0, reportsFrom("先获取验证码再提交"), "asking for a code stores nothing");
        String code = lastCode(phone);
        assertTrue(smsc.receivedBy(phone).get(0).text().startsWith("【清风】"));
        worker.drain();
        assertEquals(1, smsc.receivedBy(phone).size(),
                "the code went out while the citizen waited and was recorded as sent: the outbox's next run sends nothing again");

        fields.put("code", code);
        String page = TestReports.formPost(fields, csrf).post("/report").then().statusCode(200).extract().asString();
        assertTrue(page.contains("receipt-no"), "the receipt page");
        Report stored = QuarkusTransaction.requiringNew().call(() -> Report.<Report> listAll().stream()
                .filter(r -> r.narrative != null && r.narrative.contains("先获取验证码再提交")).findFirst().orElseThrow());
        assertNotNull(stored.phoneVerifiedAt, "the report records that the number was verified, and when");

        Map<String, String> again = form(phone);
        again.put("code", code);
        TestReports.formPost(again, TestReports.openForm()).post("/report").then().statusCode(422)
                .body(containsString("这个验证码已经不能再用"));
    }

    @Test
    void shouldSpendACodeAfterFiveWrongTries() {
        String phone = TestReports.phone();
        TestReports.Csrf csrf = TestReports.openForm();
        given().contentType("application/x-www-form-urlencoded; charset=UTF-8").cookie("qf-csrf", csrf.cookie())
                .formParam("csrf-token", csrf.token()).formParam("phone", phone).post("/report/code").then()
                .statusCode(200).body(containsString("\"sent\":true"));
        String code = lastCode(phone);
        String wrong = code.equals("000000") ? "111111" : "000000";
        for (int i = 0; i < 5; i++) {
            Map<String, String> fields = form(phone);
            fields.put("code", wrong);
            TestReports.formPost(fields, csrf).post("/report").then().statusCode(422)
                    .body(containsString("验证码不对"));
        }
        Map<String, String> fields = form(phone);
        fields.put("code", code);
        TestReports.formPost(fields, csrf).post("/report").then().statusCode(422)
                .body(containsString("这个验证码已经不能再用"));
    }

    @Test
    void shouldRefuseANumberThatIsNotAMainlandMobile() {
        TestReports.Csrf csrf = TestReports.openForm();
        given().contentType("application/x-www-form-urlencoded; charset=UTF-8").cookie("qf-csrf", csrf.cookie())
                .formParam("csrf-token", csrf.token()).formParam("phone", "+1 415 555 0100").post("/report/code")
                .then().statusCode(422).body(containsString("中国大陆手机号码"));
    }

    @Test
    void shouldLimitCodesPerNumberAndRecordTheRefusalInTheSecurityLog() {
        String phone = TestReports.phone();
        for (int i = 0; i < 3; i++) {
            TestClock.at("2026-12-01T10:0" + i + ":00");
            TestReports.Csrf csrf = TestReports.openForm();
            given().contentType("application/x-www-form-urlencoded; charset=UTF-8").cookie("qf-csrf", csrf.cookie())
                    .formParam("csrf-token", csrf.token()).formParam("phone", phone).post("/report/code").then()
                    .statusCode(200);
        }
        TestClock.at("2026-12-01T10:03:30");
        TestReports.Csrf csrf = TestReports.openForm();
        given().contentType("application/x-www-form-urlencoded; charset=UTF-8").cookie("qf-csrf", csrf.cookie())
                .formParam("csrf-token", csrf.token()).formParam("phone", phone).post("/report/code").then()
                .statusCode(429).body(containsString("这个号码获取验证码的次数太多"));
        assertEquals(3, smsc.receivedBy(phone).size(), "three codes, not four");
        long logged = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from security_event where kind = 'RATE_LIMITED' and detail like 'phone code REPORT "
                        + "refused: TOO_MANY_FOR_NUMBER%'")
                .getSingleResult()).longValue());
        assertTrue(logged >= 1);
        String detail = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select string_agg(detail, ' ') from security_event").getSingleResult());
        assertTrue(!detail.contains(phone), "no number in the security log");
    }

    @Test
    void shouldNotAcceptACodeAfterFiveMinutes() {
        String phone = TestReports.phone();
        TestClock.at("2026-12-02T09:00:00");
        TestReports.Csrf csrf = TestReports.openForm();
        given().contentType("application/x-www-form-urlencoded; charset=UTF-8").cookie("qf-csrf", csrf.cookie())
                .formParam("csrf-token", csrf.token()).formParam("phone", phone).post("/report/code").then()
                .statusCode(200);
        String code = lastCode(phone);
        TestClock.at("2026-12-02T09:05:01");
        Map<String, String> fields = form(phone);
        fields.put("occurredDate", "2026-11-30");
        fields.put("code", code);
        TestReports.formPost(fields, TestReports.openForm()).post("/report").then().statusCode(422)
                .body(containsString("验证码已过期"));
    }
}
