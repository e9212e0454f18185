package cn.gov.yongzhou.qingfeng.desk;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

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
 * The desks in Chromium on a tablet and a phone: an inspector accepts a report and assigns it where routing
 * proposes, the handler of that unit signs for it. Staff carry a bearer token here; the sign-in redirect itself is
 * the identity provider's page.
 */
@QuarkusTest
class DeskBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    EntityManager em;

    /** The real sign-in: the desk redirects to the identity provider's login page and comes back signed in. */
    @Test
    void shouldSignInThroughTheIdentityProviderBeforeShowingTheDesk() {
        Browsers.inBrowser(Browsers.Screen.DESKTOP, Map.of(), page -> {
            page.navigate(base + "staff/cases");
            assertThat(page.locator("#username")).isVisible(); // the provider's login form, not our page
            page.fill("#username", "alice");
            page.fill("#password", "alice");
            page.click("#login");
            page.waitForURL(url -> url.contains("/staff/cases"));
            assertThat(page.locator("h1")).containsText("案件队列");
            Browsers.screenshot(page, "14-inspector-after-sign-in.png");
        });
    }

    @Test
    void shouldWorkACaseFromTheQueueToTheHandlerOnATablet() {
        TestCases.mapHandler(em, "handler-lljw", "LL-JW");
        String receipt = TestReports.api(TestReports.valid()).post("/api/v1/reports").then().statusCode(201).extract()
                .path("receipt");
        Browsers.inBrowser(Browsers.Screen.TABLET, Browsers.bearer("inspector-wang", "inspector"), page -> {
            page.navigate(base + "staff/cases?state=REGISTERED");
            Browsers.screenshot(page, "10-inspector-queue-tablet.png");
            page.navigate(base + "staff/cases?state=REGISTERED");
            while (page.locator("text=" + receipt).count() == 0 && page.locator("text=下一页").count() > 0) {
                page.click("text=下一页");
            }
            page.click("text=" + receipt);
            assertThat(page.locator("#reporter-name")).containsText("*");
            page.click("#act-ACCEPT");
            page.click("#confirm-submit"); // 受理 confirms on a page of its own
            assertThat(page.locator("#desk-msg")).containsText("操作已完成");
            assertThat(page.locator("#route-explanation")).containsText("零陵区纪委监委");
            Browsers.screenshot(page, "11-inspector-case-tablet.png");
            Browsers.approveBrief(page);
            assertThat(page.locator("#desk-msg")).containsText("交办摘要已审定");
            page.click("#act-ASSIGN");
            assertThat(page.locator("#assigned-unit")).containsText("零陵区纪委监委");
        });
        Browsers.inBrowser(Browsers.Screen.PHONE, Browsers.bearer("inspector-wang", "inspector"), page -> {
            page.navigate(base + "staff/cases?state=ASSIGNED");
            Browsers.screenshot(page, "12-inspector-queue-phone.png");
        });
        Browsers.inBrowser(Browsers.Screen.PHONE, Browsers.bearer("handler-lljw", "handler"), page -> {
            // the handler's queue names the case by its reference, never by the reporter's receipt number
            Browsers.openCase(page, base + "staff/unit-cases",
                    cn.gov.yongzhou.qingfeng.casework.CaseFile.reference(TestReports.caseOf(em, receipt)));
            assertThat(page.locator("#reporter")).hasCount(0);
            page.click("#act-SIGN_FOR");
            assertThat(page.locator("#desk-msg")).containsText("操作已完成");
            Browsers.screenshot(page, "13-handler-case-phone.png");
        });
    }
}
