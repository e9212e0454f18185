package cn.gov.yongzhou.qingfeng.desk;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.gov.yongzhou.qingfeng.Browsers;
import cn.gov.yongzhou.qingfeng.casework.CaseRole;
import cn.gov.yongzhou.qingfeng.casework.Casework;
import cn.gov.yongzhou.qingfeng.casework.Conclusion;
import cn.gov.yongzhou.qingfeng.casework.Transition;
import cn.gov.yongzhou.qingfeng.support.TestCases;
import cn.gov.yongzhou.qingfeng.support.TestReports;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The staff pages an inspector, the supervision office and an administrator read all day, at a phone's, a tablet's
 * and a desktop's width (390, 820, 1366 px): nothing wider than the screen (Browsers.screenshot checks it), the
 * queue's and the ledger's tables scroll inside themselves. Screenshots go to target/screenshots/17-*.png.
 */
@QuarkusTest
class StaffScreensBrowserTest {

    static final List<Browsers.Screen> SCREENS = List.of(Browsers.Screen.PHONE, Browsers.Screen.TABLET,
            new Browsers.Screen(1366, 900, 1, false));

    @TestHTTPResource("/")
    URL base;

    @Inject
    EntityManager em;

    @Inject
    Casework casework;

    @Test
    void shouldShowTheDeskPagesAtEveryWidth() {
        Casework.Actor inspector = new Casework.Actor("inspector-screens", CaseRole.INSPECTOR);
        Casework.Actor handler = new Casework.Actor("handler-screens", CaseRole.HANDLER);
        long reviewed = 0;
        for (int i = 0; i < 12; i++) {
            Map<String, String> form = TestReports.valid();
            if (i % 3 == 1) {
                form.put("category", "ARROGANT_SERVICE");
                form.put("subcategory", "HARD_FACE");
            }
            String receipt = TestReports.api(form).post("/api/v1/reports").then().statusCode(201).extract()
                    .path("receipt");
            long id = TestReports.caseOf(em, receipt);
            if (i % 4 == 0) {
                TestCases.conclude(casework, em, id, "LL-JW", Conclusion.PARTLY_SUBSTANTIATED);
            } else if (i % 4 == 1) {
                int v = casework.perform(id, Transition.ACCEPT, inspector, null, 0).version();
                v = casework.assign(id, TestReports.unitId(em, "LL-JW"), inspector, null, v).version();
                v = casework.perform(id, Transition.SIGN_FOR, handler, null, v).version();
                casework.submitFindings(id, handler, "经核查，工作人员确有暗示行为，已谈话提醒。", Conclusion.SUBSTANTIATED,
                        List.of(), v);
                reviewed = id;
            } else if (i % 4 == 2) {
                casework.perform(id, Transition.ACCEPT, inspector, null, 0);
            }
        }
        long caseId = reviewed;
        for (Browsers.Screen screen : SCREENS) {
            String w = String.valueOf(screen.width());
            Browsers.inBrowser(screen, Browsers.bearer("inspector-screens", "inspector"), page -> {
                page.navigate(base + "staff/cases");
                assertThat(page.locator("#queue-table")).isVisible();
                Browsers.screenshot(page, "17-queue-" + w + ".png");
                page.navigate(base + "staff/cases/" + caseId);
                assertThat(page.locator("#act-APPROVE")).isVisible();
                Browsers.screenshot(page, "17-case-" + w + ".png");
                page.navigate(base + "staff/ledger");
                assertThat(page.locator("#ledger-table")).isVisible();
                Browsers.screenshot(page, "17-ledger-" + w + ".png");
            });
            Browsers.inBrowser(screen, Browsers.bearer("supervisor-screens", "supervisor"), page -> {
                page.navigate(base + "staff/board");
                Browsers.screenshot(page, "17-board-" + w + ".png");
            });
            Browsers.inBrowser(screen, Browsers.bearer("admin-screens", "admin"), page -> {
                page.navigate(base + "staff/admin/units");
                assertThat(page.locator("#unit-search")).isVisible();
                Browsers.screenshot(page, "17-admin-units-" + w + ".png");
                page.navigate(base + "staff/admin/units?area=LL");
                Browsers.screenshot(page, "17-admin-units-LL-" + w + ".png");
            });
        }
    }
}
