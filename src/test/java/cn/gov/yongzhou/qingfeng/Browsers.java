package cn.gov.yongzhou.qingfeng;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Debian's Chromium driven by Playwright, the way this machine allows it: the system browser, the flags that keep
 * it off the network, a fresh profile per scenario, Chinese browser controls. Screenshots go to target/screenshots.
 */
public final class Browsers {

    public static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    private static final List<String> CHROMIUM_ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            // the browser's own controls (file chooser, date picker) in Chinese, as on a citizen's phone
            "--lang=zh-CN");

    /** A screen: size, pixel ratio, and whether it is a touch phone. */
    public record Screen(int width, int height, double scale, boolean mobile) {
        public static final Screen PHONE = new Screen(390, 844, 2, true);
        public static final Screen TABLET = new Screen(820, 1180, 2, true);
        public static final Screen DESKTOP = new Screen(1280, 900, 1, false);
    }

    private Browsers() {
    }

    private static Playwright playwright;

    /** One Playwright driver for the whole test run (tests run one at a time), closed when the JVM exits. */
    private static synchronized Playwright playwright() {
        if (playwright == null) {
            playwright = Playwright.create();
            Runtime.getRuntime().addShutdownHook(new Thread(playwright::close));
        }
        return playwright;
    }

    /** As {@link #inBrowser(Playwright, Screen, Map, Consumer)} with the run's driver. */
    public static void inBrowser(Screen screen, Map<String, String> headers, Consumer<Page> steps) {
        inBrowser(playwright(), screen, headers, steps);
    }

    /** Runs {@code steps} in a Chromium of its own with a throw-away profile; {@code headers} go with every request. */
    public static void inBrowser(Playwright playwright, Screen screen, Map<String, String> headers,
            Consumer<Page> steps) {
        inBrowser(playwright, screen, headers, true, steps);
    }

    /** As {@link #inBrowser(Screen, Map, Consumer)} with JavaScript turned off: the pages must work without it. */
    public static void inBrowserWithoutScript(Screen screen, Map<String, String> headers, Consumer<Page> steps) {
        inBrowser(playwright(), screen, headers, false, steps);
    }

    private static void inBrowser(Playwright playwright, Screen screen, Map<String, String> headers, boolean script,
            Consumer<Page> steps) {
        Path profile = createTempDirectory();
        try (BrowserContext browser = playwright.chromium().launchPersistentContext(profile,
                new BrowserType.LaunchPersistentContextOptions()
                        .setExecutablePath(CHROMIUM)
                        .setHeadless(true)
                        .setArgs(CHROMIUM_ARGS)
                        .setEnv(Map.of("LANGUAGE", "zh_CN", "LANG", "zh_CN.UTF-8"))
                        .setViewportSize(screen.width(), screen.height())
                        .setDeviceScaleFactor(screen.scale())
                        .setIsMobile(screen.mobile())
                        .setHasTouch(screen.mobile())
                        .setLocale("zh-CN")
                        .setTimezoneId("Asia/Shanghai")
                        .setJavaScriptEnabled(script)
                        .setExtraHTTPHeaders(headers))) {
            Page page = browser.pages().isEmpty() ? browser.newPage() : browser.pages().get(0);
            steps.accept(page);
        } finally {
            deleteRecursively(profile);
        }
    }

    /** Saves a full-page screenshot, after making sure the page fits the screen's width. */
    public static void screenshot(Page page, String name) {
        int sideways = ((Number) page.evaluate(
                "() => document.documentElement.scrollWidth - document.documentElement.clientWidth")).intValue();
        assertEquals(0, sideways, name + ": the page is wider than the screen by " + sideways + "px");
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve(name)));
        assertTrue(Files.isRegularFile(SCREENSHOTS.resolve(name)), name);
    }

    private static Path createTempDirectory() {
        try {
            return Files.createTempDirectory("qingfeng-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover profile in the temp directory does no harm
        }
    }

    /** The header a staff member's browser sends: a real signed token of the test identity provider. */
    public static Map<String, String> bearer(String user, String role) {
        return Map.of("Authorization", "Bearer "
                + cn.gov.yongzhou.qingfeng.support.StaffClient.token(user, role));
    }

    /** Opens a queue page, follows 下一页 until the receipt shows up, and opens that case. */
    public static void openCase(Page page, String queueUrl, String receipt) {
        page.navigate(queueUrl);
        while (page.locator("text=" + receipt).count() == 0 && page.locator("text=下一页").count() > 0) {
            page.click("text=下一页");
        }
        page.click("text=" + receipt);
    }

    /** The inspector writes and approves the 交办 summary on the open case page, as assigning needs (issue 12). */
    public static void approveBrief(Page page) {
        page.fill("#brief-alleged", "反映该窗口工作人员在办理业务时态度生硬、推诿，要求办事群众多次往返。");
        page.fill("#brief-place", "政务服务中心相关窗口");
        page.fill("#brief-period", "2026年2月上旬");
        page.fill("#brief-verify", "核实当日窗口办理记录和工作人员在岗情况，说明是否存在推诿、刁难。");
        page.click("#brief-submit");
    }
}
