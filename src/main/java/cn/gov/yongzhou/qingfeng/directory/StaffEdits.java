package cn.gov.yongzhou.qingfeng.directory;

import static cn.gov.yongzhou.qingfeng.directory.Changes.describe;
import static cn.gov.yongzhou.qingfeng.directory.InputChecks.optional;
import static cn.gov.yongzhou.qingfeng.directory.InputChecks.required;
import static cn.gov.yongzhou.qingfeng.directory.InputChecks.upper;

import cn.gov.yongzhou.qingfeng.shared.NotFound;
import cn.gov.yongzhou.qingfeng.shared.audit.AdminAction;
import cn.gov.yongzhou.qingfeng.shared.audit.AdminLog;
import cn.gov.yongzhou.qingfeng.shared.web.FieldErrors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * The admin's changes to the units' staff members (工作人员), the people a report may name. Each method checks the
 * whole input first and writes the change with its admin log entry in one transaction.
 */
@ApplicationScoped
public class StaffEdits {

    private static final String SUBJECT = "staff";

    private final AdminLog log;

    StaffEdits(AdminLog log) {
        this.log = log;
    }

    /** A staff member; {@code unit} and {@code window} are codes, the window optional. */
    public record StaffInput(String unit, String window, String name, String badgeNo, boolean active) {
    }

    @Transactional
    public EditResult addStaff(StaffInput in, String actor) {
        FieldErrors errors = new FieldErrors();
        Staff staff = new Staff();
        if (!readStaff(in, staff, errors)) {
            return EditResult.refused(errors);
        }
        staff.active = true;
        staff.persist();
        log.record(actor, SUBJECT, String.valueOf(staff.id), AdminAction.CREATED, describe("unit", staff.unit.code,
                "window", staff.window == null ? null : staff.window.code, "name", staff.name, "badge_no",
                staff.badgeNo));
        return EditResult.done(staff.id);
    }

    @Transactional
    public EditResult changeStaff(long id, StaffInput in, String actor) {
        Staff staff = staff(id);
        String oldUnit = staff.unit.code;
        String oldWindow = staff.window == null ? null : staff.window.code;
        String oldName = staff.name;
        String oldBadge = staff.badgeNo;
        boolean oldActive = staff.active;
        FieldErrors errors = new FieldErrors();
        Staff proposed = new Staff();
        if (!readStaff(in, proposed, errors)) {
            return EditResult.refused(errors);
        }
        Changes changes = new Changes().field("unit", oldUnit, proposed.unit.code)
                .field("window", oldWindow, proposed.window == null ? null : proposed.window.code)
                .field("name", oldName, proposed.name).field("badge_no", oldBadge, proposed.badgeNo)
                .field("active", oldActive, in.active());
        if (!changes.isEmpty()) {
            staff.unit = proposed.unit;
            staff.window = proposed.window;
            staff.name = proposed.name;
            staff.badgeNo = proposed.badgeNo;
            staff.active = in.active();
            log.record(actor, SUBJECT, String.valueOf(staff.id), AdminAction.CHANGED, changes.toString());
        }
        return EditResult.done(staff.id);
    }

    @Transactional
    public EditResult setStaffActive(long id, boolean active, String actor) {
        Staff staff = staff(id);
        if (staff.active != active) {
            log.record(actor, SUBJECT, String.valueOf(staff.id), AdminAction.CHANGED,
                    staff.name + " " + new Changes().field("active", staff.active, active));
            staff.active = active;
        }
        return EditResult.done(staff.id);
    }

    /** The staff member with unit and window, or {@link NotFound}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Staff staff(long id) {
        return Staff.<Staff> find("from Staff s join fetch s.unit left join fetch s.window where s.id = ?1", id)
                .firstResultOptional().orElseThrow(NotFound::new);
    }

    /** Reads and checks a staff form into {@code target} (not yet managed); false with errors if it cannot. */
    private static boolean readStaff(StaffInput in, Staff target, FieldErrors errors) {
        String unitCode = upper(in.unit());
        Unit unit = unitCode == null ? null : Unit.findByCode(unitCode).orElse(null);
        if (unitCode == null) {
            errors.add("unit", "dir.error.unit.required");
        } else if (unit == null) {
            errors.add("unit", "dir.error.unit.unknown");
        }
        String windowCode = upper(in.window());
        ServiceWindow window = null;
        if (windowCode != null) {
            window = ServiceWindow.findAnyByCode(windowCode).orElse(null);
            if (window == null) {
                errors.add("window", "dir.error.window.unknown");
            } else if (unit != null && !window.unit.id.equals(unit.id)) {
                errors.add("window", "dir.error.window.otherUnit");
            }
        }
        String name = required(errors, "name", "dir.error.personName.required", in.name(), 60);
        String badge = optional(errors, "badgeNo", in.badgeNo(), 30);
        target.unit = unit;
        target.window = window;
        target.name = name;
        target.badgeNo = badge;
        return errors.isEmpty();
    }
}
