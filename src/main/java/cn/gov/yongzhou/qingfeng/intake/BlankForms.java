package cn.gov.yongzhou.qingfeng.intake;

import io.quarkus.qute.TemplateInstance;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

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

    /**
     * Prefilled by the citizen's way in (a unit from a link, a window's QR code): nothing else of the form is set, and
     * what a window fills in (its unit, its place, the day) follows from the window, the day and the language.
     */
    record Key(Locale locale, String today, String unit, String window) {
    }

    /** One rendered page: the text around each hole, and which hole comes after each part. */
    private record Page(List<?> areas, List<?> windows, List<String> parts, boolean[] tokenHole, int length) {
        String fill(String token, String submissionKey) {
            StringBuilder out = new StringBuilder(length + 64 * tokenHole.length);
            for (int i = 0; i < tokenHole.length; i++) {
                out.append(parts.get(i)).append(tokenHole[i] ? token : submissionKey);
            }
            return out.append(parts.get(tokenHole.length)).toString();
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
        StringBuilder holes = new StringBuilder(); // t: the token, k: the submission key
        int from = 0;
        for (int t = html.indexOf(token), k = html.indexOf(submissionKey); t >= 0 || k >= 0;) {
            boolean isToken = k < 0 || (t >= 0 && t < k);
            int at = isToken ? t : k;
            parts.add(html.substring(from, at));
            holes.append(isToken ? 't' : 'k');
            from = at + (isToken ? token : submissionKey).length();
            t = html.indexOf(token, from);
            k = html.indexOf(submissionKey, from);
        }
        parts.add(html.substring(from));
        if (holes.indexOf("t") < 0 || holes.indexOf("k") < 0) {
            return html;
        }
        boolean[] tokenHole = new boolean[holes.length()];
        for (int i = 0; i < tokenHole.length; i++) {
            tokenHole[i] = holes.charAt(i) == 't';
        }
        if (pages.size() >= MAX_PAGES) {
            pages.clear();
        }
        // a new day's first page: the day before's are never asked for again (a page is some 60 KB)
        pages.keySet().removeIf(k -> !k.today().equals(key.today()));
        pages.put(key, new Page(areas, windows, List.copyOf(parts), tokenHole, html.length()));
        return html;
    }

    int size() {
        return pages.size();
    }

    /** The days of the pages kept. */
    Set<String> days() {
        return pages.keySet().stream().map(Key::today).collect(Collectors.toCollection(TreeSet::new));
    }
}
