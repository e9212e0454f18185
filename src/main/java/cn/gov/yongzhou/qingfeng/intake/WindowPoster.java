package cn.gov.yongzhou.qingfeng.intake;

import cn.gov.yongzhou.qingfeng.directory.DirectoryService.WindowOption;
import cn.gov.yongzhou.qingfeng.shared.web.Messages;
import java.util.Locale;

/**
 * The poster that hangs at a window: an A4 portrait SVG in millimetres with the window's QR code, its name and
 * the call to report. Chinese first, English beneath in smaller type, whatever the language of the request: the
 * poster is printed once and read by everyone who comes to the window.
 */
final class WindowPoster {

    static final double WIDTH = 210;
    /** The QR code with its quiet zone; the symbol itself is 125 mm wide or more, readable from a few steps away. */
    static final double QR_SIZE = 160;

    private static final String FONTS = "'Noto Sans CJK SC','WenQuanYi Zen Hei','Microsoft YaHei',sans-serif";
    private static final String MONO = "'DejaVu Sans Mono','Noto Sans Mono',monospace";
    private static final String BRAND = "#0b6e4f";
    private static final String INK = "#1a1a1a";
    private static final String MUTED = "#555555";
    /** Text keeps this far from the paper's edges, inside what office printers can print. */
    private static final double MARGIN = 14;
    private static final double CENTER = WIDTH / 2;
    private static final double LINE = WIDTH - 2 * MARGIN;

    private WindowPoster() {
    }

    static String svg(WindowOption window, String url) {
        Locale zh = Messages.CHINESE;
        Locale en = Messages.ENGLISH;
        StringBuilder svg = new StringBuilder(16_384);
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"210mm\" height=\"297mm\" viewBox=\"0 0 210 297\"")
                .append(" font-family=\"").append(FONTS).append("\">\n")
                .append("<title>").append(escape(Messages.get(zh, "poster.call") + " · " + window.code())).append("</title>\n")
                .append("<rect width=\"210\" height=\"297\" fill=\"#fff\"/>\n");

        // the head band: who asks, in the portal's colour
        svg.append("<rect width=\"210\" height=\"38\" fill=\"").append(BRAND).append("\"/>\n");
        text(svg, CENTER, 22, 15, true, "#fff", "middle", Messages.get(zh, "poster.headline"), LINE);
        text(svg, CENTER, 32, 5, false, "#fff", "middle", Messages.get(en, "poster.headline"), LINE);

        // the call to report
        text(svg, CENTER, 52, 9.5, true, INK, "middle", Messages.get(zh, "poster.call"), LINE);
        text(svg, CENTER, 60.5, 4.6, false, MUTED, "middle", Messages.get(en, "poster.call"), LINE);

        // the code, framed, with how to use it beneath
        double qrX = CENTER - QR_SIZE / 2;
        double qrY = 65;
        svg.append("<rect x=\"").append(num(qrX - 1)).append("\" y=\"").append(num(qrY - 1))
                .append("\" width=\"").append(num(QR_SIZE + 2)).append("\" height=\"").append(num(QR_SIZE + 2))
                .append("\" rx=\"4\" fill=\"none\" stroke=\"").append(BRAND).append("\" stroke-width=\"1\"/>\n");
        svg.append(QrCodes.element(QrCodes.matrix(url), "x=\"" + num(qrX) + "\" y=\"" + num(qrY) + "\" width=\""
                + num(QR_SIZE) + "\" height=\"" + num(QR_SIZE) + "\"")).append('\n');
        double below = qrY + QR_SIZE + 1;
        text(svg, CENTER, below + 7, 5, false, MUTED, "middle",
                Messages.get(zh, "poster.scan") + " · " + Messages.get(en, "poster.scan"), LINE);

        // which window this is
        text(svg, CENTER, below + 19, 6.5, false, INK, "middle", window.unitName(), LINE);
        text(svg, CENTER, below + 30, 9, true, INK, "middle", window.name(), LINE);
        String english = join(window.unitNameEn(), window.nameEn());
        boolean twoLines = !isBlank(window.unitNameEn()) && !isBlank(window.nameEn()) && LINE / ems(english) < 3.2;
        if (twoLines) {
            // long English names on two lines rather than in type too small to read
            text(svg, CENTER, below + 36.5, 3.6, false, MUTED, "middle", window.unitNameEn(), LINE);
            text(svg, CENTER, below + 41.5, 3.6, false, MUTED, "middle", window.nameEn(), LINE);
        } else if (!english.isEmpty()) {
            text(svg, CENTER, below + 37, 3.8, false, MUTED, "middle", english, LINE);
        }

        // the foot: the window's code and the address behind the QR code, for those who type it
        svg.append("<line x1=\"").append(num(MARGIN)).append("\" y1=\"274\" x2=\"").append(num(WIDTH - MARGIN))
                .append("\" y2=\"274\" stroke=\"").append(BRAND).append("\" stroke-width=\"0.6\"/>\n");
        text(svg, MARGIN, 283, 5.5, true, INK, "start",
                Messages.get(zh, "poster.code", window.code()) + " · " + Messages.get(en, "poster.code", window.code()),
                LINE * 0.45);
        monospace(svg, WIDTH - MARGIN, 283, 3.6, url, LINE * 0.5);
        text(svg, CENTER, 291, 3.2, false, MUTED, "middle",
                Messages.get(zh, "poster.org") + " · " + Messages.get(en, "poster.org"), LINE);
        return svg.append("</svg>\n").toString();
    }

    /** One line of text; a long name gets a smaller size rather than running off the paper. */
    private static void text(StringBuilder svg, double x, double y, double size, boolean bold, String fill,
            String anchor, String content, double maxWidth) {
        double fitted = Math.min(size, maxWidth / ems(content));
        svg.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" font-size=\"")
                .append(num(fitted)).append('"');
        if (bold) {
            svg.append(" font-weight=\"bold\"");
        }
        svg.append(" fill=\"").append(fill).append("\" text-anchor=\"").append(anchor).append("\">")
                .append(escape(content)).append("</text>\n");
    }

    private static void monospace(StringBuilder svg, double rightX, double y, double size, String content,
            double maxWidth) {
        double fitted = Math.min(size, maxWidth / (0.62 * content.codePointCount(0, content.length())));
        svg.append("<text x=\"").append(num(rightX)).append("\" y=\"").append(num(y)).append("\" font-size=\"")
                .append(num(fitted)).append("\" font-family=\"").append(MONO).append("\" fill=\"").append(INK)
                .append("\" text-anchor=\"end\">").append(escape(content)).append("</text>\n");
    }

    /** The width of a line in ems, estimated on the generous side: Han characters are square, Latin ones narrower. */
    static double ems(String content) {
        return content.codePoints().mapToDouble(c -> {
            if (c > 0x2E80) {
                return 1.0;
            }
            if (c == ' ' || c == '.' || c == ',' || c == '\'' || c == 'i' || c == 'l' || c == 'I') {
                return 0.32;
            }
            if (Character.isUpperCase(c) || c == 'm' || c == 'w') {
                return 0.72;
            }
            return 0.58;
        }).sum();
    }

    private static String join(String unit, String window) {
        if (isBlank(unit)) {
            return isBlank(window) ? "" : window;
        }
        return isBlank(window) ? unit : unit + " · " + window;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static String num(double value) {
        double rounded = Math.round(value * 100) / 100.0;
        return rounded == Math.rint(rounded) ? Long.toString((long) rounded) : Double.toString(rounded);
    }

    /** Text for XML character data and attribute values. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    // characters XML 1.0 forbids (control characters) are dropped rather than breaking the document
                    if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF)) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
