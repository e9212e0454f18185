package cn.gov.yongzhou.qingfeng.directory;

import cn.gov.yongzhou.qingfeng.shared.BaseEntity;
import cn.gov.yongzhou.qingfeng.shared.cache.TableChanges;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.List;

/** A staff member of a unit, optionally at a window; optional in the directory. */
@Entity
@EntityListeners(TableChanges.class)
@Table(name = "staff")
public class Staff extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    public Unit unit;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "window_id")
    public ServiceWindow window;

    @Column(nullable = false)
    public String name;

    @Column(name = "badge_no")
    public String badgeNo;

    @Column(nullable = false)
    public boolean active = true;

    /** The unit that employs a window staff member when it is not the window's unit (a department's staff at a centre). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "employing_unit_id")
    public Unit employingUnit;

    /** The unit whose head answers for this staff member: the employing unit, else their own unit. */
    public Unit employer() {
        return employingUnit != null ? employingUnit : unit;
    }

    /** One page of a staff search and how many the search found in all. */
    public record Found(List<Staff> rows, long total, int page) {
    }

    /**
     * Staff whose name, badge number or window code contains {@code words} (any when null), of one unit (all when
     * null), one page of {@code size} in the list's order, counted and paged by the database: a city's directory
     * holds thousands.
     */
    public static Found search(String words, Unit unit, int page, int size) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        if (unit != null) {
            where.append(" and s.unit = :unit");
            params.put("unit", unit);
        }
        if (words != null && !words.isBlank()) {
            where.append(" and (lower(s.name) like :q escape '!' or lower(coalesce(s.badgeNo, '')) like :q escape '!'"
                    + " or lower(coalesce(w.code, '')) like :q escape '!')");
            params.put("q", "%" + words.strip().toLowerCase(java.util.Locale.ROOT)
                    .replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        var count = getEntityManager().createQuery("select count(s) from Staff s left join s.window w" + where,
                Long.class);
        params.forEach(count::setParameter);
        long total = count.getSingleResult();
        int last = (int) Math.max(1, (total + size - 1) / size);
        int shown = Math.min(Math.max(1, page), last);
        List<Staff> rows = find("from Staff s join fetch s.unit left join fetch s.window w" + where
                + " order by s.unit.code, s.active desc, s.name, s.id", params).page(shown - 1, size).list();
        return new Found(rows, total, shown);
    }

    /** Staff with their unit and window: of one unit, or of all units when {@code unit} is null. */
    public static List<Staff> listOf(Unit unit) {
        String query = "from Staff s join fetch s.unit left join fetch s.window";
        String order = " order by s.unit.code, s.active desc, s.name, s.id";
        return unit == null ? find(query + order).list() : find(query + " where s.unit = ?1" + order, unit).list();
    }

    /** The unit's active staff, by name. */
    public static List<Staff> listActiveOf(Unit unit) {
        return list("unit = ?1 and active = true order by name, id", unit);
    }

    /**
     * Whether the unit's staff list, inactive staff too, has someone of this badge (upper case; any case matches) or of
     * this name; either may be null.
     */
    public static boolean listed(Unit unit, String upperBadge, String name) {
        return (upperBadge != null && count("unit = ?1 and upper(badgeNo) = ?2", unit, upperBadge) > 0)
                || (name != null && count("unit = ?1 and name = ?2", unit, name) > 0);
    }

    /** The unit's staff with this badge number (one, unless the directory holds a duplicate). */
    public static List<Staff> withBadge(Unit unit, String badgeNo) {
        return list("unit = ?1 and badgeNo = ?2 order by id", unit, badgeNo);
    }

    /** Everyone who works or worked at the unit, active or not. */
    public static List<Staff> everyoneOf(Unit unit) {
        return list("unit", unit);
    }

    /** The code of the window, or "" when not at one (what a form's window field holds). */
    public String windowCode() {
        return window == null ? "" : window.code;
    }
}
