package cn.gov.yongzhou.qingfeng.intake;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.yongzhou.qingfeng.notify.sms.LocalSmsc;
import cn.gov.yongzhou.qingfeng.support.TestReports;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** 找回: a new query password, or the receipt number, by a code sent to the mobile number on file. */
@QuarkusTest
class RecoveryTest {

    private static final Pattern CODE = Pattern.compile("验证码(\\d{6})");

    @Inject
    LocalSmsc smsc;

    @Inject
    EntityManager em;

    private static RequestSpecification post(TestReports.Csrf csrf) {
        return given().contentType("application/x-www-form-urlencoded; charset=UTF-8").cookie("qf-csrf", csrf.cookie())
                .formParam("csrf-token", csrf.token());
    }

    private String lastCode(String phone) {
        List<LocalSmsc.Received> texts = smsc.receivedBy(phone);
        Matcher m = CODE.matcher(texts.get(texts.size() - 1).text());
        assertTrue(m.find(), texts.get(texts.size() - 1).text());
        return m.group(1);
    }

    @Test
    void shouldSetANewPasswordAfterTheCodeAndStopTheOldOne() {
        String phone = TestReports.phone();
        java.util.Map<String, String> form = TestReports.valid();
        form.put("phone", phone);
        var created = TestReports.api(form).post("/api/v1/reports").then().statusCode(201).extract().jsonPath();
        String receipt = created.getString("receipt");
        String oldPassword = created.getString("password");
        TestReports.Csrf csrf = TestReports.openForm();

        post(csrf).formParam("receipt", receipt).formParam("phone", phone).formParam("action", "send-code")
                .post("/track/recover/password").then().statusCode(200).body(containsString("验证码已发送到"));
        String code = lastCode(phone);

        post(csrf).formParam("receipt", receipt).formParam("phone", phone).formParam("code", code)
                .formParam("password", "qingfeng2026").formParam("again", "qingfeng2027")
                .post("/track/recover/password").then().statusCode(422).body(containsString("两次输入的新密码不一样"));
        post(csrf).formParam("receipt", receipt).formParam("phone", phone).formParam("code", code)
                .formParam("password", "qingfeng2026").formParam("again", "qingfeng2026")
                .post("/track/recover/password").then().statusCode(200).body(containsString("旧密码已失效"));

        post(csrf).formParam("receipt", receipt).formParam("password", oldPassword).post("/track").then()
                .statusCode(404);
        post(csrf).formParam("receipt", receipt).formParam("password", "QINGFENG2026").post("/track").then()
                .statusCode(200).body(containsString("举报人验证手机后重设了查询密码"));
        long logged = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from security_event where kind = 'PASSWORD_RESET' and detail not like ?1")
                .setParameter(1, "%" + receipt + "%").getSingleResult()).longValue());
        assertTrue(logged >= 1, "in the security log, without the receipt number itself");
    }

    @Test
    void shouldAnswerTheSameForANumberNotOnFileButSendNothing() {
        java.util.Map<String, String> form = TestReports.valid();
        String receipt = TestReports.api(form).post("/api/v1/reports").then().statusCode(201).extract()
                .path("receipt");
        String stranger = TestReports.phone();
        post(TestReports.openForm()).formParam("receipt", receipt).formParam("phone", stranger)
                .formParam("action", "send-code").post("/track/recover/password").then().statusCode(200)
                .body(containsString("如果这个号码与登记的一致"));
        assertEquals(0, smsc.receivedBy(stranger).size(), "no code to a number that is not on file");
    }

    @Test
    void shouldFindTheReceiptNumberFromThePhoneAndTheDay() {
        String phone = TestReports.phone();
        java.util.Map<String, String> form = TestReports.valid();
        form.put("phone", phone);
        String receipt = TestReports.api(form).post("/api/v1/reports").then().statusCode(201).extract()
                .path("receipt");
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        TestReports.Csrf csrf = TestReports.openForm();
        post(csrf).formParam("phone", phone).formParam("date", today).formParam("action", "send-code")
                .post("/track/recover/receipt").then().statusCode(200);
        String code = lastCode(phone);
        post(csrf).formParam("phone", phone).formParam("date", today).formParam("code", "999999".equals(code)
                ? "000000"
                : "999999").post("/track/recover/receipt").then().statusCode(422)
                .body(containsString("验证码不对"));
        post(csrf).formParam("phone", phone).formParam("date", today).formParam("code", code)
                .post("/track/recover/receipt").then().statusCode(200).body(containsString(receipt));
    }
}
