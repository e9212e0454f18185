package cn.gov.yongzhou.qingfeng.shared.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import cn.gov.yongzhou.qingfeng.support.StaffClient;
import cn.gov.yongzhou.qingfeng.support.TestReports;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SecurityHeadersTest {

    @Test
    void shouldSendAStrictPolicyWithEveryPage() {
        for (String page : new String[] { "/", "/report", "/w/C-01", "/track", "/posters" }) {
            given().get(page).then().statusCode(200)
                    .header("Content-Security-Policy", containsString("script-src 'self'"))
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                    .header("X-Content-Type-Options", equalTo("nosniff"))
                    .header("Referrer-Policy", equalTo("no-referrer"));
        }
    }

    /** A page without its charset leaves the browser (or a proxy) to guess how to read the Chinese text. */
    @Test
    void shouldSendEveryPageAsUtf8() {
        for (String page : new String[] { "/", "/report", "/w/C-01", "/w/NO-SUCH", "/track", "/track/recover", "/posters",
                "/statistics", "/cases", "/signed-out", "/no/such/page", "/?lang=en" }) {
            given().accept("text/html").get(page).then().header("Content-Type", equalTo("text/html;charset=UTF-8"));
        }
        String[][] staff = { { "/staff/cases", StaffClient.INSPECTOR }, { "/staff/unit-cases", StaffClient.HANDLER },
                { "/staff/board", StaffClient.SUPERVISOR }, { "/staff/admin", StaffClient.ADMIN },
                { "/staff/admin/units", StaffClient.ADMIN }, { "/staff/admin/security", StaffClient.ADMIN },
                { "/staff/register", StaffClient.INSPECTOR }, { "/staff/follow-ups", StaffClient.INSPECTOR },
                { "/staff/accountability", StaffClient.INSPECTOR }, { "/staff/disclosure", StaffClient.INSPECTOR },
                { "/staff/documents", StaffClient.INSPECTOR }, { "/staff/ledger", StaffClient.SUPERVISOR } };
        for (String[] page : staff) {
            StaffClient.as("charset-" + page[1], page[1]).accept("text/html").get(page[0]).then()
                    .header("Content-Type", equalTo("text/html;charset=UTF-8"));
        }
        // a form sent back with its errors
        TestReports.Csrf csrf = TestReports.openForm();
        given().contentType("application/x-www-form-urlencoded; charset=UTF-8").cookie("qf-csrf", csrf.cookie())
                .formParam("csrf-token", csrf.token()).formParam("receipt", "x").formParam("password", "y")
                .post("/track").then().header("Content-Type", equalTo("text/html;charset=UTF-8"));
    }

    @Test
    void shouldKeepTheLanguageCookieOutOfScripts() {
        String cookie = given().get("/?lang=en").then().statusCode(200).extract().headers().getValues("Set-Cookie")
                .stream().filter(c -> c.startsWith("qf-lang=")).findFirst().orElseThrow();
        org.hamcrest.MatcherAssert.assertThat(cookie.toLowerCase(), containsString("httponly"));
        org.hamcrest.MatcherAssert.assertThat(cookie.toLowerCase(), containsString("samesite=lax"));
    }

    @Test
    void shouldKeepTheFormCookieOutOfScriptsAndOtherSites() {
        String cookie = given().get("/report").then().statusCode(200).extract().headers().getValues("Set-Cookie")
                .stream().filter(c -> c.startsWith("qf-csrf=")).findFirst().orElseThrow();
        org.hamcrest.MatcherAssert.assertThat(cookie.toLowerCase(), containsString("httponly"));
        org.hamcrest.MatcherAssert.assertThat(cookie.toLowerCase(), containsString("samesite=lax"));
    }
}
