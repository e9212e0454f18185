package cn.gov.yongzhou.qingfeng.intake;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.gov.yongzhou.qingfeng.Browsers;
import cn.gov.yongzhou.qingfeng.support.TestClock;
import cn.gov.yongzhou.qingfeng.support.TestReports;
import com.microsoft.playwright.Response;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A citizen on a phone behind an address that has used up its reports for the hour: the form comes back with the
 * notice on top, in Chinese and English, and everything typed still there; then the admin's security log lists it.
 */
@QuarkusTest
@TestProfile(RateLimitsTest.LowLimits.class)
class RateLimitBrowserTest {

    private static final String ADDRESS = "198.51.100.200";
    private static final String NARRATIVE = "窗口工作人员暗示要请吃饭才给办理，我拒绝后被要求补交三次材料。";

    @TestHTTPResource("/")
    URL base;

    @jakarta.inject.Inject
    cn.gov.yongzhou.qingfeng.desk.Reveals reveals;

    @jakarta.inject.Inject
    jakarta.persistence.EntityManager em;

    @Test
    void shouldShowTheLimitOnTopOfTheFormAsTypedOnAPhone() {
        TestClock.at("2026-11-25T10:42:00");
        for (int i = 0; i < 2; i++) {
            RateLimitsTest.submitFrom(ADDRESS, TestReports.valid()).then().statusCode(200);
        }
        Browsers.inBrowser(Browsers.Screen.PHONE, Map.of("X-Forwarded-For", ADDRESS), page -> {
            page.navigate(base + "w/LL-03");
            page.check("input[name=category][value=PETTY_CORRUPTION]");
            page.selectOption("#subcategory", "HINTING");
            page.fill("#occurredDate", "2026-11-24");
            page.fill("#occurredTime", "10:30");
            page.fill("#place", "零陵区政务服务中心 不动产登记窗口");
            page.fill("#accusedBadge", "LL0301");
            page.fill("#narrative", NARRATIVE);
            page.fill("#reporterName", "李清风");
            page.fill("#idNumber", TestReports.idNumber());
            page.fill("#phone", "13907461234");
            page.check("input[name=directlyServed][value=yes]");
            page.check("input[name=contactPreference][value=SMS]");
            page.check("input[name=declaration]");
            page.check("input[name=consent]");
            Response response = page.waitForResponse(r -> r.url().endsWith("/report") && "POST".equals(r.request().method()),
                    () -> page.click("#submit-report"));
            assertEquals(429, response.status());
            assertThat(page.locator("#limit-notice")).isVisible();
            assertThat(page.locator("#limit-notice")).containsText("北京时间 11:00 以后（约 18 分钟后）");
            assertThat(page.locator("#limit-notice")).containsText("after 11:00 Beijing time");
            assertThat(page.locator("#narrative")).hasValue(NARRATIVE);
            assertThat(page.locator("#reporterName")).hasValue("李清风");
            assertThat(page.locator("input[name=consent]")).isChecked();
            Browsers.screenshot(page, "limit-01-form-429-phone.png");
        });
        // more of what the log keeps: a reveal and a forged token on a staff page
        String receipt = TestReports.api(TestReports.valid()).header("X-Forwarded-For", "203.0.113.9")
                .post("/api/v1/reports").then().statusCode(201).extract().path("receipt");
        reveals.emergency(TestReports.caseOf(em, receipt), "inspector-he",
                cn.gov.yongzhou.qingfeng.desk.EmergencyGround.SAFETY_THREAT, "举报人来电称受到被举报人威胁，须立即联系核实");
        io.restassured.RestAssured.given().auth().oauth2("forged.token.value").header("X-Forwarded-For", "192.0.2.66")
                .get("/staff/cases").then().statusCode(401);
        Map<String, String> admin = new HashMap<>(Browsers.bearer("admin-wang", "admin"));
        Browsers.inBrowser(Browsers.Screen.DESKTOP, admin, page -> {
            page.navigate(base + "staff/admin/security");
            page.waitForTimeout(500); // the failed sign-in is written asynchronously
            page.reload();
            assertThat(page.locator("#security-events")).containsText("提交次数超限（网上举报，举报件数）");
            assertThat(page.locator("#security-events")).containsText("访问 /staff/cases 时凭证无效或已过期");
            assertThat(page.locator("#security-events")).containsText("inspector-he");
            assertThat(page.locator("#security-paging")).containsText("第 1 页");
            assertThat(page.locator("#security-events")).containsText("198.51.100.x");
            Browsers.screenshot(page, "limit-02-security-log-desktop.png");
            page.selectOption("#kind", "RATE_LIMITED");
            page.click("#security-filter button");
            assertThat(page.locator("#kind")).hasValue("RATE_LIMITED");
            Browsers.screenshot(page, "limit-03-security-log-filtered-desktop.png");
        });
    }
}
