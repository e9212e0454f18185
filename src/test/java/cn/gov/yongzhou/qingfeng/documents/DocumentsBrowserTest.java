package cn.gov.yongzhou.qingfeng.documents;

import static cn.gov.yongzhou.qingfeng.support.TestCases.INSPECTOR;
import static cn.gov.yongzhou.qingfeng.support.TestClock.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.yongzhou.qingfeng.Browsers;
import cn.gov.yongzhou.qingfeng.casework.Casework;
import cn.gov.yongzhou.qingfeng.casework.Transition;
import cn.gov.yongzhou.qingfeng.support.TestReports;
import com.microsoft.playwright.Download;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URL;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** An inspector approves a notice from the case page in a browser; the reporter downloads it from tracking. */
@QuarkusTest
class DocumentsBrowserTest {

    @TestHTTPResource("/")
    URL root;

    @Inject
    Casework casework;

    @Inject
    EntityManager em;

    @Test
    void shouldApproveANoticeOnTheCasePageAndLetTheReporterDownloadIt() {
        at("2027-05-10T10:00:00");
        JsonPath filed = TestReports.api(TestReports.valid()).post("/api/v1/reports").then().statusCode(201).extract()
                .jsonPath();
        String receipt = filed.getString("receipt");
        long caseId = TestReports.caseOf(em, receipt);
        casework.perform(caseId, Transition.ACCEPT, INSPECTOR, null, 0);
        String base = root.toString().replaceAll("/$", "");
        String[] number = new String[1];

        // staff work at desks and on tablets, as the desk's other browser tests do; the reporter on a phone
        for (Browsers.Screen screen : new Browsers.Screen[] { Browsers.Screen.DESKTOP, Browsers.Screen.TABLET }) {
            String size = screen.mobile() ? "tablet" : "desktop";
            Browsers.inBrowser(screen, Browsers.bearer("inspector-wang", "inspector"), page -> {
                page.navigate(base + "/staff/cases/" + caseId);
                Browsers.screenshot(page, "documents-case-" + size + ".png");
                page.click("#documents a:has-text('受理告知书')");
                if (number[0] == null) {
                    assertTrue(page.locator("#doc-text").textContent().contains("关于举报事项受理情况的告知书"));
                    Browsers.screenshot(page, "documents-draft-" + size + ".png");
                    page.click("#doc-approve");
                    number[0] = page.locator("#doc-state").textContent().strip();
                    assertTrue(number[0].matches("零纪信〔2027〕\\d+号"), number[0]);
                }
                assertTrue(page.locator("#doc-download").isVisible());
                Browsers.screenshot(page, "documents-issued-" + size + ".png");
                page.navigate(base + "/staff/documents?body=LL-JW&year=2027");
                assertTrue(page.locator("#register").textContent().contains(number[0]));
                Browsers.screenshot(page, "documents-register-" + size + ".png");
            });
        }

        Browsers.inBrowser(Browsers.Screen.PHONE, java.util.Map.of(), page -> {
            page.navigate(base + "/track");
            page.fill("#receipt", receipt);
            page.fill("#password", filed.getString("password"));
            page.locator("form button[type=submit]").first().click();
            assertTrue(page.locator("#documents").textContent().contains(number[0]));
            Browsers.screenshot(page, "documents-track-phone.png");
            Download download = page.waitForDownload(() -> page.click("#documents button"));
            try {
                byte[] pdf = Files.readAllBytes(download.path());
                assertTrue(Pdfs.text(pdf).contains(number[0]));
                assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}
