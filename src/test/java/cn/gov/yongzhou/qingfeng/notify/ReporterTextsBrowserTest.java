package cn.gov.yongzhou.qingfeng.notify;

import static cn.gov.yongzhou.qingfeng.notify.Outboxes.await;
import static cn.gov.yongzhou.qingfeng.notify.Outboxes.drainAll;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.yongzhou.qingfeng.Browsers;
import cn.gov.yongzhou.qingfeng.notify.sms.LocalSmsc;
import cn.gov.yongzhou.qingfeng.support.TestReports;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What a reporter on a phone hears from us, end to end in Chromium against the in-process SMSC: the form proves the
 * number with a code (获取验证码, with JavaScript), the receipt arrives by text, the inspector accepts, the acceptance
 * text arrives, and the acceptance-notice limit shows as met by the delivered text.
 */
@QuarkusTest
class ReporterTextsBrowserTest {

    private static final Pattern CODE = Pattern.compile("验证码(\\d{6})");

    @TestHTTPResource("/")
    URL base;

    @Inject
    LocalSmsc smsc;

    @Inject
    OutboxWorker worker;

    @Inject
    EntityManager em;

    @Test
    void shouldTextTheReporterFromTheCodeToTheAcceptanceAndShowTheLimitMetByDelivery() {
        String phone = TestReports.phone();
        String[] receipt = new String[2];
        Browsers.inBrowser(Browsers.Screen.PHONE, Map.of(), page -> {
            page.navigate(base + "w/LL-03");
            page.check("input[name=category][value=PETTY_CORRUPTION]");
            page.selectOption("#subcategory", "HINTING");
            page.fill("#accusedBadge", "LL0301");
            page.fill("#narrative", "办理不动产登记时，窗口工作人员暗示“表示一下”才能当天办好，我没有给。");
            page.fill("#reporterName", "陈芳");
            page.fill("#idNumber", TestReports.idNumber());
            page.fill("#phone", phone);
            page.check("input[name=directlyServed][value=yes]");
            page.check("input[name=contactPreference][value=SMS]");
            page.check("input[name=declaration]");
            page.check("input[name=consent]");
            page.click("#send-code");
            assertThat(page.locator("#code-status")).containsText("验证码已发送到");
            assertThat(page.locator("#send-code")).containsText("秒后重新获取");
            assertThat(page.locator("#send-code")).isDisabled();
            Browsers.screenshot(page, "sms-1-code-requested-phone.png");
            List<LocalSmsc.Received> texts = smsc.receivedBy(phone);
            Matcher code = CODE.matcher(texts.get(texts.size() - 1).text());
            assertTrue(code.find());
            page.fill("#code", code.group(1));
            page.click("#submit-report");
            assertThat(page.locator("#receipt-no")).isVisible();
            receipt[0] = page.textContent("#receipt-no").strip();
            receipt[1] = page.textContent("#receipt-password").strip();
            Browsers.screenshot(page, "sms-2-receipt-phone.png");
        });

        drainAll(worker);
        await("the receipt text", () -> smsc.receivedBy(phone).stream().anyMatch(t -> t.text().contains(receipt[0])));

        long caseId = TestReports.caseOf(em, receipt[0]);
        Browsers.inBrowser(Browsers.Screen.PHONE, Browsers.bearer("inspector-tang", "inspector"), page -> {
            page.navigate(base + "staff/cases/" + caseId);
            page.click("#act-ACCEPT");
            page.click("#confirm-submit"); // the step confirms on a page of its own
            assertThat(page.locator("#desk-msg")).containsText("操作已完成");
        });

        drainAll(worker);
        await("the acceptance text", () -> smsc.receivedBy(phone).stream()
                .anyMatch(t -> t.text().contains(receipt[0]) && t.text().contains("已受理")));

        Browsers.inBrowser(Browsers.Screen.PHONE, Browsers.bearer("inspector-tang", "inspector"), page -> {
            long until = System.currentTimeMillis() + 10_000;
            do {
                page.navigate(base + "staff/cases/" + caseId);
            } while (page.locator("li[data-stage=ACCEPTANCE_NOTICE] .met-by").count() == 0
                    && System.currentTimeMillis() < until && sleep());
            assertThat(page.locator("li[data-stage=ACCEPTANCE_NOTICE] .met-by"))
                    .containsText("受理情况已短信告知（已送达）");
            assertThat(page.locator("#told-list")).containsText("受理情况已短信告知（已送达）");
            Browsers.screenshot(page, "sms-3-case-limit-met-phone.png");
        });

        Browsers.inBrowser(Browsers.Screen.PHONE, Map.of(), page -> {
            page.navigate(base + "track");
            page.fill("#receipt", receipt[0]);
            page.fill("#password", receipt[1]);
            page.click("button[type=submit]");
            assertThat(page.locator("ol.timeline")).containsText("受理情况已短信告知（已送达）");
            Browsers.screenshot(page, "sms-4-tracking-phone.png");
        });
    }

    private static boolean sleep() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return true;
    }
}
