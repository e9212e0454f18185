package cn.gov.yongzhou.qingfeng.shared.web;

import static cn.gov.yongzhou.qingfeng.shared.web.StaffSessionTimeoutTest.signIn;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.Cookie;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Production marks the session cookies Secure even where TLS ends at the reverse proxy
 * ({@code quarkus.oidc.authentication.cookie-force-secure}); the activity cookie of the idle time-out goes with them.
 */
@QuarkusTest
@TestProfile(StaffCookiesBehindTlsTest.BehindTls.class)
class StaffCookiesBehindTlsTest {

    public static class BehindTls implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.oidc.authentication.cookie-force-secure", "true");
        }
    }

    @Test
    void shouldMarkTheActivityCookieSecureLikeTheSessionCookie() {
        Map<String, String> browser = signIn("/staff/cases");
        Response page = given().redirects().follow(false).cookies(browser).get("/staff/cases");
        Cookie seen = page.getDetailedCookie(StaffSessionTimeout.COOKIE);
        assertNotNull(seen, "the activity cookie is set: " + page.getHeaders().getValues("Set-Cookie"));
        assertTrue(seen.isSecured(), "Secure: " + seen);
        assertTrue(seen.isHttpOnly(), "HttpOnly: " + seen);
        Cookie session = StaffSessionTimeoutTest.lastSignIn.getDetailedCookies().asList().stream()
                .filter(c -> c.getName().startsWith("q_session")).findFirst().orElseThrow();
        assertTrue(session.isSecured(), "and so is the session cookie: " + session);
    }
}
