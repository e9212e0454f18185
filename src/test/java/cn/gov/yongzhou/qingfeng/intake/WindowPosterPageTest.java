package cn.gov.yongzhou.qingfeng.intake;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.yongzhou.qingfeng.directory.DirectoryService.WindowOption;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

@QuarkusTest
class WindowPosterPageTest {

    private static final String SVG_NS = "http://www.w3.org/2000/svg";

    @ConfigProperty(name = "qingfeng.portal.public-url")
    String publicUrl;

    @Test
    void shouldDrawAQrCodeThatDecodesToTheWindowsReportForm() throws Exception {
        String svg = given().get("/w/LL-03/qr.svg").then().statusCode(200)
                .contentType(startsWith("image/svg+xml"))
                .body(containsString("shape-rendering=\"crispEdges\"")).extract().asString();
        Element root = parse(svg).getDocumentElement();
        NodeList paths = root.getElementsByTagNameNS(SVG_NS, "path");
        assertEquals(1, paths.getLength(), "all dark modules in one path");
        assertEquals(publicUrl + "/w/LL-03", decode(root));
    }

    @Test
    void shouldEncodeTheWindowsOwnCodeWhateverTheCaseInTheAddress() throws Exception {
        String svg = given().get("/w/ll-03/qr.svg").then().statusCode(200).extract().asString();
        assertEquals(publicUrl + "/w/LL-03", decode(parse(svg).getDocumentElement()));
    }

    @Test
    void shouldMakeAnA4PosterWithTheWindowsNameCodeAndAWorkingQrCode() throws Exception {
        String svg = given().get("/w/LL-03/poster.svg").then().statusCode(200)
                .contentType(startsWith("image/svg+xml"))
                .body(containsString("不动产登记窗口"), containsString("零陵区政务服务中心"), containsString("LL-03"),
                        containsString("遇到傲慢服务、索拿卡要？扫码实名举报"), containsString("Real estate registration window"),
                        containsString(publicUrl + "/w/LL-03"), containsString("WenQuanYi Zen Hei"))
                .extract().asString();
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/poster.svg"), svg);

        Element root = parse(svg).getDocumentElement();
        assertEquals("0 0 210 297", root.getAttribute("viewBox"));
        Element qr = (Element) root.getElementsByTagNameNS(SVG_NS, "svg").item(0);
        double width = Double.parseDouble(qr.getAttribute("width"));
        assertTrue(width >= 120, "the QR code is at least 120 mm wide on A4, was " + width);
        assertEquals(publicUrl + "/w/LL-03", decode(qr));
    }

    @Test
    void shouldEscapeNamesSoThePosterStaysWellFormed() throws Exception {
        WindowOption odd = new WindowOption("X-1", "窗口 <1> & \"2\"", "A & B's <window>", "U", "单位 & 部门", null);
        String svg = WindowPoster.svg(odd, "http://localhost:8080/w/X-1?a=1&b=2");
        Document doc = parse(svg);
        assertTrue(doc.getDocumentElement().getTextContent().contains("窗口 <1> & \"2\""));
        assertTrue(doc.getDocumentElement().getTextContent().contains("A & B's <window>"));
    }

    @Test
    void shouldShowThePrintablePosterPage() {
        given().get("/w/LL-03/poster").then().statusCode(200)
                .body(containsString("<img src=\"/w/LL-03/poster.svg\""), containsString("/js/print-poster.js"),
                        containsString("不动产登记窗口"), containsString("A4"), not(containsString("onclick")));
    }

    @Test
    void shouldShowAFriendlyPageForAnUnknownWindowCode() {
        for (String path : new String[] { "/w/NO-SUCH-9/qr.svg", "/w/NO-SUCH-9/poster.svg", "/w/NO-SUCH-9/poster" }) {
            given().get(path).then().statusCode(404)
                    .contentType(startsWith("text/html"))
                    .body(containsString("找不到这个窗口"), containsString("NO-SUCH-9"));
        }
    }

    @Test
    void shouldStillOpenTheReportFormAtTheWindowsOwnAddress() {
        given().get("/w/LL-03").then().statusCode(200)
                .body(containsString("<option value=\"LL-03\" data-unit=\"LL-ZWFW\" selected>"));
    }

    @Test
    void shouldListEveryActiveWindowsPosterByUnit() {
        given().get("/posters").then().statusCode(200)
                .body(containsString("各窗口举报二维码"), containsString("零陵区政务服务中心"), containsString("永州市政务服务中心"),
                        containsString("href=\"/w/LL-03/poster\""), containsString("href=\"/w/LL-03/poster.svg\""),
                        containsString("href=\"/w/C-01/poster\""), containsString("href=\"/w/C-01/poster.svg\""));
    }

    @Test
    void shouldListThePostersInEnglishWhenAsked() {
        given().get("/posters?lang=en").then().statusCode(200)
                .body(containsString("Report QR codes of every window"), containsString("Real estate registration window"));
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static final Pattern MODULE = Pattern.compile("M(\\d+) (\\d+)h1v1h-1z");

    /** Reads a QR code back as a phone would: the unit squares of its path drawn as pixels, then ZXing's reader. */
    static String decode(Element svg) throws Exception {
        String[] viewBox = svg.getAttribute("viewBox").split(" ");
        int modules = Integer.parseInt(viewBox[2]);
        String d = ((Element) svg.getElementsByTagNameNS(SVG_NS, "path").item(0)).getAttribute("d");
        int scale = 8;
        int side = modules * scale;
        int[] pixels = new int[side * side];
        java.util.Arrays.fill(pixels, 0xFFFFFFFF);
        Matcher m = MODULE.matcher(d);
        int drawn = 0;
        while (m.find()) {
            int x = Integer.parseInt(m.group(1));
            int y = Integer.parseInt(m.group(2));
            for (int py = y * scale; py < (y + 1) * scale; py++) {
                java.util.Arrays.fill(pixels, py * side + x * scale, py * side + (x + 1) * scale, 0xFF000000);
            }
            drawn++;
        }
        assertTrue(drawn > 0, "no modules in the path");
        assertEquals("", MODULE.matcher(d).replaceAll(""), "the path holds only unit squares");
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(side, side, pixels)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }
}
