package cn.gov.yongzhou.qingfeng.shared.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The staff sign-in's identity provider cannot be reached: a staff page answers the portal's own error page with an
 * id, in the user's language, not the framework's plain-text page; the public pages go on working.
 */
@QuarkusTest
@TestProfile(SignInUnavailableTest.ProviderAway.class)
class SignInUnavailableTest {

    public static class ProviderAway implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // nothing listens on port 9 here
            return Map.of("%test.quarkus.oidc.auth-server-url", "http://127.0.0.1:9/realms/qingfeng",
                    "quarkus.oidc.connection-timeout", "2S");
        }
    }

    @Test
    void shouldAnswerAStaffPageWithThePortalsErrorPage() {
        given().redirects().follow(false).get("/staff/cases").then().statusCode(500)
                .contentType(containsString("text/html"))
                .header("Cache-Control", "no-store")
                .body(containsString("系统暂时出错"), containsString("错误编号"), not(containsString("Stack")),
                        not(containsString("Exception")));
        given().redirects().follow(false).cookie("qf-lang", "en").get("/staff/cases").then().statusCode(500)
                .body(containsString("note the error id"), not(containsString("系统暂时出错")));
    }

    @Test
    void shouldKeepThePublicPagesWorking() {
        given().get("/report").then().statusCode(200).body(containsString("实名举报"));
    }
}
