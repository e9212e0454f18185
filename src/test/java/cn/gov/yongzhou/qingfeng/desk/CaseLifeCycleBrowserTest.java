package cn.gov.yongzhou.qingfeng.desk;

import static cn.gov.yongzhou.qingfeng.support.TestClock.at;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.gov.yongzhou.qingfeng.Browsers;
import cn.gov.yongzhou.qingfeng.support.TestCases;
import com.microsoft.playwright.Page;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URL;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * One report from the public form to 结案, in Chromium, by the people who would do each step: the citizen at the
 * window on a phone, the district's discipline inspector on a tablet, the handler of the discipline body on a phone.
 * The days are those of early 2026, across the Spring Festival (off 15–23 February, make-up workdays Saturday 14 and
 * Saturday 28 February) and Qingming (off 4–6 April); every date asserted below was counted by hand on that calendar.
 */
@QuarkusTest
class CaseLifeCycleBrowserTest {

    private static final String NARRATIVE = "窗口工作人员以材料不全为由拖延办理，暗示“意思一下”就能当天办好。";

    @TestHTTPResource("/")
    URL base;

    @Inject
    EntityManager em;

    private static void due(Page page, String stage, String date) {
        assertThat(page.locator("li[data-stage=" + stage + "]").last()).containsText(date);
    }

