package cn.gov.yongzhou.qingfeng.intake;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.gov.yongzhou.qingfeng.Browsers;
import com.microsoft.playwright.Page;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A citizen sends a report, then presses the browser's back button: the page says the report was sent, with its
 * receipt number, and offers no form that would make a second report; only "report another matter" opens one.
 */
@QuarkusTest
class BackAfterSubmitBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    EntityManager em;

    @Test
    void shouldShowTheSentReportNotASecondFormAfterGoingBack() {
        Browsers.inBrowser(Browsers.Screen.PHONE, Map.of(), page -> {
            page.navigate(base + "w/LL-03");
            fill(page);
            page.click("#submit-report");
            String receiptNo = page.textContent("#receipt-no").strip();
            long before = reports();

            page.goBack();
            assertThat(page.locator("#already-submitted")).isVisible();
            assertThat(page.locator("#receipt-no")).hasText(receiptNo);
            assertThat(page.locator("#submit-report")).hasCount(0);
            Browsers.screenshot(page, "17-back-after-submit-phone.png");

            page.navigate(base + "report"); // opened again from a bookmark: the same
            assertThat(page.locator("#already-submitted")).isVisible();
            assertEquals(before, reports(), "no second report");

            page.click("#report-another");
            assertThat(page.locator("#submit-report")).isVisible();
            page.navigate(base + "report"); // having chosen a new report, the form stays a form
            assertThat(page.locator("#submit-report")).isVisible();
        });
    }

    private static void fill(Page page) {
        page.check("input[name=category][value=ARROGANT_SERVICE]");
        page.selectOption("#subcategory", "HARD_FACE");
        page.fill("#occurredDate", LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(2).toString());
        page.fill("#place", "零陵区政务服务中心 不动产登记窗口");
        page.fill("#accusedDescription", "穿蓝色制服的女性工作人员");
        page.fill("#narrative", "咨询材料时，工作人员不耐烦地大声呵斥，让我“自己看墙上的告示”，拒绝回答问题。");
        page.fill("#reporterName", "周清风");
        page.fill("#idNumber", "431102199001011239");
        page.fill("#phone", "13907461235");
        page.check("input[name=directlyServed][value=yes]");
        page.check("input[name=contactPreference][value=SMS]");
        page.check("input[name=declaration]");
        page.check("input[name=consent]");
    }

    private long reports() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select count(*) from report").getSingleResult()).longValue());
    }
}
