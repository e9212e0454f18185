package cn.gov.yongzhou.qingfeng.intake;

import io.quarkus.qute.TemplateInstance;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The blank report form as rendered text, kept per language, day and prefilled unit or window, with two holes: the
 * request's CSRF token and the form's one-time submission key. Every citizen who opens the form (a QR code at a window,
 * the home page) gets the same page but for those two values, and rendering it took most of a request's time (bench/load,
 * issue 18: Qute evaluated some 400 expressions for 30 KB of HTML). A kept page is used only while the directory lists it
 * was rendered with are still the ones {@link cn.gov.yongzhou.qingfeng.directory.DirectoryService} gives: an admin's edit
 * on any instance drops those lists, and so this page, by the same change feed (and while the feed does not listen, the
 * lists are read afresh on every call, so nothing is kept).
 */
final class BlankForms {

    /** Prefilled by the citizen's way in (a unit from a link, a window's QR code): nothing else of the form is set. */
    record Key(Locale locale, String today, String unit, String window, String place, String occurredDate) {
        static Key of(Locale locale, String today, ReportForm form) {
            return new Key(locale, today, form.unit, form.window, form.place, form.occurredDate);
        }
    }

    /** One rendered page: the text around each hole, and which hole comes after each part. */
    private record Page(List<?> areas, List<?> windows, String[] parts, boolean[] tokenHole) {
        String fill(String token, String submissionKey) {
            StringBuilder out = new StringBuilder(parts.length * 64 + length());
            for (int i = 0; i < parts.length; i++) {
                out.append(parts[i]);
                if (i < tokenHole.length) {
                    out.append(tokenHole[i] ? token : submissionKey);
                }
            }
            return out.toString();
        }

        private int length() {
            int n = 0;
            for (String p : parts) {
                n += p.length();
            }
            return n;
        }
    }

    /** Enough for both languages of every window of a city's directory; beyond it, rendered as before. */
    static final int MAX_PAGES = 512;

    private final Map<Key, Page> pages = new ConcurrentHashMap<>();

    /** The page kept for {@code key}, filled with this request's values, if it was rendered with these lists. */
    String get(Key key, List<?> areas, List<?> windows, String token, String submissionKey) {
        Page page = pages.get(key);
        if (page == null || page.areas != areas || page.windows != windows) {
            return null;
        }
        return page.fill(token, submissionKey);
    }

    /**
     * Renders {@code form} and keeps it for {@code key} when it can be filled again: the token and the submission key
     * are found in it (they are random: they appear nowhere else), and it is nobody's own page (a signed-in staff
     * member's header names them). Returns the rendered text in any case.
     */
    String render(Key key, List<?> areas, List<?> windows, TemplateInstance form, String token, String submissionKey,
            boolean personal) {
        String html = form.render();
        if (personal || token == null || token.length() < 16 || submissionKey.length() < 16) {
            return html;
        }
        List<String> parts = new ArrayList<>();
        List<Boolean> holes = new ArrayList<>();
        int from = 0;
        while (true) {
            int t = html.indexOf(token, from);
            int k = html.indexOf(submissionKey, from);
            if (t < 0 && k < 0) {
                break;
            }
            boolean isToken = k < 0 || (t >= 0 && t < k);
            int at = isToken ? t : k;
            parts.add(html.substring(from, at));
            holes.add(isToken);
            from = at + (isToken ? token : submissionKey).length();
        }
        parts.add(html.substring(from));
        if (!holes.contains(true) || !holes.contains(false)) {
            return html;
        }
        boolean[] tokenHole = new boolean[holes.size()];
        for (int i = 0; i < tokenHole.length; i++) {
            tokenHole[i] = holes.get(i);
        }
        if (pages.size() >= MAX_PAGES) {
            pages.clear();
        }
        // a new day's first page: the day before's are never asked for again (a page is some 60 KB)
        pages.keySet().removeIf(k -> !k.today().equals(key.today()));
        pages.put(key, new Page(areas, windows, parts.toArray(String[]::new), tokenHole));
        return html;
    }

    int size() {
        return pages.size();
    }

    /** The days of the pages kept. */
    java.util.Set<String> days() {
        java.util.Set<String> days = new java.util.TreeSet<>();
        pages.keySet().forEach(k -> days.add(k.today()));
        return days;
    }
}
