package cn.gov.yongzhou.qingfeng.shared.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SecurityHeadersTest {

    @Test
    void shouldSendAStrictPolicyWithEveryPage() {
        for (String page : new String[] {"/", "/report", "/w/C-01", "/track", "/posters"}) {
            given().get(page).then().statusCode(200)
                    .header("Content-Security-Policy", containsString("script-src 'self'"))
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                    .header("X-Content-Type-Options", equalTo("nosniff"))
                    .header("Referrer-Policy", equalTo("no-referrer"));
        }
    }

    @Test
    void shouldKeepTheLanguageCookieOutOfScripts() {
        String cookie = given().get("/?lang=en").then().statusCode(200).extract().headers().getValues("Set-Cookie")
                .stream().filter(c -> c.startsWith("qf-lang=")).findFirst().orElseThrow();
        org.hamcrest.MatcherAssert.assertThat(cookie.toLowerCase(), containsString("httponly"));
        org.hamcrest.MatcherAssert.assertThat(cookie.toLowerCase(), containsString("samesite=lax"));
    }
}
