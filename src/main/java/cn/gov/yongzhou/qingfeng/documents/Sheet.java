package cn.gov.yongzhou.qingfeng.documents;

import java.util.List;

/**
 * A document as it is laid out on paper (GB/T 9704-2012): the parts of the 版头 (发文机关标志, 发文字号), the 主体
 * (标题, 主送机关, 正文, 附件说明, 发文机关署名, 成文日期, the seal's place) and the 版记 (抄送, 印发机关和印发日期).
 * {@code number} is empty on a draft: a number is given only when the document is approved.
 */
public record Sheet(String issuer, String number, String title, String recipient, List<String> paragraphs,
        List<String> attachments, String signatory, String date, String copyTo, String printedBy, String printedOn,
        boolean draft) {

    public Sheet {
        issuer = clean(issuer);
        number = clean(number);
        title = clean(title);
        recipient = clean(recipient);
        paragraphs = paragraphs.stream().map(Sheet::clean).filter(p -> !p.isBlank()).toList();
        attachments = attachments.stream().map(Sheet::clean).filter(p -> !p.isBlank()).toList();
        signatory = clean(signatory);
        date = clean(date);
        copyTo = clean(copyTo);
        printedBy = clean(printedBy);
        printedOn = clean(printedOn);
    }

    /** Splits text typed in a form into paragraphs: one per line, blank lines dropped. */
    public static List<String> paragraphs(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /**
     * Characters XML 1.0 cannot carry (the page is XHTML) are dropped, and so are the line breaks inside a
     * paragraph: text from a form may hold anything.
     */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == '\n' || c == '\r' || c == '\t') {
                out.append(' ');
            } else if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF && !(c >= 0xD800 && c <= 0xDFFF)) {
                out.appendCodePoint(c);
            }
        });
        return out.toString().strip();
    }

    /**
     * The type size of the 发文机关标志: as large as a body's name allows across the 版心 (156 mm), at most 40 pt;
     * the standard leaves the size to "醒目、美观、庄重".
     */
    public double flagPoints() {
        int chars = Math.max(1, issuer.codePointCount(0, issuer.length()));
        double fits = 150.0 / chars / 25.4 * 72; // leave 6 mm for the letter spacing
        return Math.round(Math.min(40.0, fits) * 10) / 10.0;
    }
}
