package cn.gov.yongzhou.qingfeng.shared.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The page that keeps what a staff member typed when their session ended: the fields are named as the forms name
 * them, never by their parameter names, and the language link leads somewhere that answers a GET.
 */
@QuarkusTest
class NotSentPageTest {

    @Test
    void shouldLabelTheTypedFieldsInWordsAndLinkTheOtherLanguageToAPageThatExists() {
        String page = SignedOutPage.notSent(SignedOutPage.Reason.TIMED_OUT, "/staff/cases", Duration.ofMinutes(30),
                List.of(new SignedOutPage.Typed("toReporter", "经核查，您反映的问题属实。"),
                        new SignedOutPage.Typed("x-unknown", "别的内容")),
                Messages.CHINESE);
        assertTrue(page.contains(">告知举报人的内容</label>"), page);
        assertTrue(page.contains(">填写的内容</label>"), "an unknown field gets a plain label");
        assertFalse(page.contains(">toReporter<") || page.contains(">x-unknown<"), "no parameter names");
        assertTrue(page.contains("href=\"/signed-out?lang=en\""), "English opens the signed-out page, not the POST address");
    }
}
