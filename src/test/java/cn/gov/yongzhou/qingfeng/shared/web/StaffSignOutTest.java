package cn.gov.yongzhou.qingfeng.shared.web;

import static cn.gov.yongzhou.qingfeng.shared.web.StaffSessionTimeoutTest.signIn;
import static cn.gov.yongzhou.qingfeng.shared.web.StaffSessionTimeoutTest.visit;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.yongzhou.qingfeng.shared.ClockProducer;
import cn.gov.yongzhou.qingfeng.support.TestReports;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Cookie;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Signing out, and what a staff member meets when the session has ended: cookies cleared, the page that says which of
 * the two happened, a fresh sign-in never judged by an earlier session, and a form never sent on to the identity
 * provider (whose address the page's own {@code form-action 'self'} would block, losing the form silently). Signed in
 * through the OIDC test server's login (user alice).
 */
@QuarkusTest
class StaffSignOutTest {

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

    static Cookie cookieIn(Response response, String name) {
        return response.getDetailedCookies().asList().stream().filter(c -> c.getName().equals(name)).findFirst()
                .orElse(null);
    }

    static void assertCleared(Response response, String name) {
        Cookie cookie = cookieIn(response, name);
        assertNotNull(cookie, name + " is cleared by this answer: " + response.getHeaders().getValues("Set-Cookie"));
        assertEquals(0, cookie.getMaxAge(), name + " is cleared by this answer");
    }

    @Test
    void shouldClearTheStaffCookiesOnSignOutAndSayTheUserSignedOut() {
        Map<String, String> browser = signIn("/staff/cases");
        visit(browser, "/staff/cases").then().statusCode(200);
        browser.put("qf-csrf", TestReports.openForm().cookie());
        assertNotNull(browser.get(StaffSessionTimeout.COOKIE));

        Response logout = visit(browser, "/staff/logout");
        assertEquals(302, logout.statusCode(), "through the provider's logout");
        assertCleared(logout, StaffSessionTimeout.COOKIE);
        assertCleared(logout, "qf-csrf");
        Cookie postLogout = cookieIn(logout, "q_post_logout");
        assertNotNull(postLogout, "Quarkus remembers the logout's state");

        Response page = given().cookies(browser).cookie("q_post_logout", postLogout.getValue())
                .queryParam("state", postLogout.getValue()).get("/signed-out");
        page.then().statusCode(200).header("Cache-Control", containsString("no-store"))
                .body(containsString("您已退出登录"), not(containsString("因长时间未操作")),
                        containsString("href=\"/staff/cases\""));
        assertCleared(page, "q_post_logout");
    }

    @Test
    void shouldOfferSignOutOnStaffPagesButNotOnPublicOnes() {
        Map<String, String> browser = signIn("/staff/cases");
        visit(browser, "/staff/cases").then().statusCode(200)
                .body(containsString("href=\"/staff/logout\""));
        given().cookies(browser).get("/report").then().statusCode(200)
                .body(not(containsString("/staff/logout")));
    }

    @Test
    void shouldSignOutStraightAwayWhenTheSessionIsAlreadyGone() {
        Response logout = given().redirects().follow(false).get("/staff/logout");
        assertEquals(303, logout.statusCode(), "not sent to the sign-in page in order to sign out");
        assertEquals("/signed-out", logout.getHeader("Location").replaceFirst("^https?://[^/]+", ""));
    }

    @Test
    void shouldNotThrowOutAFreshSignInBecauseOfTheActivityCookieOfAnEarlierSession() {
        minutesLater(-40);
        Map<String, String> browser = signIn("/staff/cases");
        visit(browser, "/staff/cases").then().statusCode(200);
        assertNotNull(browser.get(StaffSessionTimeout.COOKIE));

        // the earlier session ran at the app's clock 40 minutes ago (the test server signs tokens in real time, so
        // the fresh sign-in is now). Its session cookie's age has run out, its activity cookie is still there: the
        // portal says the session timed out, and the sign-in that follows holds
        minutesLater(0);
        browser.keySet().removeIf(n -> n.startsWith("q_session"));
        assertEquals(303, visit(browser, "/staff/cases").statusCode());
        Map<String, String> fresh = signIn("/staff/cases", browser);
        Response first = visit(fresh, "/staff/cases");
        assertEquals(200, first.statusCode(), "signed in once is enough: " + first.getHeader("Location"));
        visit(fresh, "/staff/cases").then().statusCode(200);
    }

    @Test
    void shouldNotThrowOutTheNextSignInAfterASignOut() {
        minutesLater(-40);
        Map<String, String> browser = signIn("/staff/cases");
        visit(browser, "/staff/cases").then().statusCode(200);
        visit(browser, "/staff/logout");

        minutesLater(0);
        Map<String, String> fresh = signIn("/staff/cases", browser);
        Response first = visit(fresh, "/staff/cases");
        assertEquals(200, first.statusCode(), "signed in once is enough: " + first.getHeader("Location"));
    }

    @Test
    void shouldSayTheSessionTimedOutWhenAStaffMemberComesBackAfterItsCookieRanOut() {
        minutesLater(0);
        Map<String, String> browser = signIn("/staff/cases");
        visit(browser, "/staff/cases").then().statusCode(200);
        browser.keySet().removeIf(n -> n.startsWith("q_session"));

        minutesLater(45);
        Response back = visit(browser, "/staff/cases?state=ASSIGNED");
        assertEquals(303, back.statusCode());
        assertEquals("/signed-out", back.getHeader("Location").replaceFirst("^https?://[^/]+", ""));
        assertCleared(back, StaffSessionTimeout.COOKIE);
        given().cookies(browser).get("/signed-out").then().statusCode(200)
                .body(containsString("因长时间未操作，已安全退出"));
    }

    @Test
    void shouldKeepWhatWasTypedWhenAFormIsPostedAfterTheSessionEnded() {
        TestReports.Csrf csrf = TestReports.openForm();
        Response posted = given().redirects().follow(false).cookie("qf-csrf", csrf.cookie())
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", csrf.token()).formParam("reason", "核查需要联系举报人<核实>")
                .post("/staff/cases/1/reveal");
        assertEquals(401, posted.statusCode(), "a page of the portal, not a redirect the form may not follow: "
                + posted.getHeader("Location"));
        posted.then().header("Cache-Control", containsString("no-store"))
                .body(containsString("没有提交"), containsString("核查需要联系举报人&lt;核实&gt;"),
                        not(containsString(csrf.token())));
    }

    @Test
    void shouldKeepWhatWasTypedWhenAFormIsPostedAfterTheIdleTime() {
        minutesLater(0);
        Map<String, String> browser = signIn("/staff/cases");
        visit(browser, "/staff/cases/1").then();
        TestReports.Csrf csrf = TestReports.openForm();

        minutesLater(31);
        Response posted = given().redirects().follow(false).cookies(browser).cookie("qf-csrf", csrf.cookie())
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", csrf.token()).formParam("reason", "复核需要")
                .post("/staff/cases/1/reveal");
        assertEquals(401, posted.statusCode(), "not a redirect to the provider's logout: " + posted.getHeader("Location"));
        posted.then().body(containsString("因长时间未操作"), containsString("复核需要"),
                containsString("href=\"/staff/logout?timed-out\""));
        Number logged = (Number) em.createNativeQuery(
                "select count(*) from security_event where kind = 'SESSION_TIMED_OUT' and actor = 'alice' and at >= ?1")
                .setParameter(1, java.time.OffsetDateTime.ofInstant(start.plus(Duration.ofMinutes(31)), ClockProducer.ZONE))
                .getSingleResult();
        assertTrue(logged.intValue() >= 1, "the time-out is in the security log");
    }

    @Test
    void shouldGiveTheSessionCookieAnAgeBeyondTheIdleTimeOutSoThatTokensAreRefreshedInsteadOfLost() {
        signIn("/staff/cases");
        Response session = StaffSessionTimeoutTest.lastSignIn;
        Cookie sessionCookie = session.getDetailedCookies().asList().stream()
                .filter(c -> c.getName().startsWith("q_session")).findFirst().orElseThrow();
        assertTrue(sessionCookie.getMaxAge() > 30 * 60,
                "the session cookie lives past the 30 idle minutes, not only the ID token's 5: " + sessionCookie);
    }

    @Test
    void shouldSendStaffOpeningTheAppByAnotherHostNameToThePublicAddress() {
        int port = io.restassured.RestAssured.port;
        Response other = given().redirects().follow(false).header("Host", "127.0.0.1:" + port)
                .get("/staff/cases?state=ASSIGNED");
        assertEquals(303, other.statusCode(), "not to the provider, which knows only the public address");
        assertEquals("http://localhost:8080/staff/cases?state=ASSIGNED", other.getHeader("Location"));
    }
}
