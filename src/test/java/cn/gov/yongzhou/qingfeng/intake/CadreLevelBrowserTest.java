package cn.gov.yongzhou.qingfeng.intake;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.gov.yongzhou.qingfeng.Browsers;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The question about the accused's level (issue 12 item 4) on a phone: five choices in words, none required, and
 * the choice kept when the form comes back with an error.
 */
@QuarkusTest
class CadreLevelBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void shouldAskTheLevelOnAPhoneAndKeepTheChoiceWhenTheFormComesBack() {
        Browsers.inBrowser(Browsers.Screen.PHONE, Map.of(), page -> {
            page.navigate(base + "w/LL-03");
            assertThat(page.locator("#f-accusedLevel")).containsText("被举报人是（据您所知，可不选）");
            assertEquals(5, page.locator("input[name=accusedLevel]").count());
            assertThat(page.locator("#f-accusedLevel")).containsText("县处级干部（市管）");
            page.check("input[name=accusedLevel][value=SECTION]");
            page.locator("#f-accusedLevel").scrollIntoViewIfNeeded();
            Browsers.screenshot(page, "cadre-01-form-phone.png");
            // sent without the required fields: back with errors, the level still chosen
            page.click("#submit-report");
            page.waitForLoadState();
            assertThat(page.locator("input[name=accusedLevel][value=SECTION]")).isChecked();
        });
    }
}
