package cn.gov.yongzhou.qingfeng.desk;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.gov.yongzhou.qingfeng.Browsers;
import cn.gov.yongzhou.qingfeng.support.TestReports;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URL;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * 承办人 and 回避 in a browser without JavaScript, on a phone and at a desk: one inspector names another, who first
 * reads the declaration (no report, no reporter), declares no conflict and then reads the case. Screenshots go to
 * target/screenshots/12-officer-*.png.
 */
@QuarkusTest
class CaseOfficerBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    EntityManager em;

    void account(String user) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into staff_account (user_name, display_name, roles, unit_id)
                select ?1, ?2, 'inspector', id from unit where code = 'LL-JW'
                on conflict (user_name) do update set unit_id = excluded.unit_id, roles = excluded.roles""")
                .setParameter(1, user).setParameter(2, "示例检查员" + user.substring(user.length() - 1))
                .executeUpdate());
    }

    @Test
    void shouldLetTheNamedOfficerDeclareBeforeReadingTheCase() {
        for (Browsers.Screen screen : new Browsers.Screen[] { Browsers.Screen.PHONE, Browsers.Screen.DESKTOP }) {
            String w = String.valueOf(screen.width());
            String namer = "jw-ll-br" + w + "a";
            String officer = "jw-ll-br" + w + "b";
            account(namer);
            account(officer);
            Map<String, String> form = TestReports.valid();
            form.put("narrative", form.get("narrative") + " 浏览器承办" + w);
            long id = TestReports.caseOf(em, TestReports.api(form).post("/api/v1/reports").then().statusCode(201)
                    .extract().path("receipt"));
            Browsers.inBrowserWithoutScript(screen, Browsers.bearer(namer, "inspector"), page -> {
                page.navigate(base + "staff/cases/" + id);
                assertThat(page.locator("#officer-none")).isVisible();
                page.selectOption("#officer-choice", officer);
                page.click("#officer-submit");
                assertThat(page.locator("#officer-name")).containsText("示例检查员" + "b");
                assertThat(page.locator("#officer-declared")).containsText("尚未作出回避声明");
                Browsers.screenshot(page, "12-officer-named-" + w + ".png");
            });
            Browsers.inBrowserWithoutScript(screen, Browsers.bearer(officer, "inspector"), page -> {
                page.navigate(base + "staff/cases/" + id);
                assertThat(page.locator("#declare-title")).hasText("回避声明");
                assertThat(page.locator("body")).not().containsText("浏览器承办");
                Browsers.screenshot(page, "12-officer-declare-" + w + ".png");
                page.check("#declare-sure");
                page.click("#declare-none-submit");
                assertThat(page.locator("#report")).containsText("浏览器承办" + w);
                assertThat(page.locator("#officer-declared")).containsText("已声明无回避情形");
                Browsers.screenshot(page, "12-officer-declared-" + w + ".png");
            });
        }
    }
}