    @Test
    void shouldTakeAReportFromThePublicFormToClosureWithDeadlinesRightToTheDay() {
        TestCases.mapHandler(em, "handler-lljw", "LL-JW");
        String[] receipt = new String[2];

        // Tuesday 10 February 2026: a citizen at window LL-03 scans the QR code and reports a hint for a bribe.
        at("2026-02-10T10:00:00");
        Browsers.inBrowser(Browsers.Screen.PHONE, Map.of(), page -> {
            page.navigate(base + "w/LL-03");
            page.check("input[name=category][value=PETTY_CORRUPTION]");
            page.selectOption("#subcategory", "HINTING");
            page.fill("#occurredDate", "2026-02-09");
            page.fill("#occurredTime", "15:20");
            page.fill("#place", "零陵区政务服务中心 不动产登记窗口");
            page.fill("#accusedBadge", "LL0301");
            page.fill("#narrative", NARRATIVE);
            page.fill("#reporterName", "周明");
            page.fill("#idNumber", "431102199001011239");
            page.fill("#phone", "13907461235");
            page.check("input[name=directlyServed][value=yes]");
            page.check("input[name=contactPreference][value=PHONE]");
            page.check("input[name=declaration]");
            page.check("input[name=consent]");
            page.click("#submit-report");
            assertThat(page.locator("#receipt-no")).hasText(Pattern.compile("^YZ\\d{6}[A-Z2-9]{6}$"));
            receipt[0] = page.textContent("#receipt-no").strip();
            receipt[1] = page.textContent("#receipt-password").strip();
        });

        // Thursday 12 February: the inspector of the district accepts it and assigns it where the route says.
        at("2026-02-12T09:30:00");
        Browsers.inBrowser(Browsers.Screen.TABLET, Browsers.bearer("inspector-lin", "inspector"), page -> {
            Browsers.openCase(page, base + "staff/cases?state=REGISTERED", receipt[0]);
            // accept within 5 working days of receipt: 11, 12, 13, Sat 14 (make-up), then 24 after the holiday
            due(page, "ACCEPTANCE", "2026-02-24");
            // tell the reporter within 15 working days of receipt
            due(page, "ACCEPTANCE_NOTICE", "2026-03-09");
            page.click("#act-ACCEPT");
            // an irreversible step says what will happen and waits for its own button
            assertThat(page.locator("#confirm-what")).containsText("案件将被受理");
            assertThat(page.locator("#confirm-what")).containsText("不能撤回");
            page.click("#confirm-submit");
            assertThat(page.locator("#desk-msg")).containsText("操作已完成");
            assertThat(page.locator("#route-explanation")).containsText("零陵区纪委监委");
            Browsers.approveBrief(page);
            page.click("#act-ASSIGN");
            assertThat(page.locator("#assigned-unit")).containsText("零陵区纪委监委");
            // petty corruption: verified within 30 working days of assignment, Saturdays 14 and 28 February counted
            due(page, "INVESTIGATION", "2026-04-01");
            Browsers.screenshot(page, "20-lifecycle-assigned-tablet.png");
        });

        // Friday 13 February the handler signs for it; Monday 16 March the findings go in, with the record.
        at("2026-02-13T11:00:00");
        Browsers.inBrowser(Browsers.Screen.PHONE, Browsers.bearer("handler-lljw", "handler"), page -> {
            Browsers.openCase(page, base + "staff/unit-cases",
                    cn.gov.yongzhou.qingfeng.casework.CaseFile
                            .reference(cn.gov.yongzhou.qingfeng.support.TestReports.caseOf(em, receipt[0])));
            assertThat(page.locator("#reporter")).hasCount(0);
            page.click("#act-SIGN_FOR");
            assertThat(page.locator("#desk-msg")).containsText("操作已完成");
        });
        at("2026-03-16T16:00:00");
        Browsers.inBrowser(Browsers.Screen.PHONE, Browsers.bearer("handler-lljw", "handler"), page -> {
            Browsers.openCase(page, base + "staff/unit-cases",
                    cn.gov.yongzhou.qingfeng.casework.CaseFile
                            .reference(cn.gov.yongzhou.qingfeng.support.TestReports.caseOf(em, receipt[0])));
            page.fill("#findings-text", "经调取窗口录像并询问当事人，该工作人员确有以材料不全为由刁难、暗示办事群众的行为。");
            page.check("input[name=conclusion][value=SUBSTANTIATED]");
            page.click("#act-SUBMIT_FINDINGS");
            assertThat(page.locator("#desk-msg")).containsText("操作已完成");
            assertThat(page.locator("#proposed-conclusion")).containsText("属实");
            Browsers.screenshot(page, "21-lifecycle-findings-phone.png");
        });

        // Wednesday 18 March: the inspector reviews (due within 5 working days: 17, 18, 19, 20, 23), approves and
        // closes; the result is owed to the reporter within 15 working days, Qingming (4–6 April) not counted.
        at("2026-03-18T10:00:00");
        Browsers.inBrowser(Browsers.Screen.TABLET, Browsers.bearer("inspector-lin", "inspector"), page -> {
            Browsers.openCase(page, base + "staff/cases?state=FINDINGS_SUBMITTED", receipt[0]);
            due(page, "REVIEW", "2026-03-23");
            assertThat(page.locator("#conclusion-APPROVE")).hasValue("SUBSTANTIATED");
            page.fill("#to-reporter-APPROVE", "经核查，您反映的问题属实，已责成该单位整改。");
            page.click("#act-APPROVE");
            assertThat(page.locator("#confirm-conclusion")).containsText("属实");
            assertThat(page.locator("#confirm-to-reporter")).containsText("已责成该单位整改");
            page.click("#confirm-submit");
            assertThat(page.locator("#conclusion")).containsText("属实");
            due(page, "RESULT_NOTICE", "2026-04-09");
            assertThat(page.locator("li[data-stage=OBJECTION]")).hasCount(0);
            // the inspector gives the result by phone; an objection may come within 30 calendar days of that (art. 22)
            page.selectOption("#told-stage", "RESULT_NOTICE");
            page.selectOption("#told-method", "CALL");
            page.fill("#told-said", "经核查，您反映的问题属实，已责成该单位整改。");
            page.click("#told-submit");
            assertThat(page.locator("#desk-msg")).containsText("已记录");
            due(page, "OBJECTION", "2026-04-17");
            // 一律严肃处理: closing waits for the staff member's disposition
            page.click("#act-CLOSE");
            assertThat(page.locator("#desk-msg")).containsText("才能结案");
            page.click("#acc-link");
            assertThat(page.locator("#closing-state")).containsText("LL0301");
            page.selectOption("#staff", new com.microsoft.playwright.options.SelectOption().setLabel("窗口人员21 (LL0301)"));
            page.selectOption("#kind", "CRITICISM_EDUCATION");
            page.fill("#decidedOn", "2026-03-18");
            page.click("#dispose");
            assertThat(page.locator("#closing-state")).containsText("可以结案");
            page.click("a:has-text('← " + receipt[0] + "')");
            page.click("#act-CLOSE");
            page.click("#confirm-submit");
            assertThat(page.locator("h1 .state").first()).containsText("已归档");
            Browsers.screenshot(page, "22-lifecycle-closed-tablet.png");
        });

        // The citizen looks it up with the receipt: closed, substantiated, every step dated.
        Browsers.inBrowser(Browsers.Screen.PHONE, Map.of(), page -> {
            page.navigate(base + "track");
            page.fill("#receipt", receipt[0]);
            page.fill("#password", receipt[1]);
            page.click("form.track button[type=submit]");
            assertThat(page.locator("#status-state")).containsText("已归档");
            assertThat(page.locator("#status-conclusion")).containsText("属实");
            assertThat(page.locator(".timeline")).containsText("2026-03-18");
            Browsers.screenshot(page, "23-lifecycle-tracked-phone.png");
        });
    }
}
