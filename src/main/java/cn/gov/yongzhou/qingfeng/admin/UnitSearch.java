package cn.gov.yongzhou.qingfeng.admin;

import cn.gov.yongzhou.qingfeng.directory.UnitsByArea;
import java.util.Locale;

/**
 * The units page as an administrator looks for one unit among hundreds: by a word of its name or code, of its current
 * head's name, or of a window's code or name (as printed on the window's poster), or by area.
 * Without either, every area is a closed section with its count, so the page is an index, not 10,000 pixels.
 */
public record UnitSearch(String q, String area) {

    static UnitSearch of(String q, String area) {
        return new UnitSearch(q == null || q.isBlank() ? null : q.strip(),
                area == null || area.isBlank() ? null : area.strip());
    }

    public boolean active() {
        return q != null || area != null;
    }

    /** Whether the unit of this row is one the search asks for. */
    public boolean matches(UnitsByArea.UnitRow row) {
        if (q == null) {
            return true;
        }
        String needle = q.toLowerCase(Locale.ROOT);
        return row.unit().code.toLowerCase(Locale.ROOT).contains(needle) || row.unit().name.contains(q)
                || (row.unit().nameEn != null && row.unit().nameEn.toLowerCase(Locale.ROOT).contains(needle))
                || (row.head() != null && row.head().name.contains(q))
                || row.windowWords().stream().anyMatch(w -> w != null && w.toLowerCase(Locale.ROOT).contains(needle));
    }

    /** Whether this area is the one chosen. */
    public boolean chosen(UnitsByArea.UnitGroup group) {
        return area != null && area.equals(group.code() == null ? "CITY" : group.code());
    }

    /** Whether this area's section is listed at all. */
    public boolean shows(UnitsByArea.UnitGroup group) {
        return (area == null || area.equals(group.code() == null ? "CITY" : group.code())) && count(group) > 0;
    }

    /** Whether this area's section opens: when the search chose it or found units in it. */
    public boolean opens(UnitsByArea.UnitGroup group) {
        return active() && shows(group);
    }

    /** The units of this section the search finds (all of them without a word). */
    public long count(UnitsByArea.UnitGroup group) {
        return group.rows().stream().filter(this::matches).count();
    }
}
