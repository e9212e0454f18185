package cn.gov.yongzhou.qingfeng.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.yongzhou.qingfeng.Browsers;
import cn.gov.yongzhou.qingfeng.support.TestReports;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The staff sign-in against a real Keycloak (the realm of docker/, lifetimes shortened) and the packaged app in
 * production mode, driven in Chromium. Skipped unless {@code qingfeng.keycloak.url} names a running Keycloak:
 * {@code bench/keycloak/run.sh} starts both and runs this class. Each flow prints a line "flow ...: passed".
 */
@EnabledIfSystemProperty(named = "qingfeng.keycloak.url", matches = ".+")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KeycloakSignInTest {

    static final String KEYCLOAK = System.getProperty("qingfeng.keycloak.url", "");
    static final String APP = System.getProperty("qingfeng.app.url", "http://localhost:8281");
    static final int TOKEN_SECONDS = Integer.getInteger("qingfeng.keycloak.token-seconds", 60);
    static final int IDLE_SECONDS = Integer.getInteger("qingfeng.keycloak.idle-seconds", 120);
    static final Map<String, String> PASSWORDS = Map.of("jiwei", "jiwei-demo-pass", "lingling", "lingling-demo-pass",
            "gongan", "gongan-demo-pass", "ducha", "ducha-demo-pass", "admin1", "admin1-demo-pass");

    static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    /** Two reports filed through the API: one case page for each form-posting flow. */
    static final List<String> receipts = new ArrayList<>();

    static void passed(String flow) {
        System.out.println("flow " + flow + ": passed");
    }

    @BeforeAll
    static void reachable() throws Exception {
        HttpResponse<String> realm = HTTP.send(HttpRequest.newBuilder(
                URI.create(KEYCLOAK + "/realms/qingfeng/.well-known/openid-configuration")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, realm.statusCode(), "the realm qingfeng at " + KEYCLOAK);
    }

    /** At Keycloak's sign-in page: user name and password, then back at the app. */
    static void typeCredentials(Page page, String user, String password) {
        page.waitForSelector("#username");
        assertTrue(page.url().startsWith(KEYCLOAK), "at Keycloak's sign-in page: " + page.url());
        page.fill("#username", user);
        page.fill("#password", password);
        page.click("#kc-login");
    }

    static void signIn(Page page, String path, String user) {
        page.navigate(APP + path);
        typeCredentials(page, user, PASSWORDS.get(user));
        page.waitForURL(url -> url.startsWith(APP));
    }

    static List<String> formBlocked(Page page) {
        List<String> blocked = new ArrayList<>();
        page.onConsoleMessage(m -> {
            if (m.text().contains("form-action")) {
                blocked.add(m.text());
            }
        });
        return blocked;
    }

    static boolean hasCookie(Page page, Predicate<String> name) {
        return page.context().cookies(APP).stream().map(c -> c.name).anyMatch(name);
    }

    static Cookie cookie(Page page, String name) {
        return page.context().cookies(APP).stream().filter(c -> c.name.equals(name)).findFirst().orElse(null);
    }

    static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(Browsers.SCREENSHOTS.resolve(name + ".png")));
    }

    static void waitSeconds(long seconds) {
        try {
            Thread.sleep(seconds * 1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    @Order(1)
    void shouldFileAReportWithTheHotlinesClientCredentialsToken() throws Exception {
        String secret = System.getProperty("qingfeng.keycloak.hotline-secret");
        HttpResponse<String> token = HTTP.send(HttpRequest.newBuilder(
                URI.create(KEYCLOAK + "/realms/qingfeng/protocol/openid-connect/token"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("hotline-12345:" + secret).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, token.statusCode(), token.body());
        String accessToken = new JsonObject(token.body()).getString("access_token");

        for (int i = 0; i < 2; i++) {
            Map<String, String> fields = new java.util.LinkedHashMap<>(TestReports.valid());
            fields.put("channel", "PHONE");
            fields.put("narrative", fields.get("narrative") + "（第" + (i + 1) + "次，" + UUID.randomUUID() + "）");
            String boundary = "----qingfeng" + UUID.randomUUID();
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            for (Map.Entry<String, String> f : fields.entrySet()) {
                body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey()
                        + "\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + f.getValue() + "\r\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> filed = HTTP.send(HttpRequest.newBuilder(URI.create(APP + "/api/v1/reports"))
                    .header("Authorization", "Bearer " + accessToken)
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(201, filed.statusCode(), filed.body());
            receipts.add(new JsonObject(filed.body()).getString("receipt"));
        }
        passed("client-credentials token files reports through the API (201, receipts " + receipts + ")");
    }

    @Test
    @Order(2)
    void shouldSignInEachRoleOnItsOwnDesk() {
        Map<String, String> desks = Map.of("jiwei", "/staff/cases", "lingling", "/staff/unit-cases",
                "gongan", "/staff/unit-cases", "ducha", "/staff/board", "admin1", "/staff/admin");
        desks.forEach((user, desk) -> Browsers.inBrowser(Browsers.Screen.DESKTOP, Map.of(), page -> {
            signIn(page, desk, user);
            assertEquals(APP + desk, page.url(), user + " lands on the desk asked for");
            assertTrue(page.locator("#sign-out").isVisible(), user + ": the sign-out link");
            assertTrue(page.locator(".staff-user").innerText().contains(user), user + " is named in the header");
            Cookie session = page.context().cookies(APP).stream().filter(c -> c.name.startsWith("q_session"))
                    .findFirst().orElseThrow();
            assertTrue(session.secure && session.httpOnly, "the session cookie is Secure and HttpOnly");
            Cookie seen = cookie(page, "qf-staff-seen");
            assertTrue(seen != null && seen.secure && seen.httpOnly, "the activity cookie is Secure and HttpOnly");
        }));
        passed("sign-in per role (" + String.join(", ", desks.keySet()) + ")");
    }

    @Test
    @Order(3)
    void shouldSubmitAFormAfterTheTokenLifetime() {
        Browsers.inBrowser(Browsers.Screen.DESKTOP, Map.of(), page -> {
            List<String> blocked = formBlocked(page);
            signIn(page, "/staff/cases", "jiwei");
            page.click("a:has-text('" + receipts.get(0) + "')");
            page.waitForSelector("#reveal-reason");
            String caseUrl = page.url();
            waitSeconds(TOKEN_SECONDS + 20);
            page.fill("#reveal-reason", "核查需要联系举报人");
            page.click("form[action$='/reveal'] button[type=submit]");
            page.waitForSelector("#desk-msg");
            assertTrue(page.url().startsWith(caseUrl), "back on the case page: " + page.url());
            assertTrue(page.locator("#desk-msg").innerText().contains("已提请分管领导批准"),
                    page.locator("#desk-msg").innerText());
            assertTrue(blocked.isEmpty(), "no form blocked: " + blocked);
        });
        passed("form post " + (TOKEN_SECONDS + 20) + " s after sign-in, past the " + TOKEN_SECONDS
                + " s token lifetime");
    }

    @Test
    @Order(4)
    void shouldSignOutThenSignInOnce() {
        Browsers.inBrowser(Browsers.Screen.PHONE, Map.of(), page -> {
            signIn(page, "/staff/cases", "jiwei");
            page.navigate(APP + "/report"); // the public form sets the CSRF cookie
            page.navigate(APP + "/staff/cases");
            assertTrue(hasCookie(page, "qf-csrf"::equals) && hasCookie(page, "qf-staff-seen"::equals));
            screenshot(page, "keycloak-staff-header-phone");
            String csrfOfTheSession = cookie(page, "qf-csrf").value;
            page.click("#sign-out");
            page.waitForURL(url -> url.startsWith(APP + "/signed-out"));
            screenshot(page, "keycloak-signed-out-phone");
            assertTrue(page.locator("#signed-out").innerText().contains("您已退出登录"),
                    page.locator("#signed-out").innerText());
            for (String name : List.of("q_post_logout", "qf-staff-seen", "q_session")) {
                assertFalse(hasCookie(page, n -> n.startsWith(name)), name + " is gone after signing out");
            }
            // the signed-out page, like every page of the portal, may hand out a new CSRF token: not the session's
            Cookie csrf = cookie(page, "qf-csrf");
            assertTrue(csrf == null || !csrf.value.equals(csrfOfTheSession), "the session's CSRF token is gone");
            page.click("a:has-text('重新登录')");
            typeCredentials(page, "jiwei", PASSWORDS.get("jiwei")); // Keycloak's session ended: the password again
            page.waitForURL(url -> url.startsWith(APP));
            assertEquals(APP + "/staff/cases", page.url(), "signed in once is enough");
            page.reload();
            assertEquals(APP + "/staff/cases", page.url());
            assertTrue(page.locator("#sign-out").isVisible());
        });
        passed("sign-out (Keycloak's session too), then one sign-in");
    }

    @Test
    @Order(5)
    void shouldEndTheSessionAfterTheIdleTimeAndKeepWhatAFormHeld() {
        Browsers.inBrowser(Browsers.Screen.DESKTOP, Map.of(), formPage -> Browsers.inBrowser(Browsers.Screen.DESKTOP,
                Map.of(), otherPage -> {
                    List<String> blocked = formBlocked(formPage);
                    signIn(formPage, "/staff/cases", "jiwei");
                    signIn(otherPage, "/staff/board", "ducha");
                    formPage.click("a:has-text('" + receipts.get(1) + "')");
                    formPage.waitForSelector("#reveal-reason");
                    formPage.fill("#reveal-reason", "离开前写下的理由");
                    waitSeconds(IDLE_SECONDS + 15);

                    // a page opened after the idle time: through Keycloak's logout to the page that says why
                    otherPage.navigate(APP + "/staff/board");
                    otherPage.waitForURL(url -> url.startsWith(APP + "/signed-out"));
                    assertTrue(otherPage.locator("#signed-out").innerText().contains("因长时间未操作"));
                    screenshot(otherPage, "keycloak-timed-out-desktop");
                    otherPage.click("a:has-text('重新登录')");
                    typeCredentials(otherPage, "ducha", PASSWORDS.get("ducha"));
                    otherPage.waitForURL(url -> url.startsWith(APP));
                    assertEquals(APP + "/staff/board", otherPage.url(), "back where the session ended, signed in once");

                    // a form posted after the idle time: the portal's page with what was typed, nothing blocked
                    formPage.click("form[action$='/reveal'] button[type=submit]");
                    formPage.waitForSelector("#typed");
                    screenshot(formPage, "keycloak-not-sent-desktop");
                    assertTrue(formPage.url().startsWith(APP), formPage.url());
                    assertTrue(formPage.locator("#signed-out").innerText().contains("因长时间未操作"));
                    assertTrue(formPage.locator("#typed textarea").first().inputValue().contains("离开前写下的理由"));
                    assertTrue(blocked.isEmpty(), "no form blocked: " + blocked);
                    formPage.click("a:has-text('重新登录')");
                    formPage.waitForURL(url -> url.startsWith(APP + "/signed-out"));
                    formPage.click("a:has-text('重新登录')");
                    typeCredentials(formPage, "jiwei", PASSWORDS.get("jiwei"));
                    formPage.waitForURL(url -> url.startsWith(APP));
                    assertTrue(formPage.url().startsWith(APP + "/staff/cases"), formPage.url());
                    assertTrue(formPage.locator("#sign-out").isVisible(), "signed in once is enough");
                }));
        passed("return after the " + IDLE_SECONDS + " s idle time (page and form post, typed text kept)");
    }

    @Test
    @Order(6)
    void shouldLockAnAccountAfterFiveFailedSignInsButNotBefore() {
        Browsers.inBrowser(Browsers.Screen.DESKTOP, Map.of(), page -> {
            page.navigate(APP + "/staff/board");
            for (int i = 0; i < 4; i++) {
                typeCredentials(page, "ducha", "wrong-password-" + i);
                page.waitForSelector("#username");
            }
            typeCredentials(page, "ducha", PASSWORDS.get("ducha"));
            page.waitForURL(url -> url.startsWith(APP));
            assertEquals(APP + "/staff/board", page.url(), "four quick failures do not lock the account");
        });
        Browsers.inBrowser(Browsers.Screen.DESKTOP, Map.of(), page -> {
            page.navigate(APP + "/staff/unit-cases");
            for (int i = 0; i < 5; i++) {
                typeCredentials(page, "gongan", "wrong-password-" + i);
                page.waitForSelector("#username");
            }
            typeCredentials(page, "gongan", PASSWORDS.get("gongan"));
            page.waitForSelector("#username");
            assertTrue(page.url().startsWith(KEYCLOAK), "the fifth failure locks: the right password is refused");
        });
        // the failures reach the portal's security log (the app reads Keycloak's events)
        Browsers.inBrowser(Browsers.Screen.DESKTOP, Map.of(), page -> {
            signIn(page, "/staff/admin/security?kind=SIGN_IN_FAILED", "admin1");
            String log = "";
            for (int i = 0; i < 12 && !log.contains("gongan"); i++) {
                waitSeconds(5);
                page.reload();
                log = page.locator("main").innerText();
            }
            assertTrue(log.contains("gongan") && log.contains("invalid_user_credentials"), log);
            assertTrue(log.contains("user_temporarily_disabled") || log.contains("LOCKOUT"), log);
        });
        passed("brute-force lockout after 5 failures (4 do not lock), failures in the security log");
    }
}
