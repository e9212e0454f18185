package cn.gov.yongzhou.qingfeng.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** What a reader of a PDF finds in it: its text, page by page, and the lines of text of one type size. */
final class Pdfs {

    private Pdfs() {
    }

    /** The text of every page, without white space (a reader sees 永纪信〔2027〕1号 however it was spaced). */
    static String text(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int pages(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines of page {@code page} (1-based) set in {@code points}-point type, top to bottom. */
    static List<String> lines(byte[] pdf, int page, float points) {
        Map<Integer, StringBuilder> byBaseline = new TreeMap<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    if (Math.abs(text.getFontSizeInPt() - points) < 0.5 && !text.getUnicode().isBlank()) {
                        byBaseline.computeIfAbsent(Math.round(text.getYDirAdj()), y -> new StringBuilder())
                                .append(text.getUnicode());
                    }
                }
            };
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            stripper.getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ArrayList<>(byBaseline.values().stream().map(StringBuilder::toString).toList());
    }
}
