package cn.gov.yongzhou.qingfeng;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.yongzhou.qingfeng.support.TestCases;
import cn.gov.yongzhou.qingfeng.support.TestReports;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * axe-core (WCAG 2.1 A and AA rules, and axe's best practices: landmarks, heading order) on the public pages and
 * the main staff pages, in Chromium, staff with bearer tokens. Runs only when
 * {@code -Dqingfeng.axe=/path/to/axe.min.js} is given (bench/checks/axe-pages.sh installs axe-core from npm and
 * passes it; CI has no npm packages). Each page's HTML as served is saved to target/pages for the Nu HTML checker,
 * the violations to target/pages/axe.txt.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "qingfeng.axe", matches = ".+")
class AxePagesTest {

    static final Path PAGES = Paths.get("target", "pages");
    static final String RUN_AXE = """
            async () => {
              const r = await axe.run(document, {runOnly: {type: 'tag',
                  values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}});
              return [String(r.passes.length)].concat(r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help
                  + '\\n' + v.nodes.map(n => '      ' + n.target.join(' ') + ' | '
                      + n.failureSummary.replace(/\\n/g, ' ')).join('\\n')));
            }""";

    @TestHTTPResource("/")
    URL base;

    @Inject
    EntityManager em;

    @Test
    void shouldHaveNoWcagViolationOnThePublicAndStaffPages() throws IOException {
        String axe = Files.readString(Paths.get(System.getProperty("qingfeng.axe")));
        Files.createDirectories(PAGES);
        TestCases.mapHandler(em, "handler-lljw", "LL-JW");
        JsonPath created = TestReports.api(TestReports.valid()).post("/api/v1/reports").then().statusCode(201)
                .extract().jsonPath();
        String receipt = created.getString("receipt");
        long caseId = TestReports.caseOf(em, receipt);
        Map<String, String> found = new LinkedHashMap<>();

        Browsers.inBrowser(Browsers.Screen.DESKTOP, Map.of(), page -> {
            for (String path : List.of("/", "/?lang=en", "/report", "/report?lang=en", "/guide", "/guide?lang=en", "/w/LL-03",
                    "/w/LL-03?lang=en",
                    "/track", "/track?lang=en", "/cases", "/cases?lang=en", "/statistics", "/statistics?lang=en",
                    "/no-such-page", "/no-such-page?lang=en", "/w/NO-SUCH")) {
                check(page, axe, path, page.navigate(base + path.substring(1)), found);
            }
            page.navigate(base + "track");
            page.fill("#receipt", receipt);
            page.fill("#password", created.getString("password"));
            Response result = page.waitForResponse(r -> r.url().endsWith("/track") && "POST".equals(
                    r.request().method()), () -> page.click("form button[type=submit]"));
            check(page, axe, "/track (result)", result, found);
        });
        staff(axe, "inspector-wang", "inspector", found, "/staff/cases", "/staff/cases/" + caseId);
        Browsers.inBrowser(Browsers.Screen.DESKTOP, Browsers.bearer("inspector-wang", "inspector"), page -> {
            page.navigate(base + "staff/cases/" + caseId);
            page.click("#act-ACCEPT");
            page.click("#confirm-submit"); // 受理 confirms on a page of its own
            page.click("#act-ASSIGN");
        });
        staff(axe, "handler-lljw", "handler", found, "/staff/unit-cases", "/staff/unit-cases/" + caseId);
        staff(axe, "ducha-zhang", "supervisor", found, "/staff/board", "/staff/ledger");
        staff(axe, "admin-li", "admin", found, "/staff/admin");

        StringBuilder report = new StringBuilder();
        found.forEach((page, violations) -> report.append(page).append('\n').append(violations).append('\n'));
        Files.writeString(PAGES.resolve("axe.txt"), report.toString(), StandardCharsets.UTF_8);
        assertEquals("", report.toString(), "axe-core violations (also in target/pages/axe.txt)");
    }

    private void staff(String axe, String user, String role, Map<String, String> found, String... paths) {
        Browsers.inBrowser(Browsers.Screen.DESKTOP, Browsers.bearer(user, role), page -> {
            for (String path : paths) {
                check(page, axe, path, page.navigate(base + path.substring(1)), found);
            }
        });
    }

    private static void check(Page page, String axe, String path, Response response, Map<String, String> found) {
        try {
            String name = path.replaceAll("[^A-Za-z0-9]+", "_").replaceAll("^_|_$", "");
            Files.writeString(PAGES.resolve((name.isEmpty() ? "home" : name) + ".html"), response.text(),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        page.evaluate("() => { " + axe + "\n}");
        @SuppressWarnings("unchecked")
        List<String> violations = new ArrayList<>((List<String>) page.evaluate(RUN_AXE));
        // the first item is the number of rules that passed: none would mean axe did not look at the page
        assertTrue(Integer.parseInt(violations.remove(0)) > 10, path + ": axe-core checked nothing");
        if (!violations.isEmpty()) {
            found.put(path + " [" + response.status() + "]", "  " + String.join("\n  ", violations));
        }
    }
}
