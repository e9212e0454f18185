package cn.gov.yongzhou.qingfeng.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/** The page as GB/T 9704-2012 lays it out, read back from the PDF the way a reader's viewer would. */
@QuarkusTest
class GongwenRendererTest {

    @Inject
    GongwenRenderer renderer;

    static Sheet sheet(String body, String date) {
        return new Sheet("永州市纪委监委", "永纪信〔2027〕15号", "关于举报事项受理情况的告知书", "张三",
                Sheet.paragraphs(body), List.of("举报受理回执"), "永州市纪委监委", date, "市纪委监委信访室",
                "永州市纪委监委办公室", "2027年3月5日", false);
    }

    @Test
    void shouldSetTheBodyOnTwentyTwoLinesOfTwentyEightCharactersAPage() {
        // a body of full-width characters only, long enough to fill page 2 from top to bottom
        String body = "为民服务执行力提升清风".repeat(120);
        byte[] pdf = renderer.render(sheet(body, "2027年3月5日"));

        List<String> page2 = Pdfs.lines(pdf, 2, 16f);
        assertEquals(22, page2.size(), "lines of body text on a full page: " + page2);
        page2.forEach(line -> assertEquals(28, line.codePointCount(0, line.length()), "characters on " + line));
    }

    @Test
    void shouldPrintTheNumberTitleAndDateInChineseNumeralsWhenABodyWritesThemSo() {
        String date = DateNumerals.CHINESE.format(LocalDate.of(2026, 12, 4));
        String text = Pdfs.text(renderer.render(sheet("经审查，您的举报属于本机关受理范围。", date)));

        assertTrue(text.contains("永纪信〔2027〕15号"), text);
        assertTrue(text.contains("关于举报事项受理情况的告知书"), text);
        assertTrue(text.contains("二〇二六年十二月四日"), text);
        assertTrue(text.contains("张三："), text);
        assertTrue(text.contains("附件：举报受理回执"), text);
        assertTrue(text.contains("抄送：市纪委监委信访室。"), text);
        assertTrue(text.contains("永州市纪委监委办公室"), text);
        assertTrue(text.contains("2027年3月5日印发"), text);
    }

    @Test
    void shouldEmbedOnlySubsetsOfTheFandolFonts() throws IOException {
        byte[] pdf = renderer.render(sheet("经审查，您的举报属于本机关受理范围。", "2027年3月5日"));
        List<String> fonts = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " embedded");
                    fonts.add(font.getName());
                }
            }
        }
        assertTrue(fonts.stream().allMatch(f -> f.matches("[A-Z]{6}\\+Fandol(Fang-Regular|Song-Bold)")), fonts.toString());
        assertTrue(pdf.length < 200_000, "a one-page notice with subset fonts is small: " + pdf.length + " bytes");
    }

    @Test
    void shouldPutTheImprintAtTheFootOfTheLastPage() throws IOException {
        byte[] pdf = renderer.render(sheet("经审查，您的举报属于本机关受理范围。", "2027年3月5日"));
        if (System.getProperty("docdump") != null) {
            java.nio.file.Files.write(java.nio.file.Path.of(System.getProperty("docdump"), "imprint.pdf"), pdf);
        }
        int last = Pdfs.pages(pdf);
        float[] printedAt = { -1 };
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    if ("发".equals(text.getUnicode())) {
                        printedAt[0] = text.getYDirAdj();
                    }
                }
            };
            stripper.setStartPage(last);
            stripper.setEndPage(last);
            stripper.getText(doc);
        }
        // the 版心 ends 35 mm above the sheet's lower edge: 841.9 - 99.2 = 742.7 pt from the top
        float lowerEdge = 841.89f - 35f / 25.4f * 72f;
        assertTrue(printedAt[0] > lowerEdge - 12 && printedAt[0] <= lowerEdge,
                "the 印发 line (its 发) sits on the 版心's lower edge: baseline at " + printedAt[0] + ", edge at " + lowerEdge);
    }
}
