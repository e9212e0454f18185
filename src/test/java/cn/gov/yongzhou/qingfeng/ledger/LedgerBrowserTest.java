package cn.gov.yongzhou.qingfeng.ledger;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.gov.yongzhou.qingfeng.Browsers;
import cn.gov.yongzhou.qingfeng.support.StaffClient;
import cn.gov.yongzhou.qingfeng.support.TestClock;
import com.microsoft.playwright.Locator;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The supervision office reads the ledger of 江永县 for 2022, with its charts, on a phone and on a desktop. */
@QuarkusTest
class LedgerBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    LedgerFixture fixture;

    @Test
    void shouldShowTheLedgerWithItsChartsOnAPhoneAndADesktop() {
        fixture.ensure();
        TestClock.at("2023-01-10T09:00:00");
        Map<String, String> supervisor = Map.of("Authorization",
                "Bearer " + StaffClient.token("ducha-zhang", "supervisor"));
        for (Browsers.Screen screen : new Browsers.Screen[] { Browsers.Screen.PHONE, Browsers.Screen.DESKTOP }) {
            Browsers.inBrowser(screen, supervisor, page -> {
                page.navigate(base + "staff/ledger");
                page.selectOption("#year", "2022");
                page.selectOption("#area", "JY");
                page.click("#ledger-filter button[type=submit]");
                assertThat(page.locator("#ledger-scope")).containsText("2022年");
                assertThat(page.locator("#ledger-JY-GA")).containsText("30000");
                assertThat(page.locator("#ledger-JY-JW")).containsText("94.7%");
                assertThat(page.locator("#ranking-off")).isVisible();
                assertThat(page.locator("#ledger-totals")).containsText("94.7%");
                assertThat(page.locator("#chart-trend")).isVisible();
                assertThat(page.locator("#chart-on-time")).isVisible();
                Browsers.screenshot(page, screen.mobile() ? "40-ledger-phone.png" : "41-ledger-desktop.png");
                if (screen.mobile()) {
                    // the full phone page is tall: the charts and the table on their own, to look at closely
                    page.locator(".charts").screenshot(new Locator.ScreenshotOptions()
                            .setPath(Browsers.SCREENSHOTS.resolve("40-ledger-phone-charts.png")));
                    page.locator("#ledger-table").screenshot(new Locator.ScreenshotOptions()
                            .setPath(Browsers.SCREENSHOTS.resolve("40-ledger-phone-table.png")));
                }
            });
        }
    }
}
