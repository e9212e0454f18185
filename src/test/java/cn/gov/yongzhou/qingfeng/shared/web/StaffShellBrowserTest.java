package cn.gov.yongzhou.qingfeng.shared.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.yongzhou.qingfeng.Browsers;
import cn.gov.yongzhou.qingfeng.support.TestCases;
import com.microsoft.playwright.Response;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The staff shell in Chromium, per role: the navigation holds exactly the pages the role may open (each opens), the
 * header names the person, role and body, the footer is the staff's, and a page the role may not open is the
 * portal's page in the reader's language saying what they may use instead.
 */
@QuarkusTest
class StaffShellBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    EntityManager em;

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "inspector  | /staff/cases      | /staff/cases /staff/register /staff/board /staff/follow-ups /staff/ledger /staff/accountability /staff/disclosure /staff/documents | /staff/admin",
            "handler    | /staff/unit-cases | /staff/unit-cases | /staff/cases",
            "supervisor | /staff/board      | /staff/board /staff/ledger /staff/accountability /staff/documents | /staff/follow-ups",
            "admin      | /staff/admin      | /staff/documents /staff/admin | /staff/board" })
    void shouldShowEachRoleOnlyThePagesItMayOpenAndThePortalsPageForOthers(String role, String home, String expected,
            String refused) {
        String user = "shell-" + role;
        TestCases.mapHandler(em, user, "LL-ZWFW");
        Browsers.inBrowser(Browsers.Screen.DESKTOP, Browsers.bearer(user, role), page -> {
            page.navigate(url(home));
            List<String> links = page.locator("#staff-nav a").all().stream().map(a -> a.getAttribute("href")).toList();
            assertEquals(List.of(expected.split(" ")), links, role + "'s navigation");
            for (String link : links) {
                Response opened = page.navigate(url(link));
                assertEquals(200, opened.status(), role + " opens " + link);
                assertThat(page.locator("#staff-nav a[aria-current=page]")).hasAttribute("href", link);
                assertThat(page.locator("#staff-footer")).isVisible();
            }
            Response refusal = page.navigate(url(refused));
            assertEquals(403, refusal.status());
            assertThat(page.locator("h1")).hasText("没有这个页面的权限");
            List<String> offered = page.locator("#allowed-pages a").all().stream().map(a -> a.getAttribute("href"))
                    .toList();
            assertEquals(links, offered, "the refusal offers what the navigation does");
            assertFalse(offered.contains(refused));
            Browsers.screenshot(page, "17-forbidden-" + role + ".png");
        });
    }

    @Test
    void shouldNameThePersonTheirRoleAndBodyWithTheStaffFooter() {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into staff_account (user_name, display_name, roles, unit_id)
                select 'shell-named', '示例督查员丙', 'supervisor', id from unit where code = 'CITY-DCS'
                on conflict (user_name) do nothing""").executeUpdate());
        Browsers.inBrowser(Browsers.Screen.PHONE, Browsers.bearer("shell-named", "supervisor"), page -> {
            page.navigate(url("/staff/board"));
            assertThat(page.locator("#who .who-name")).hasText("示例督查员丙");
            assertThat(page.locator("#who .who-role")).hasText("督查室");
            assertThat(page.locator("#who .who-body")).hasText("永州市人民政府督查室");
            assertThat(page.locator("footer a[href='/report']")).hasCount(0);
            assertThat(page.locator("#staff-footer")).containsText("严格保密");
            Browsers.screenshot(page, "17-shell-supervisor-phone.png");
        });
    }

    @Test
    void shouldTitleTheHandlersQueueWithTheirUnit() {
        TestCases.mapHandler(em, "shell-handler-unit", "LL-ZWFW");
        Browsers.inBrowser(Browsers.Screen.TABLET, Browsers.bearer("shell-handler-unit", "handler"), page -> {
            page.navigate(url("/staff/unit-cases"));
            assertThat(page.locator("h1")).hasText("本单位案件 零陵区政务服务中心");
            assertThat(page.locator("#who .who-body")).hasText("零陵区政务服务中心");
        });
    }

    @Test
    void shouldRefuseInEnglishForAnEnglishReader() {
        Browsers.inBrowser(Browsers.Screen.DESKTOP, Map.of("Authorization",
                Browsers.bearer("shell-en", "handler").get("Authorization"), "Cookie", "qf-lang=en"), page -> {
                    Response refusal = page.navigate(url("/staff/cases"));
                    assertEquals(403, refusal.status());
                    assertThat(page.locator("h1")).hasText("Not allowed on this page");
                    assertTrue(page.locator("html").getAttribute("lang").startsWith("en"));
                });
    }
}
