package cn.gov.yongzhou.qingfeng.desk;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.yongzhou.qingfeng.support.StaffClient;
import cn.gov.yongzhou.qingfeng.support.TestReports;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** An inspector registers a report received by letter, with the public form's checks, and records the channel. */
@QuarkusTest
class RegisterPagesTest {

    @Inject
    EntityManager em;

    RequestSpecification post(Map<String, String> fields) {
        TestReports.Csrf csrf = TestReports.openForm();
        return TestReports.formPost(fields, csrf).auth().oauth2(StaffClient.token("inspector-wang", StaffClient.INSPECTOR));
    }

    /** The receipt number the page shows for the inspector to pass on. */
    static String receiptOn(String page) {
        Matcher m = Pattern.compile("id=\"receipt-no\" class=\"code\">([^<]+)<").matcher(page);
        assertTrue(m.find(), "no receipt number on the page");
        return m.group(1);
    }

    @Test
    void shouldRegisterALetterAndGiveTheReceiptToPassOn() {
        StaffClient.inspector("inspector-wang").get("/staff/register").then().statusCode(200)
                .body(containsString("登记来电、来信、来访举报"), containsString("name=\"channel\" value=\"LETTER\""),
                        containsString("action=\"/staff/register\""));
        Map<String, String> form = TestReports.valid();
        form.put("channel", "LETTER");
        String page = post(form).post("/staff/register").then().statusCode(200)
                .body(containsString("举报已收到"), containsString("id=\"receipt-password\"")).extract().asString();
        assertEquals("LETTER", em.createNativeQuery("select channel from report where receipt_no = ?1")
                .setParameter(1, receiptOn(page)).getSingleResult());
    }

    @Test
    void shouldAskHowTheReportCameInAndCheckItLikeThePublicForm() {
        Map<String, String> form = TestReports.valid();
        form.put("idNumber", "431102199001011238");
        post(form).post("/staff/register").then().statusCode(422).body(containsString("请选择举报是怎样收到的"));
        form.put("channel", "PHONE");
        post(form).post("/staff/register").then().statusCode(422).body(containsString("身份证号码校验位不正确"));
        StaffClient.as("handler-li", "handler")
                .get("/staff/register").then().statusCode(403);
    }

    /**
     * A letter that gives no identity number is registered (a name with a telephone number is real name, 逐件登记); a
     * call or a visit still needs it, and the public form cannot borrow the letter's allowance by posting a channel.
     */
    @Test
    void shouldRegisterALetterWithoutAnIdNumberButNotACallOrAPublicReport() {
        StaffClient.inspector("inspector-wang").get("/staff/register").then().statusCode(200)
                .body(containsString("来信没有写明证件号码的，可以不填"));
        Map<String, String> form = TestReports.valid();
        form.remove("idNumber");
        form.put("channel", "PHONE");
        post(form).post("/staff/register").then().statusCode(422).body(containsString("请填写您的身份证号码"));
        form.put("channel", "LETTER");
        String page = post(form).post("/staff/register").then().statusCode(200).body(containsString("举报已收到"))
                .extract().asString();
        Object[] row = (Object[]) em.createNativeQuery(
                "select channel, reporter_id_no_enc is null, reporter_name_enc is not null from report where receipt_no = ?1")
                .setParameter(1, receiptOn(page)).getSingleResult();
        assertEquals("LETTER", row[0]);
        assertEquals(Boolean.TRUE, row[1]);
        assertEquals(Boolean.TRUE, row[2]);

        TestReports.Csrf csrf = TestReports.openForm();
        TestReports.formPost(form, csrf).post("/report").then().statusCode(422).body(containsString("请填写您的身份证号码"));
    }

    /** Every letter is registered (逐件登记): an anonymous one too, of any category; a call cannot be anonymous arrogance. */
    @Test
    void shouldRegisterAnAnonymousLetterAboutArrogantService() {
        Map<String, String> form = TestReports.valid();
        form.put("category", "ARROGANT_SERVICE");
        form.put("subcategory", "HARD_FACE");
        form.put("identity", "ANONYMOUS");
        form.put("channel", "PHONE");
        post(form).post("/staff/register").then().statusCode(422).body(containsString("傲慢服务问题须实名举报"));
        form.put("channel", "LETTER");
        String page = post(form).post("/staff/register").then().statusCode(200).body(containsString("举报已收到"))
                .extract().asString();
        Object[] row = (Object[]) em.createNativeQuery(
                "select r.anonymous, r.reporter_name_enc is null, c.category from report r join case_file c on c.report_id = r.id where r.receipt_no = ?1")
                .setParameter(1, receiptOn(page)).getSingleResult();
        assertEquals(Boolean.TRUE, row[0]);
        assertEquals(Boolean.TRUE, row[1]);
        assertEquals("ARROGANT_SERVICE", row[2]);
    }
}
