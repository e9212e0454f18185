package cn.gov.yongzhou.qingfeng.directory;

import cn.gov.yongzhou.qingfeng.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.List;

/** A staff member of a unit, optionally at a window; optional in the directory. */
@Entity
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
