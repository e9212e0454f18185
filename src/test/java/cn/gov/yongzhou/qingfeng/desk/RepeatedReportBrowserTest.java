package cn.gov.yongzhou.qingfeng.desk;

import static cn.gov.yongzhou.qingfeng.support.TestClock.at;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.gov.yongzhou.qingfeng.Browsers;
import cn.gov.yongzhou.qingfeng.support.TestReports;
import com.microsoft.playwright.Page;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URL;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A citizen reports the same thing twice from the window's form; the second report is registered and merged into the
 * first (art. 14), the citizen's tracking page says so, and the inspector sees both reports on one case and can split
 * the repeat off when it was not the same matter after all.
 */
@QuarkusTest
class RepeatedReportBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    EntityManager em;

    private static String[] report(Page page, URL base, String idNumber, String phone, String narrative) {
        page.navigate(base + "w/LL-03");
        page.check("input[name=category][value=PETTY_CORRUPTION]");
        page.selectOption("#subcategory", "HINTING");
        page.fill("#occurredDate", "2026-11-23");
        page.fill("#place", "零陵区政务服务中心 不动产登记窗口");
        page.fill("#accusedBadge", "LL0301");
        page.fill("#narrative", narrative);
        page.fill("#reporterName", "周明");
        page.fill("#idNumber", idNumber);
        page.fill("#phone", phone);
        page.check("input[name=directlyServed][value=yes]");
        page.check("input[name=contactPreference][value=PHONE]");
        page.check("input[name=declaration]");
        page.check("input[name=consent]");
        page.click("#submit-report");
        return new String[] { page.textContent("#receipt-no").strip(), page.textContent("#receipt-password").strip() };
    }

    @Test
    void shouldMergeTheSecondReportOfTheSameMatterAndShowBothOnOneCase() {
        String idNumber = TestReports.idNumber();
        String phone = TestReports.phone();
        String[][] receipts = new String[2][];
        at("2026-11-24T10:00:00");
        Browsers.inBrowser(Browsers.Screen.PHONE, Map.of(), page -> {
            receipts[0] = report(page, base, idNumber, phone, "工作人员以材料不全为由拖延办理，暗示“意思一下”就能当天办好。");
        });
        at("2026-11-26T15:00:00");
        Browsers.inBrowser(Browsers.Screen.PHONE, Map.of(), page -> {
            receipts[1] = report(page, base, idNumber, phone, "前天反映的问题再补充一下：那位工作人员今天又让我“懂点规矩”，还是不给办。");
            page.navigate(base + "track");
            page.fill("#receipt", receipts[1][0]);
            page.fill("#password", receipts[1][1]);
            page.click("form.track button[type=submit]");
            assertThat(page.locator("#status-state")).containsText("已并案");
            assertThat(page.locator("#status-state")).containsText("不再重复告知");
            Browsers.screenshot(page, "40-repeat-merged-tracking-phone.png");
        });

        at("2026-11-27T09:30:00");
        Browsers.inBrowser(Browsers.Screen.DESKTOP, Browsers.bearer("inspector-lin", "inspector"), page -> {
            long first = TestReports.caseOf(em, receipts[0][0]);
            long second = TestReports.caseOf(em, receipts[1][0]);
            page.navigate(base + "staff/cases/" + first);
            assertThat(page.locator("#repeats")).containsText(receipts[1][0]);
            assertThat(page.locator("#earlier")).containsText(receipts[1][0]);
            assertThat(page.locator("#earlier")).containsText("已并案");
            assertThat(page.locator(".timeline")).containsText("同一事项的另一件举报并入本案");
            Browsers.screenshot(page, "41-repeat-merged-inspector-desktop.png");

            page.click("#repeats a");
            assertThat(page.locator("#merged-into")).containsText(receipts[0][0]);
            assertThat(page.locator(".timeline")).containsText("重复举报");
            page.fill("#reason-SPLIT", "补充反映的是当天的另一次索要，不是同一事项");
            page.click("#act-SPLIT");
            assertThat(page.locator("#desk-msg")).containsText("操作已完成");
            assertThat(page.locator("h1 .state")).containsText("登记");
            assertThat(page.locator("li[data-stage=ACCEPTANCE]")).hasCount(1);
            page.navigate(base + "staff/cases/" + first);
            assertThat(page.locator("#repeats")).hasCount(0);
            assertThat(page.locator(".timeline")).containsText("并入本案的一件举报已拆分出去");
            org.junit.jupiter.api.Assertions.assertTrue(second > first);
        });
    }
}
