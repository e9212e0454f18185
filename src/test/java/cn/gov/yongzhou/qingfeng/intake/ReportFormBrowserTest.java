package cn.gov.yongzhou.qingfeng.intake;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A citizen on a phone, in Debian's Chromium: scans a window's QR code, files a report with a photo, makes a
 * mistake on the way, reads the receipt and looks the report up. Screenshots go to target/screenshots/.
 */
@QuarkusTest
class ReportFormBrowserTest {

    private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    private static final List<String> CHROMIUM_ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            // the browser's own controls (file chooser, date picker) in Chinese, as on a citizen's phone
            "--lang=zh-CN");
    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    private static final String BAD_CHECK_DIGIT = "431102199001011238";
    private static final String VALID_ID_NUMBER = "431102199001011239";
    private static final String NARRATIVE = "办理不动产登记时，工作人员说材料不全，暗示“懂规矩”就能当天办好，我没有给，被要求下周再来。";

    private static Playwright playwright;

    @TestHTTPResource("/")
    URL base;

    @BeforeAll
    static void startPlaywright() throws IOException {
        playwright = Playwright.create();
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stopPlaywright() {
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    void shouldFileAReportFromAWindowQrCodeOnAPhone() {
        Path photo = aSmallJpegPhoto();
        onAPhone(page -> {
            // 1. The QR code at the window opens the form with the unit and window already chosen.
            page.navigate(url("w/LL-03"));
            assertThat(page.locator("#unit")).hasValue("LL-ZWFW");
            assertThat(page.locator("#window")).hasValue("LL-03");
            assertThat(page.locator("#window-banner")).isVisible();
            assertThat(page.locator("#window-banner")).containsText("不动产登记窗口");
            screenshot(page, "01-form.png");

            // 2. The citizen fills everything, with a photo, but mistypes the last digit of the ID number.
            page.check("input[name=category][value=PETTY_CORRUPTION]");
            page.selectOption("#subcategory", "HINTING");
            page.fill("#occurredDate", LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(3).toString());
            page.fill("#occurredTime", "10:30");
            page.fill("#place", "零陵区政务服务中心 不动产登记窗口");
            page.fill("#accusedBadge", "LL0301");
            page.fill("#accusedDescription", "戴眼镜的男性工作人员");
            page.fill("#narrative", NARRATIVE);
            page.setInputFiles("#evidence", photo);
            page.fill("#reporterName", "李清风");
            page.fill("#idNumber", BAD_CHECK_DIGIT);
            page.fill("#phone", "13907461234");
            page.check("input[name=directlyServed][value=yes]");
            page.check("input[name=contactPreference][value=SMS]");
            page.check("input[name=declaration]");
            page.check("input[name=consent]");
            page.click("#submit-report");

            assertThat(page.locator("#error-summary")).isVisible();
            assertThat(page.locator("#f-idNumber .error-text")).containsText("身份证号码校验位不正确");
            assertThat(page.locator("#idNumber")).hasValue(BAD_CHECK_DIGIT);
            assertThat(page.locator("#narrative")).hasValue(NARRATIVE);
            assertThat(page.locator("#subcategory")).hasValue("HINTING");
            assertThat(page.locator("#window")).hasValue("LL-03");
            assertThat(page.locator("input[name=consent]")).isChecked();
            assertThat(page.locator("#f-evidence .notice")).containsText("请重新选择证据文件");
            screenshot(page, "02-error.png");

            // 3. Corrects the ID number, chooses the photo again as asked, and sends the report.
            page.fill("#idNumber", VALID_ID_NUMBER);
            page.setInputFiles("#evidence", photo);
            page.click("#submit-report");

            assertThat(page.locator("#receipt-no")).hasText(Pattern.compile("^YZ\\d{6}[A-Z2-9]{6}$"));
            assertThat(page.locator("#receipt-password")).hasText(Pattern.compile("^[A-Z2-9]{10}$"));
            String receiptNo = page.textContent("#receipt-no").strip();
            String password = page.textContent("#receipt-password").strip();
            screenshot(page, "03-receipt.png");

            // 4. Later, looks the report up with the receipt number and password.
            page.navigate(url("track"));
            page.fill("#receipt", receiptNo);
            page.fill("#password", password);
            page.click("form.track button[type=submit]");

            assertThat(page.locator("#status-receipt")).hasText(receiptNo);
            assertThat(page.locator("#status-state")).containsText("已登记");
            screenshot(page, "04-status.png");
        });
    }

    @Test
    void shouldShowTheFormOnADesktopScreen() {
        inBrowser(1280, 900, 1, false, page -> {
            page.navigate(url("report"));
            assertThat(page.locator("#report-form")).isVisible();
            assertThat(page.locator("#window-banner")).hasCount(0);
            screenshot(page, "05-form-desktop.png");
        });
    }

    private void onAPhone(Consumer<Page> steps) {
        inBrowser(390, 844, 2, true, steps);
    }

    /** A Chromium of its own with a fresh, throw-away profile for each scenario. */
    private static void inBrowser(int width, int height, double scale, boolean mobile, Consumer<Page> steps) {
        Path profile = createTempDirectory("qingfeng-chromium-");
        try (BrowserContext browser = playwright.chromium().launchPersistentContext(profile,
                new BrowserType.LaunchPersistentContextOptions()
                        .setExecutablePath(CHROMIUM)
                        .setHeadless(true)
                        .setArgs(CHROMIUM_ARGS)
                        .setEnv(java.util.Map.of("LANGUAGE", "zh_CN", "LANG", "zh_CN.UTF-8"))
                        .setViewportSize(width, height)
                        .setDeviceScaleFactor(scale)
                        .setIsMobile(mobile)
                        .setHasTouch(mobile)
                        .setLocale("zh-CN")
                        .setTimezoneId("Asia/Shanghai"))) {
            Page page = browser.pages().isEmpty() ? browser.newPage() : browser.pages().get(0);
            steps.accept(page);
        } finally {
            deleteRecursively(profile);
        }
    }

    private String url(String path) {
        return base.toString() + path;
    }

    /** Saves a full-page screenshot, after making sure the page fits the screen's width. */
    private static void screenshot(Page page, String name) {
        int sideways = ((Number) page.evaluate(
                "() => document.documentElement.scrollWidth - document.documentElement.clientWidth")).intValue();
        assertEquals(0, sideways, name + ": the page is wider than the screen by " + sideways + "px");
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve(name)));
        assertTrue(Files.isRegularFile(SCREENSHOTS.resolve(name)), name);
    }

    /** A real JPEG (the server decides the type from the bytes, not from the name). */
    private static Path aSmallJpegPhoto() {
        BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(0x2f6f9f), 320, 240, new Color(0xe8d8b0)));
        g.fillRect(0, 0, 320, 240);
        g.setColor(new Color(0x7a2e1e));
        g.fillRect(110, 80, 100, 120);
        g.dispose();
        try {
            Path file = Files.createTempFile("window-photo-", ".jpg");
            if (!ImageIO.write(image, "jpg", file.toFile())) {
                throw new IllegalStateException("no JPEG writer");
            }
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path createTempDirectory(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
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
}
