package cn.gov.yongzhou.qingfeng.ledger;

import cn.gov.yongzhou.qingfeng.category.Category;
import cn.gov.yongzhou.qingfeng.shared.web.Messages;
import cn.gov.yongzhou.qingfeng.shared.web.TemplateText;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The ledger's charts as inline SVG, drawn on the server: no script, no inline style (the page's CSP forbids both);
 * colours come from classes in qingfeng.css. Each chart names itself ({@code <title>}, {@code <desc>}) for screen
 * readers, every bar carries its figure as a tooltip, and the same figures stand in the tables beside the charts.
 * The viewBox is narrow enough that the text stays legible when a phone scales the chart to its width.
 */
final class Charts {

    static final int WIDTH = 400;

    private Charts() {
    }

    /** Reports received per month of the year, a bar per category side by side. */
    static String trend(List<Ledger.Month> months, int year, Locale locale, String id) {
        int left = 30;
        int right = 6;
        int top = 44;
        int bottom = 46;
        int height = 280;
        int plotW = WIDTH - left - right;
        int plotH = height - top - bottom;
        List<Category> categories = List.of(Category.values());
        long max = months.stream().flatMap(m -> categories.stream().map(m::count)).mapToLong(Long::longValue).max()
                .orElse(0);
        long scale = niceCeiling(max);
        String title = Messages.get(locale, "ledger.chart.trend.title", year);
        long total = months.stream().mapToLong(Ledger.Month::total).sum();
        String desc = Messages.get(locale, "ledger.chart.trend.desc", year, total);
        StringBuilder svg = open(id, height, title, desc);
        // legend: a colour per category (chart-a, chart-b… in qingfeng.css)
        List<String> names = categories.stream().map(c -> Messages.get(locale, TemplateText.keyOf(c))).toList();
        for (int i = 0; i < categories.size(); i++) {
            svg.append("<rect class=\"").append(colour(i)).append("\" x=\"").append(left + 150 * i)
                    .append("\" y=\"8\" width=\"14\" height=\"14\"/>");
            svg.append(text(left + 150 * i + 20, 21, "chart-label", null, names.get(i)));
        }
        // grid and its scale
        for (int i = 0; i <= 4; i++) {
            double y = top + plotH - plotH * i / 4.0;
            svg.append("<line class=\"chart-grid\" x1=\"").append(left).append("\" x2=\"").append(WIDTH - right)
                    .append("\" y1=\"").append(fmt(y)).append("\" y2=\"").append(fmt(y)).append("\"/>");
            svg.append(text(left - 4, y + 4, "chart-tick", "end", tick(scale * i / 4.0)));
        }
        double group = plotW / 12.0;
        double bar = group * 0.72 / categories.size();
        for (Ledger.Month m : months) {
            double x = left + group * (m.month() - 1) + group * 0.12;
            String month = Messages.get(locale, "ledger.chart.month", m.month());
            for (int i = 0; i < categories.size(); i++) {
                svg.append(bar(x + bar * i, top, plotH, bar, m.count(categories.get(i)), scale, colour(i),
                        month + " " + names.get(i)));
            }
            svg.append(text(left + group * (m.month() - 0.5), top + plotH + 18, "chart-tick", "middle",
                    String.valueOf(m.month())));
        }
        svg.append(text(left + plotW / 2.0, height - 6, "chart-tick", "middle",
                Messages.get(locale, "ledger.chart.monthAxis")));
        return svg.append("</svg>").toString();
    }

    /** The class that colours the i-th category's bars. */
    private static String colour(int i) {
        return "chart-" + (char) ('a' + i);
    }

    /** The on-time rate of each unit that closed limits in the period, best first, as horizontal bars. */
    static String onTime(List<Ledger.Row> rows, Locale locale, String id) {
        List<Ledger.Row> units = rows.stream().filter(r -> r.limitsClosed() > 0)
                .sorted(Comparator.comparingDouble((Ledger.Row r) -> r.onTime().ratio()).reversed()
                        .thenComparing(Ledger.Row::unitCode))
                .toList();
        if (units.isEmpty()) {
            return null;
        }
        int rowH = 46;
        int height = 8 + units.size() * rowH;
        int barMax = WIDTH - 70;
        String title = Messages.get(locale, "ledger.chart.onTime.title");
        String desc = Messages.get(locale, "ledger.chart.onTime.desc", units.size());
        StringBuilder svg = open(id, height, title, desc);
        int y = 4;
        for (Ledger.Row r : units) {
            String name = r.unit().in(locale);
            Share share = r.onTime();
            double w = Math.max(1, barMax * share.ratio());
            svg.append(text(0, y + 15, "chart-label", null, name));
            svg.append("<rect class=\"chart-track\" x=\"0\" y=\"").append(y + 21).append("\" width=\"").append(barMax)
                    .append("\" height=\"16\"/>");
            svg.append("<rect class=\"").append(share.ratio() < 1 ? "chart-b" : "chart-a").append("\" x=\"0\" y=\"")
                    .append(y + 21).append("\" width=\"").append(fmt(w)).append("\" height=\"16\"><title>")
                    .append(esc(name + " " + share.percent() + " (" + share.part() + "/" + share.whole() + ")"))
                    .append("</title></rect>");
            svg.append(text(barMax + 6, y + 35, "chart-value", null, share.percent()));
            y += rowH;
        }
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(String id, int height, String title, String desc) {
        return new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"").append(id)
                .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" width=\"100%\" role=\"img\" aria-labelledby=\"").append(id).append("-title ").append(id)
                .append("-desc\" preserveAspectRatio=\"xMinYMin meet\"><title id=\"").append(id).append("-title\">")
                .append(esc(title)).append("</title><desc id=\"").append(id).append("-desc\">").append(esc(desc))
                .append("</desc>");
    }

    private static String bar(double x, int top, int plotH, double width, long value, long scale, String cls,
            String label) {
        double h = scale == 0 ? 0 : plotH * (double) value / scale;
        return "<rect class=\"" + cls + "\" x=\"" + fmt(x) + "\" y=\"" + fmt(top + plotH - h) + "\" width=\""
                + fmt(width) + "\" height=\"" + fmt(h) + "\"><title>" + esc(label + " " + value) + "</title></rect>";
    }

    private static String text(double x, double y, String cls, String anchor, String value) {
        return "<text class=\"" + cls + "\" x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\""
                + (anchor == null ? "" : " text-anchor=\"" + anchor + "\"") + ">" + esc(value) + "</text>";
    }

    /** The smallest of 4, 8, 10, 20, 40, 50, 100… at or above {@code max}: four grid steps of round numbers. */
    static long niceCeiling(long max) {
        if (max <= 4) {
            return 4;
        }
        long magnitude = 1;
        while (magnitude * 10 < max) {
            magnitude *= 10;
        }
        for (long step : new long[] { 1, 2, 4, 5, 6, 8, 10, 12, 16, 20 }) {
            if (step * magnitude >= max && (step * magnitude) % 4 == 0) {
                return step * magnitude;
            }
        }
        return 20 * magnitude;
    }

    private static String tick(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    static String esc(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
