package cn.gov.yongzhou.qingfeng.intake;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.gov.yongzhou.qingfeng.support.TestReports;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TrackingTest {

    static JsonPath file(Map<String, String> form) {
        return TestReports.api(form).post("/api/v1/reports").then().statusCode(201).extract().jsonPath();
    }

    static Response track(String receipt, String password) {
        TestReports.Csrf csrf = TestReports.openForm();
        return given().contentType("application/x-www-form-urlencoded; charset=UTF-8").cookie("qf-csrf", csrf.cookie())
                .formParam("csrf-token", csrf.token()).formParam("receipt", receipt).formParam("password", password)
                .post("/track");
    }

    @Test
    void shouldShowStatusAndTimelineButNotTheReportersIdentity() {
        Map<String, String> form = TestReports.valid();
        form.put("reporterName", "欧阳明远");
        JsonPath created = file(form);
        track(created.getString("receipt").toLowerCase(), created.getString("password")).then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body(containsString(created.getString("receipt")), containsString("已登记"),
                        containsString("举报已登记"), containsString("欧***"),
                        containsString("告知您是否受理"), containsString("id=\"status-deadlines\""),
                        not(containsString("欧阳明远")), not(containsString(form.get("idNumber"))),
                        not(containsString(form.get("phone"))));
    }

    @Test
    void shouldRevealNothingForAWrongPassword() {
        Map<String, String> form = TestReports.valid();
        JsonPath created = file(form);
        String wrong = track(created.getString("receipt"), "AAAAAAAAAA").then().statusCode(404)
                .body(containsString("受理编号或查询密码不正确"), not(containsString("已登记")),
                        not(containsString("零陵区政务服务中心 不动产登记窗口")))
                .extract().asString();
        String unknown = track("YZ261125ZZZZZZ", "AAAAAAAAAA").then().statusCode(404).extract().asString();
        assertEquals(strip(wrong, created.getString("receipt")), strip(unknown, "YZ261125ZZZZZZ"));
    }

    /** wapiti sends a NUL byte (PostgreSQL refuses it in a query): the same "not found" as any unknown receipt. */
    @Test
    void shouldAnswerNotFoundForAReceiptWithANulByte() {
        track("YZ261125ZZZZZZ\u0000", "AAAAAAAAAA").then().statusCode(404)
                .body(containsString("受理编号或查询密码不正确"));
        given().header("X-Query-Password", "AAAAAAAAAA").get("/api/v1/reports/YZ261125ZZZZZY%00").then().statusCode(404);
    }

    /** The two pages differ only where they echo back the receipt typed, and in the CSRF token. */
    private static String strip(String html, String receipt) {
        return html.replace(receipt, "").replaceAll("name=\"csrf-token\" value=\"[^\"]+\"", "");
    }
}
