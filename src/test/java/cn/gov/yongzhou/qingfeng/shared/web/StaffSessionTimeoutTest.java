package cn.gov.yongzhou.qingfeng.shared.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.yongzhou.qingfeng.shared.ClockProducer;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A staff member signed in through the code flow (the OIDC test server's login: user alice, role inspector here) is
 * signed out after 30 minutes without a staff request. The app's clock moves; the tokens stay valid in real time.
 */
@QuarkusTest
class StaffSessionTimeoutTest {

    @Inject
    EntityManager em;

    Instant start = Instant.now();

    void minutesLater(long minutes) {
        QuarkusMock.installMockForType(Clock.fixed(start.plus(Duration.ofMinutes(minutes)), ClockProducer.ZONE),
                Clock.class);
    }

    @AfterEach
    void realTime() {
        QuarkusMock.installMockForType(Clock.system(ClockProducer.ZONE), Clock.class);
    }

    /** The browser's round trip through the identity provider's login; the session cookies it ends with. */
    static Map<String, String> signIn(String path) {
        return signIn(path, new HashMap<>());
    }

    /** The answer that ended the last sign-in: the code exchanged, the session cookie set. */
    static Response lastSignIn;

    /** The same in a browser that already holds {@code browser}'s cookies. */
    static Map<String, String> signIn(String path, Map<String, String> browser) {
        freshCodeFlowTokens();
        Response toLogin = given().redirects().follow(false).cookies(browser).get(path);
        assertEquals(302, toLogin.statusCode());
        Map<String, String> cookies = new HashMap<>(browser);
        cookies.putAll(toLogin.getCookies());
        Map<String, String> query = query(URI.create(toLogin.getHeader("Location")));
        String server = ConfigProvider.getConfig().getValue("keycloak.url", String.class);
        URI login = URI.create(server).resolve("/login");
        Response back = given().redirects().follow(false).urlEncodingEnabled(true)
                .queryParam("redirect_uri", query.get("redirect_uri")).queryParam("state", query.get("state"))
                .get(login);
        Response session = given().redirects().follow(false).urlEncodingEnabled(false).cookies(cookies)
                .get(back.getHeader("Location"));
        assertEquals(302, session.statusCode(), "the code exchanged for a session");
        lastSignIn = session;
        session.getDetailedCookies().asList().forEach(c -> {
            if (c.getMaxAge() == 0) {
                cookies.remove(c.getName());
            } else {
                cookies.put(c.getName(), c.getValue());
            }
        });
        cookies.entrySet().removeIf(e -> e.getValue() == null || e.getValue().isEmpty());
        assertTrue(cookies.keySet().stream().anyMatch(n -> n.startsWith("q_session")), "a session cookie: " + cookies);
        return cookies;
    }

    /**
     * The OIDC test server answers the code exchange with an access token it signed when it started, valid five
     * minutes; a suite that runs longer would exchange an expired token (401). Before each sign-in the same answer is
     * registered again (the newest stub wins) with a token signed now, as a real provider signs one per exchange.
     */
    static void freshCodeFlowTokens() {
        URI server = URI.create(ConfigProvider.getConfig().getValue("keycloak.url", String.class));
        String access = OidcWiremockTestResource.getAccessToken("alice", Set.of("inspector"));
        new WireMock(server.getHost(), server.getPort()).register(WireMock.post("/auth/realms/quarkus/token")
                .withRequestBody(WireMock.containing("authorization_code"))
                .willReturn(WireMock.aResponse().withHeader("Content-Type", "application/json")
                        .withBody("{\n  \"access_token\": \"" + access + "\",\n"
                                + "  \"refresh_token\": \"07e08903-1263-4dd1-9fd1-4a59b0db5283\",\n"
                                + "  \"id_token\": \"{{basic-scheme-id-token 'alice'}}\"\n}")
                        .withTransformers("response-template")));
    }

    static Map<String, String> query(URI uri) {
        Map<String, String> q = new HashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            q.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return q;
    }

    /** A staff page with the browser's cookies; the renewed activity cookie taken over, as a browser does. */
    static Response visit(Map<String, String> cookies, String path) {
        Response r = given().redirects().follow(false).cookies(cookies).get(path);
        r.getDetailedCookies().asList().forEach(c -> {
            if (c.getMaxAge() == 0) {
                cookies.remove(c.getName());
            } else {
                cookies.put(c.getName(), c.getValue());
            }
        });
        return r;
    }

    @Test
    void shouldKeepASessionUsedWithinThirtyMinutesAndEndItAfterThirtyIdleMinutes() {
        minutesLater(0);
        Map<String, String> browser = signIn("/staff/cases");
        visit(browser, "/staff/cases").then().statusCode(200).header("Cache-Control", containsString("no-store"));
        assertNotNull(browser.get(StaffSessionTimeout.COOKIE), "the time of the request is remembered");

        minutesLater(29);
        visit(browser, "/staff/cases?state=REGISTERED").then().statusCode(200);

        minutesLater(29 + 29);
        visit(browser, "/staff/cases").then().statusCode(200);

        minutesLater(29 + 29 + 31);
        Response out = visit(browser, "/staff/cases");
        assertEquals(303, out.statusCode());
        assertEquals("/staff/logout?timed-out", out.getHeader("Location").replaceFirst("^https?://[^/]+", ""));
        assertEquals("/staff/cases", SignedOutPage.decode(browser.get(SignedOutPage.BACK_COOKIE)), "the page to return to");
        // the provider's logout: Quarkus drops its session cookie and sends the browser to the provider's end-session
        // endpoint, which comes back to /signed-out
        Response logout = visit(browser, out.getHeader("Location").replaceFirst("^https?://[^/]+", ""));
        assertEquals(302, logout.statusCode());
        assertTrue(logout.getHeader("Location").contains("/protocol/openid-connect/end-session")
                && logout.getHeader("Location").contains("post_logout_redirect_uri=")
                && logout.getHeader("Location").contains("signed-out"), logout.getHeader("Location"));
        assertTrue(browser.keySet().stream().noneMatch(n -> n.startsWith("q_session")),
                "the session cookies are cleared: " + browser.keySet());
        given().cookies(browser).get("/signed-out").then().statusCode(200)
                .body(containsString("因长时间未操作，已安全退出"), containsString("href=\"/staff/cases\""),
                        containsString("重新登录"));
        given().cookie(SignedOutPage.BACK_COOKIE, SignedOutPage.encode("https://evil.example/")).get("/signed-out").then()
                .statusCode(200)
                .body(containsString("href=\"/staff/cases\""), org.hamcrest.Matchers.not(containsString("evil")));
        given().cookie(SignedOutPage.BACK_COOKIE, SignedOutPage.encode("/staff/admin/units")).get("/signed-out").then()
                .statusCode(200)
                .body(containsString("href=\"/staff/admin/units\""));
        Number logged = (Number) em.createNativeQuery(
                "select count(*) from security_event where kind = 'SESSION_TIMED_OUT' and actor = 'alice'")
                .getSingleResult();
        assertTrue(logged.intValue() >= 1, "the time-out is in the security log");
    }

    @Test
    void shouldNotLetAForgedActivityCookieKeepAnOldSessionAlive() {
        minutesLater(0);
        Map<String, String> browser = signIn("/staff/cases");
        minutesLater(45);
        browser.put(StaffSessionTimeout.COOKIE, (start.getEpochSecond() + 44 * 60) + ".forged");
        assertEquals(303, visit(browser, "/staff/cases").statusCode(),
                "a forged cookie counts from the sign-in, 45 minutes ago");
    }

    @Test
    void shouldLeaveBearerTokenCallersAlone() {
        minutesLater(24 * 60);
        given().redirects().follow(false)
                .auth().oauth2(OidcWiremockTestResource.getAccessToken("admin-wang", Set.of("admin")))
                .get("/staff/admin").then().statusCode(200);
    }
}
