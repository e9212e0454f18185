package cn.gov.yongzhou.qingfeng.intake;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.gov.yongzhou.qingfeng.Browsers;
import com.microsoft.playwright.Page;
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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * A citizen on a phone, in Debian's Chromium: scans a window's QR code, files a report with a photo, makes a
 * mistake on the way, reads the receipt and looks the report up. Screenshots go to target/screenshots/.
 */
@QuarkusTest
class ReportFormBrowserTest {

    private static final String BAD_CHECK_DIGIT = "431102199001011238";
    private static final String VALID_ID_NUMBER = "431102199001011239";
    private static final String NARRATIVE = "办理不动产登记时，工作人员说材料不全，暗示“懂规矩”就能当天办好，我没有给，被要求下周再来。";

    @TestHTTPResource("/")
    URL base;

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
            Browsers.screenshot(page, "01-form.png");

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
            Browsers.screenshot(page, "02-error.png");

            // 3. Corrects the ID number, chooses the photo again as asked, and sends the report.
            page.fill("#idNumber", VALID_ID_NUMBER);
            page.setInputFiles("#evidence", photo);
            page.click("#submit-report");

            assertThat(page.locator("#receipt-no")).hasText(Pattern.compile("^YZ\\d{6}[A-Z2-9]{6}$"));
            assertThat(page.locator("#receipt-password")).hasText(Pattern.compile("^[A-Z2-9]{10}$"));
            String receiptNo = page.textContent("#receipt-no").strip();
            String password = page.textContent("#receipt-password").strip();
            Browsers.screenshot(page, "03-receipt.png");

            // 4. Later, looks the report up with the receipt number and password.
            page.navigate(url("track"));
            page.fill("#receipt", receiptNo);
            page.fill("#password", password);
            page.click("form.track button[type=submit]");

            assertThat(page.locator("#status-receipt")).hasText(receiptNo);
            assertThat(page.locator("#status-state")).containsText("已登记");
            Browsers.screenshot(page, "04-status.png");
        });
    }

    @Test
    void shouldShowTheFormOnADesktopScreen() {
        Browsers.inBrowser(Browsers.Screen.DESKTOP, java.util.Map.of(), page -> {
            page.navigate(url("report"));
            assertThat(page.locator("#report-form")).isVisible();
            assertThat(page.locator("#window-banner")).hasCount(0);
            Browsers.screenshot(page, "05-form-desktop.png");
        });
    }

    private void onAPhone(Consumer<Page> steps) {
        Browsers.inBrowser(Browsers.Screen.PHONE, java.util.Map.of(), steps);
    }

    private String url(String path) {
        return base.toString() + path;
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

}
