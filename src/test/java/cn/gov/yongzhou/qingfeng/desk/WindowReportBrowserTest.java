package cn.gov.yongzhou.qingfeng.desk;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;

import cn.gov.yongzhou.qingfeng.Browsers;
import cn.gov.yongzhou.qingfeng.support.TestCases;
import cn.gov.yongzhou.qingfeng.support.TestReports;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URL;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 12's proof in Chromium: a rule-8 report at a window of the Lingling service centre goes to the centre's
 * managing office, never the centre; its officer reads only the summary the inspector approved — not the reporter's
 * words, the time at the window or the reporter.
 */
@QuarkusTest
class WindowReportBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    EntityManager em;

    @Test
    void shouldHaveTheManagingOfficeVerifyAWindowReportFromTheSummaryAlone() {
        TestCases.mapHandler(em, "handler-llzwgl", "LL-ZWGL");
        TestCases.mapHandler(em, "handler-llzwfw", "LL-ZWFW");
        Map<String, String> form = TestReports.valid();
        form.put("category", "ARROGANT_SERVICE");
        form.put("subcategory", "HARD_FACE");
        form.put("occurredTime", "15:42");
        form.put("reporterName", "欧阳晓岚");
        form.put("narrative", "我问了两遍材料要求，窗口的人不耐烦地把材料扔回来，说看不懂就别来办，后面排队的人都看着。");
        String receipt = TestReports.api(form).post("/api/v1/reports").then().statusCode(201).extract()
                .path("receipt");
        long id = TestReports.caseOf(em, receipt);

        Browsers.inBrowser(Browsers.Screen.DESKTOP, Browsers.bearer("inspector-wang", "inspector"), page -> {
            page.navigate(base + "staff/cases/" + id);
            page.click("#act-ACCEPT");
            page.click("#confirm-submit"); // 受理 confirms on a page of its own
            assertThat(page.locator("#route-explanation")).containsText("零陵区政务服务管理办公室");
            assertThat(page.locator("#assign-unit option[selected]")).hasAttribute("value", "LL-ZWGL");
            page.fill("#brief-alleged", "反映该窗口工作人员在群众询问材料要求时态度生硬，当众退回材料。");
            page.fill("#brief-place", "零陵区政务服务中心不动产登记窗口");
            page.fill("#brief-period", "2026年11月下旬某日下午");
            page.fill("#brief-verify", "核实当日该窗口办件和叫号记录、现场监控，说明有无生硬对待、当众退件。");
            page.click("#brief-submit");
            assertThat(page.locator("#desk-msg")).containsText("交办摘要已审定");
            assertThat(page.locator("#brief-approved")).containsText("已由 inspector-wang 审定");
            Browsers.screenshot(page, "30-window-report-brief-desktop.png");
            page.click("#act-ASSIGN");
            assertThat(page.locator("#assigned-unit")).containsText("零陵区政务服务管理办公室");
        });

        Browsers.inBrowser(Browsers.Screen.PHONE, Browsers.bearer("handler-llzwgl", "handler"), page -> {
            page.navigate(base + "staff/unit-cases/" + id);
            assertThat(page.locator("#brief")).containsText("当众退回材料");
            assertThat(page.locator("#brief")).containsText("2026年11月下旬某日下午");
            assertThat(page.locator("#report")).hasCount(0);
            assertThat(page.locator("#reporter")).hasCount(0);
            String text = page.textContent("body");
            for (String secret : new String[] { "扔回来", "看不懂就别来办", "15:42", "欧阳", form.get("phone"),
                    "戴眼镜", receipt }) {
                assertFalse(text.contains(secret), "the managing office's officer never sees " + secret);
            }
            Browsers.screenshot(page, "31-window-report-officer-phone.png");
            page.click("#act-SIGN_FOR");
            assertThat(page.locator("#desk-msg")).containsText("操作已完成");
        });

        // the centre where the accused works has no way to the case at all
        Browsers.inBrowser(Browsers.Screen.PHONE, Browsers.bearer("handler-llzwfw", "handler"), page -> {
            page.navigate(base + "staff/unit-cases");
            assertFalse(page.content().contains("/staff/unit-cases/" + id + "\""), "not in the centre's queue");
        });
    }
}
