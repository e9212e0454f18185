package cn.gov.yongzhou.qingfeng.accountability;

import static cn.gov.yongzhou.qingfeng.support.TestClock.at;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.gov.yongzhou.qingfeng.Browsers;
import cn.gov.yongzhou.qingfeng.support.TestCases;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.net.URL;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Rule 9 in Chromium: a hint for a bribe at a Lingling service-center window, days before the center's head changed
 * (示例主任甲 until 2024-02-29, 示例主任乙 from 03-01), substantiated in March. The accountability matter goes to
 * the head of the day of the conduct; the staff member is disposed of, the head's matter decided, a typical case
 * published after a second inspector's approval, and the reporter rates the handling.
 */
@QuarkusTest
class AccountabilityBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    EntityManager em;

    @Transactional
    long caseId(String receipt) {
        return ((Number) em.createNativeQuery(
                "select c.id from case_file c join report r on r.id = c.report_id where r.receipt_no = ?1")
                .setParameter(1, receipt).getSingleResult()).longValue();
    }

    @Transactional
    String staffId(String badge) {
        return em.createNativeQuery("select id from staff where badge_no = ?1").setParameter(1, badge)
                .getSingleResult().toString();
    }

    /** A figure of Lingling's 2024 row in the public statistics (other tests add to it: compare before and after). */
    private static int lingling2024(String figure) {
        return io.restassured.RestAssured.given().get("/api/v1/statistics/2024").then().statusCode(200).extract()
                .path("areas.find { it.code == 'LL' }." + figure);
    }

    /** A figure of the Lingling center's line in the 2024 ledger: 3 received, 6 substantiated (see the CSV's header). */
    private static long ledgerLingling2024(int column) {
        String csv = cn.gov.yongzhou.qingfeng.support.StaffClient.as("ducha-zhang", "supervisor")
                .get("/staff/ledger.csv?period=year&year=2024&area=LL").then().statusCode(200).extract().asString();
        return csv.lines().filter(l -> l.startsWith("零陵区政务服务中心,")).findFirst() // no rank column: ranking off
                .map(l -> Long.parseLong(l.split(",")[column])).orElse(0L);
    }

    @Test
    void shouldHoldTheHeadOfTheDayAccountableAndPublishTheCase() {
        TestCases.mapHandler(em, "handler-lljw", "LL-JW");
        String[] receipt = new String[2];
        at("2024-02-27T10:00:00");
        int received = lingling2024("received");
        int found = lingling2024("found");
        long ledgerReceived = ledgerLingling2024(2);
        long ledgerSubstantiated = ledgerLingling2024(5);

        at("2024-02-27T10:00:00");
        Browsers.inBrowser(Browsers.Screen.PHONE, Map.of(), page -> {
            page.navigate(base + "w/LL-03");
            page.check("input[name=category][value=PETTY_CORRUPTION]");
            page.selectOption("#subcategory", "HINTING");
            page.fill("#occurredDate", "2024-02-26");
            page.fill("#place", "零陵区政务服务中心 不动产登记窗口");
            page.fill("#accusedBadge", "LL0301");
            page.fill("#narrative", "工作人员说材料不全，暗示给点“辛苦费”就能当天办好。");
            page.fill("#reporterName", "上官明");
            page.fill("#idNumber", "431102199001011239");
            page.fill("#phone", "13907461236");
            page.check("input[name=directlyServed][value=yes]");
            page.check("input[name=contactPreference][value=PHONE]");
            page.check("input[name=declaration]");
            page.check("input[name=consent]");
            page.click("#submit-report");
            receipt[0] = page.textContent("#receipt-no").strip();
            receipt[1] = page.textContent("#receipt-password").strip();
        });
        at("2024-02-28T10:00:00");
        Browsers.inBrowser(Browsers.Screen.TABLET, Browsers.bearer("inspector-a", "inspector"), page -> {
            Browsers.openCase(page, base + "staff/cases?state=REGISTERED", receipt[0]);
            page.click("#act-ACCEPT");
            page.click("#confirm-submit"); // the step confirms on a page of its own
            Browsers.approveBrief(page);
            page.click("#act-ASSIGN");
            assertThat(page.locator("#assigned-unit")).containsText("零陵区纪委监委");
        });
        at("2024-02-29T10:00:00");
        Browsers.inBrowser(Browsers.Screen.PHONE, Browsers.bearer("handler-lljw", "handler"), page -> {
            Browsers.openCase(page, base + "staff/unit-cases",
                    cn.gov.yongzhou.qingfeng.casework.CaseFile
                            .reference(cn.gov.yongzhou.qingfeng.support.TestReports.caseOf(em, receipt[0])));
            page.click("#act-SIGN_FOR");
        });
        at("2024-03-12T10:00:00");
        Browsers.inBrowser(Browsers.Screen.PHONE, Browsers.bearer("handler-lljw", "handler"), page -> {
            Browsers.openCase(page, base + "staff/unit-cases",
                    cn.gov.yongzhou.qingfeng.casework.CaseFile
                            .reference(cn.gov.yongzhou.qingfeng.support.TestReports.caseOf(em, receipt[0])));
            page.fill("#findings-text", "调取窗口录像并询问当事人，查实该工作人员暗示办事群众给予好处。");
            page.check("input[name=conclusion][value=SUBSTANTIATED]");
            page.click("#act-SUBMIT_FINDINGS");
            assertThat(page.locator("#desk-msg")).containsText("操作已完成");
        });

        at("2024-03-14T10:00:00");
        long caseId = caseId(receipt[0]);
        String staff = staffId("LL0301");
        Browsers.inBrowser(Browsers.Screen.DESKTOP, Browsers.bearer("inspector-a", "inspector"), page -> {
            Browsers.openCase(page, base + "staff/cases?state=FINDINGS_SUBMITTED", receipt[0]);
            page.fill("#to-reporter-APPROVE", "经核查，您反映的问题属实，已作出处理。");
            page.click("#act-APPROVE");
            page.click("#confirm-submit"); // the step confirms on a page of its own
            page.click("#acc-link");
            // the head on the day of the conduct, not the head of today
            assertThat(page.locator("#matters")).containsText("示例主任甲");
            assertThat(page.locator("#matters")).not().containsText("示例主任乙");
            page.selectOption("#staff", staff);
            page.selectOption("#kind", "WARNING");
            page.fill("#decidedOn", "2024-03-14");
            page.click("#dispose");
            assertThat(page.locator("#dispositions")).containsText("警告（6个月）");
            assertThat(page.locator("#dispositions")).containsText("2024-09-13");
            Browsers.screenshot(page, "30-accountability-case-desktop.png");

            page.click("#matters a[href^='/staff/accountability/']");
            page.selectOption("#decision", "ADMONITION");
            page.fill("#reasons", "该中心主要负责人对窗口人员教育管理不力，对其诫勉。");
            // decided collectively: one approver is not enough, and the form keeps what was typed
            page.fill("#meeting", "区纪委常委会会议");
            page.fill("#meetingOn", "2024-03-14");
            page.fill("#approvers", "示例书记甲");
            page.click("#decide");
            assertThat(page.locator("#error-summary")).containsText("至少两名审批人");
            assertThat(page.locator("#reasons")).hasValue("该中心主要负责人对窗口人员教育管理不力，对其诫勉。");
            page.fill("#approvers", "示例书记甲、示例副书记乙");
            page.click("#decide");
            assertThat(page.locator("#matter-decision")).containsText("诫勉");
            assertThat(page.locator("#matter-collective")).containsText("区纪委常委会会议");
            assertThat(page.locator("#matter-collective")).containsText("示例书记甲、示例副书记乙");
            // its 问责决定书, drafted from the decision, listed with the case's documents
            assertThat(page.locator("#documents")).containsText("问责决定书");
            Browsers.screenshot(page, "31a-accountability-decision-desktop.png");
            page.click("#documents a:has-text('问责决定书')");
            assertThat(page.locator("body")).containsText("集体研究");
            Browsers.screenshot(page, "31b-accountability-document-desktop.png");
            page.goBack();
            page.click("#matter-head a");
            assertThat(page.locator("#head-name")).hasText("示例主任甲");
            assertThat(page.locator("#head-terms")).containsText("2024-02-29");
            Browsers.screenshot(page, "31-head-record-desktop.png");

            page.navigate(base + "staff/accountability/cases/" + caseId);
            page.click("#prepare-typical");
            page.fill("#pub-title", "零陵区政务服务中心工作人员张某暗示办事群众给予好处问题");
            page.fill("#pub-body", "2024年2月，零陵区政务服务中心工作人员张某在办理不动产登记时，以材料不全为由暗示办事群众给予好处。\n"
                    + "张某受到政务警告处分；该中心主要负责人被诫勉。");
            page.click("#prepare");
        });
        Browsers.inBrowser(Browsers.Screen.TABLET, Browsers.bearer("inspector-b", "inspector"), page -> {
            page.navigate(base + "staff/disclosure");
            page.click("text=零陵区政务服务中心工作人员张某暗示办事群众给予好处问题");
            page.click("#approve");
            assertThat(page.locator("#pub-state")).containsText("已公开");
        });
        Browsers.inBrowser(Browsers.Screen.PHONE, Map.of(), page -> {
            page.navigate(base + "cases?county=LL");
            page.click("text=零陵区政务服务中心工作人员张某暗示办事群众给予好处问题");
            assertThat(page.locator("#typical-body")).containsText("张某受到政务警告处分");
            assertThat(page.locator("body")).not().containsText("上官");
            Browsers.screenshot(page, "32-typical-case-phone.png");

            page.navigate(base + "track");
            page.fill("#receipt", receipt[0]);
            page.fill("#password", receipt[1]);
            page.click("form.track button[type=submit]");
            assertThat(page.locator("#status-conclusion")).containsText("属实");
            // the outcome in plain words: that someone was dealt with, never who or how
            assertThat(page.locator("#result")).containsText("您反映的问题属实");
            assertThat(page.locator("#result")).containsText("有关工作人员已依规依纪受到处理");
            assertThat(page.locator("#result")).containsText("所在单位主要负责人已被问责");
            assertThat(page.locator("#result")).not().containsText("张某");
            page.check("input[name=level][value=SATISFIED]");
            page.click("#rate-submit");
            assertThat(page.locator("#follow-msg")).containsText("感谢您的评价");
            assertThat(page.locator("#rated")).containsText("满意");
            Browsers.screenshot(page, "33-rated-phone.png");
        });
        Browsers.inBrowser(Browsers.Screen.PHONE, Browsers.bearer("ducha-zhang", "supervisor"), page -> {
            page.navigate(base + "staff/accountability");
            Browsers.screenshot(page, "34-accountability-list-phone.png");
        });
        // the public statistics count the report and its substantiated conclusion
        org.junit.jupiter.api.Assertions.assertEquals(received + 1, lingling2024("received"));
        org.junit.jupiter.api.Assertions.assertEquals(found + 1, lingling2024("found"));
        org.junit.jupiter.api.Assertions.assertEquals(ledgerReceived + 1, ledgerLingling2024(2), "ledger: received");
        org.junit.jupiter.api.Assertions.assertEquals(ledgerSubstantiated + 1, ledgerLingling2024(5),
                "ledger: substantiated");
        Browsers.inBrowser(Browsers.Screen.PHONE, Map.of(), page -> {
            page.navigate(base + "statistics?year=2024");
            assertThat(page.locator("#area-LL")).containsText("零陵区");
            Browsers.screenshot(page, "35-statistics-phone.png");
        });
    }
}
