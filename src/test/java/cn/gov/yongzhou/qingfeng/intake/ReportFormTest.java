package cn.gov.yongzhou.qingfeng.intake;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.gov.yongzhou.qingfeng.support.TestReports;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReportFormTest {

    @Inject
    EntityManager em;

    long reports() {
        return ((Number) em.createNativeQuery("select count(*) from report").getSingleResult()).longValue();
    }

    @Test
    void shouldShowTheFormInChineseByDefault() {
        given().get("/report").then().statusCode(200)
                .body(containsString("实名举报"), containsString("索拿卡要"), containsString("零陵区"),
                        containsString("name=\"csrf-token\""));
    }

    @Test
    void shouldShowTheFormInEnglishWhenAsked() {
        given().get("/report?lang=en").then().statusCode(200)
                .cookie("qf-lang", "en")
                .body(containsString("Real-name report"), containsString("Petty corruption"));
    }

    @Test
    void shouldFillUnitAndWindowFromTheWindowQrLink() {
        given().get("/w/LL-03").then().statusCode(200)
                .body(containsString("<option value=\"LL-ZWFW\" selected>"),
                        containsString("<option value=\"LL-03\" data-unit=\"LL-ZWFW\" selected>"),
                        containsString("不动产登记窗口"));
    }

    @Test
    void shouldShowAFriendlyPageForAnUnknownWindowCode() {
        given().get("/w/NO-SUCH-9").then().statusCode(404)
                .body(containsString("找不到这个窗口"), containsString("NO-SUCH-9"), containsString("href=\"/report\""));
    }

    @Test
    void shouldRefuseAPostWithoutCsrfToken() {
        long before = reports();
        TestReports.multipart(TestReports.valid()).post("/report").then().statusCode(400);
        assertEquals(before, reports());
    }

    @Test
    void shouldStoreAValidReportAndShowTheReceiptOnce() {
        TestReports.Csrf csrf = TestReports.openForm();
        long before = reports();
        TestReports.formPost(TestReports.valid(), csrf).post("/report").then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body(containsString("举报已收到"), containsString("id=\"receipt-no\""),
                        containsString("查询密码只显示这一次"));
        assertEquals(before + 1, reports());
    }

    @Test
    void shouldKeepTheCitizensInputAndExplainEachErrorInChinese() {
        TestReports.Csrf csrf = TestReports.openForm();
        Map<String, String> form = TestReports.valid();
        form.put("idNumber", "431102199001011238");
        form.put("phone", "12345");
        form.put("narrative", "工作人员暗示要给好处才给办理，这里是我写的原话。");
        long before = reports();
        TestReports.formPost(form, csrf).post("/report").then().statusCode(422)
                .body(containsString("身份证号码校验位不正确"), containsString("手机号码应为 11 位"),
                        containsString("工作人员暗示要给好处才给办理，这里是我写的原话。"),
                        containsString("value=\"431102199001011238\""),
                        containsString("value=\"LL0301\""),
                        not(containsString("请重新选择证据文件")));
        assertEquals(before, reports());
    }

    @Test
    void shouldExplainErrorsInEnglishForAnEnglishPage() {
        TestReports.Csrf csrf = TestReports.openForm();
        Map<String, String> form = TestReports.valid();
        form.remove("declaration");
        form.put("idNumber", "431102199002301234");
        TestReports.formPost(form, csrf).cookie("qf-lang", "en").post("/report").then().statusCode(422)
                .body(containsString("The birth date inside the ID number is not valid"),
                        containsString("Please read and tick the truthfulness declaration"));
    }

    @Test
    void shouldRegisterABystandersReportOfArrogantServiceMarkedAsNotFromThePersonServed() {
        TestReports.Csrf csrf = TestReports.openForm();
        Map<String, String> form = TestReports.valid();
        form.put("category", "ARROGANT_SERVICE");
        form.put("subcategory", "MULTIPLE_TRIPS");
        form.put("directlyServed", "no");
        TestReports.formPost(form, csrf).post("/report").then().statusCode(200);
        Object[] row = (Object[]) em.createNativeQuery("select directly_served, subcategory from report "
                + "order by id desc limit 1").getSingleResult();
        assertEquals(false, row[0], "registered, marked as a bystander's");
        assertEquals("MULTIPLE_TRIPS", row[1]);
        long caseId = ((Number) em.createNativeQuery("select c.id from case_file c join report r on r.id = c.report_id "
                + "order by r.id desc limit 1").getSingleResult()).longValue();
        cn.gov.yongzhou.qingfeng.support.StaffClient.as("inspector-wang", "inspector").get("/staff/cases/" + caseId)
                .then().statusCode(200).body(containsString("否，非当事人本人"));
    }

    @Test
    void shouldRegisterAMatterOlderThanThreeYears() {
        TestReports.Csrf csrf = TestReports.openForm();
        Map<String, String> form = TestReports.valid();
        form.put("occurredDate", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).minusYears(4).toString());
        long before = reports();
        TestReports.formPost(form, csrf).post("/report").then().statusCode(200);
        assertEquals(before + 1, reports(), "no rule we know of sets a cut-off: every report is registered (art. 14)");
    }

    @Test
    void shouldRequireAtLeastOneWayToIdentifyTheAccused() {
        TestReports.Csrf csrf = TestReports.openForm();
        Map<String, String> form = TestReports.valid();
        form.remove("accusedBadge");
        form.remove("accusedDescription");
        TestReports.formPost(form, csrf).post("/report").then().statusCode(422)
                .body(containsString("请至少填写被举报人的姓名、工号或外貌岗位描述中的一项"));
    }

    @Test
    void shouldSubmitTheSameFormOnceWhenItIsSentTwice() {
        TestReports.Csrf csrf = TestReports.openForm();
        Map<String, String> form = TestReports.valid();
        form.put("submissionKey", "form-key-" + System.nanoTime());
        long before = reports();
        String first = TestReports.formPost(form, csrf).post("/report").then().statusCode(200).extract().asString();
        String second = TestReports.formPost(form, csrf).post("/report").then().statusCode(200).extract().asString();
        assertEquals(before + 1, reports());
        assertEquals(receipt(first), receipt(second));
    }

    static String receipt(String html) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("id=\"receipt-no\" class=\"code\">([^<]+)<")
                .matcher(html);
        return m.find() ? m.group(1) : null;
    }
}
