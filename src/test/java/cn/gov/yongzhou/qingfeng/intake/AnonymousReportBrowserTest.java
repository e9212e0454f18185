package cn.gov.yongzhou.qingfeng.intake;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.gov.yongzhou.qingfeng.Browsers;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A citizen on a phone reads 举报须知, then reports petty corruption anonymously: choosing 匿名 puts the identity fields
 * away, and the receipt says it is the only way to follow the report. Screenshots in target/screenshots/.
 */
@QuarkusTest
class AnonymousReportBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void shouldReadTheGuideAndFileAnAnonymousReportOnAPhone() {
        Browsers.inBrowser(Browsers.Screen.PHONE, Map.of(), page -> {
            page.navigate(base + "guide");
            assertThat(page.locator("h1")).hasText("举报须知");
            Browsers.screenshot(page, "guide-phone.png");

            page.navigate(base + "w/LL-03");
            assertThat(page.locator("#guide-link")).isVisible();
            assertThat(page.locator("#real-name-fields")).isVisible();
            page.check("input[name=category][value=PETTY_CORRUPTION]");
            page.selectOption("#subcategory", "MONEY_OR_GIFTS");
            page.fill("#accusedBadge", "LL0301");
            page.fill("#narrative", "办理不动产登记时，工作人员收了我两条烟才给盖章，之前两次都说材料不全让我回去。");
            page.check("input[name=identity][value=ANONYMOUS]");
            assertThat(page.locator("#real-name-fields")).isHidden();
            page.check("input[name=directlyServed][value=yes]");
            page.check("input[name=declaration]");
            page.check("input[name=consent]");
            Browsers.screenshot(page, "anonymous-form-phone.png");
            page.click("#submit-report");
            assertThat(page.locator("#receipt-anonymous")).containsText("这是匿名举报");
            assertThat(page.locator("#receipt-no")).isVisible();
            Browsers.screenshot(page, "anonymous-receipt-phone.png");
        });
        Browsers.inBrowser(Browsers.Screen.DESKTOP, Map.of(), page -> {
            page.navigate(base + "guide");
            assertThat(page.locator("#elsewhere table")).isVisible();
            Browsers.screenshot(page, "guide-desktop.png");
        });
    }
}
