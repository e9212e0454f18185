package cn.gov.yongzhou.qingfeng;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.yongzhou.qingfeng.support.PackagedApp;
import io.quarkus.test.junit.QuarkusTest;
import java.net.http.HttpResponse;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The citizen's pages as the packaged jar serves them in production mode (not the test build): each answers 200 as
 * UTF-8 HTML with a Chinese title, in Chinese, with the security headers production sends (HSTS only there), and
 * loads nothing from another site. Also every page the home page and the form link to (so a new public page, such as
 * 举报须知, is covered once linked), the error page, the English version, and the static files. Run by failsafe
 * after {@code package}: {@code ./mvnw verify -Dit.test=PublicPagesIT -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false}.
 * The {@code @QuarkusTest} around it migrates the database and loads the sample directory (window LL-03).
 */
@QuarkusTest
class PublicPagesIT {

    static final List<String> PAGES = List.of("/", "/report", "/w/LL-03", "/track", "/track/recover", "/posters",
            "/statistics", "/cases");
    static final Pattern TITLE = Pattern.compile("<title>([^<]*)</title>");
    static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");
    static final Pattern HREF = Pattern.compile("<a [^>]*href=\"(/[^\"#?]*)[\"#?]");
    static final Pattern EXTERNAL_LOAD = Pattern.compile(
            "<(?:script|img|iframe)[^>]*\\ssrc=\"(?:https?:)?//|<link[^>]*\\shref=\"(?:https?:)?//");

    static PackagedApp app;

    @BeforeAll
    static void startThePackagedApp() throws Exception {
        app = PackagedApp.start();
    }

    @AfterAll
    static void stopIt() throws InterruptedException {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void shouldServeEveryPublicPageAsChineseUtf8WithTheSecurityHeaders() throws Exception {
        for (String path : PAGES) {
            HttpResponse<String> page = app.get(path);
            assertEquals(200, page.statusCode(), path);
            assertPage(path, page, "zh-CN");
        }
    }

    @Test
    void shouldServeThePagesTheHomePageAndTheFormLinkTo() throws Exception {
        Set<String> linked = new LinkedHashSet<>();
        for (String from : List.of("/", "/report")) {
            Matcher m = HREF.matcher(app.body(from));
            while (m.find()) {
                String path = m.group(1);
                if (!path.startsWith("/staff") && !path.startsWith("/api/") && !path.startsWith("/q/")
                        && !path.matches(".*\\.(css|js|svg|png|pdf|csv|pem)$")) {
                    linked.add(path);
                }
            }
        }
        assertTrue(linked.containsAll(List.of("/", "/report", "/track")), "the home page links the form: " + linked);
        for (String path : linked) {
            HttpResponse<String> page = app.get(path);
            assertEquals(200, page.statusCode(), path + " (linked from the home page or the form)");
            assertPage(path, page, "zh-CN");
        }
    }

    @Test
    void shouldAnswerAnUnknownAddressWithThePortalsOwnPage() throws Exception {
        HttpResponse<String> page = app.get("/no/such/page");
        assertEquals(404, page.statusCode());
        assertPage("/no/such/page", page, "zh-CN");
        assertTrue(page.body().contains("页面不存在") || page.body().contains("找不到"), page.body());
    }

    @Test
    void shouldServeTheEnglishVersionWhenAsked() throws Exception {
        HttpResponse<String> page = app.get("/report?lang=en");
        assertEquals(200, page.statusCode());
        assertEquals("text/html;charset=UTF-8", page.headers().firstValue("Content-Type").orElse(null));
        assertTrue(page.body().contains("<html lang=\"en\">"), "English page");
        assertTrue(page.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("qf-lang=en")),
                "the choice is remembered");
    }

    @Test
    void shouldServeTheStaticFilesWithTheirTypeAndNoSniffing() throws Exception {
        HttpResponse<String> css = app.get("/css/qingfeng.css");
        assertEquals(200, css.statusCode());
        assertEquals("text/css;charset=UTF-8", css.headers().firstValue("Content-Type").orElse(null));
        assertEquals("nosniff", css.headers().firstValue("X-Content-Type-Options").orElse(null));
        assertTrue(css.body().contains("{"), "a style sheet");

        HttpResponse<String> js = app.get("/js/report-form.js");
        assertEquals(200, js.statusCode());
        assertTrue(js.headers().firstValue("Content-Type").orElse("").contains("javascript"),
                js.headers().firstValue("Content-Type").orElse(null));
        assertEquals("nosniff", js.headers().firstValue("X-Content-Type-Options").orElse(null));

        HttpResponse<String> icon = app.get("/favicon.svg");
        assertEquals(200, icon.statusCode());
        assertTrue(icon.headers().firstValue("Content-Type").orElse("").startsWith("image/svg+xml"));
    }

    /** What every page must have, whatever its status. */
    static void assertPage(String path, HttpResponse<String> page, String lang) {
        String body = page.body();
        assertEquals("text/html;charset=UTF-8", page.headers().firstValue("Content-Type").orElse(null), path);
        assertTrue(body.startsWith("<!DOCTYPE html>"), path + " is a whole page");
        assertTrue(body.contains("<html lang=\"" + lang + "\">"), path + " in " + lang);
        Matcher title = TITLE.matcher(body);
        assertTrue(title.find(), path + " has a title");
        assertTrue(CHINESE.matcher(title.group(1)).find(), path + " has a Chinese title: " + title.group(1));
        assertFalse(EXTERNAL_LOAD.matcher(body).find(), path + " loads nothing from another site");
        String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("default-src 'self'") && csp.contains("script-src 'self'")
                && csp.contains("frame-ancestors 'none'") && csp.contains("form-action 'self'"), path + ": " + csp);
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(null), path);
        assertEquals("no-referrer", page.headers().firstValue("Referrer-Policy").orElse(null), path);
        assertEquals("DENY", page.headers().firstValue("X-Frame-Options").orElse(null), path);
        assertTrue(page.headers().firstValue("Strict-Transport-Security").orElse("").startsWith("max-age=31536000"),
                path + " sends HSTS in production");
    }
}
