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
import java.util.regex.Pattern;

/**
 * The admin's changes to a unit's service windows (whose codes are printed on the posters). Each method checks the
 * whole input first and writes the change with its admin log entry in one transaction.
 */
@ApplicationScoped
public class WindowEdits {

    public static final Pattern WINDOW_CODE = Pattern.compile("[A-Z0-9-]{2,20}");

    private static final String SUBJECT = "service_window";

    private final AdminLog log;
    private final UnitEdits units;

    WindowEdits(AdminLog log, UnitEdits units) {
        this.log = log;
        this.units = units;
    }

    /** A window as the form gives it; on a change the code is not read (it is printed on the posters). */
    public record WindowInput(String code, String name, String nameEn, boolean active) {
    }

    @Transactional
    public EditResult addWindow(long unitId, WindowInput in, String actor) {
        Unit unit = units.unit(unitId);
        FieldErrors errors = new FieldErrors();
        String code = upper(in.code());
        if (code == null) {
            errors.add("code", "dir.error.code.required");
        } else if (!WINDOW_CODE.matcher(code).matches()) {
            errors.add("code", "dir.error.windowCode.format");
        } else if (ServiceWindow.findAnyByCode(code).isPresent()) {
            errors.add("code", "dir.error.windowCode.taken", code);
        }
        String name = required(errors, "name", in.name(), 120);
        String nameEn = optional(errors, "nameEn", in.nameEn(), 160);
        if (!errors.isEmpty()) {
            return EditResult.refused(errors);
        }
        ServiceWindow window = new ServiceWindow();
        window.unit = unit;
        window.code = code;
        window.name = name;
        window.nameEn = nameEn;
        window.active = true;
        window.persist();
        log.record(actor, SUBJECT, code, AdminAction.CREATED, describe("unit", unit.code, "name", name,
                "name_en", nameEn));
        return EditResult.done(window.id);
    }

    @Transactional
    public EditResult changeWindow(long windowId, WindowInput in, String actor) {
        ServiceWindow window = window(windowId);
        FieldErrors errors = new FieldErrors();
        String name = required(errors, "name", in.name(), 120);
        String nameEn = optional(errors, "nameEn", in.nameEn(), 160);
        if (!errors.isEmpty()) {
            return EditResult.refused(errors);
        }
        Changes changes = new Changes().field("name", window.name, name).field("name_en", window.nameEn, nameEn)
                .field("active", window.active, in.active());
        if (!changes.isEmpty()) {
            window.name = name;
            window.nameEn = nameEn;
            window.active = in.active();
            log.record(actor, SUBJECT, window.code, AdminAction.CHANGED, changes.toString());
        }
        return EditResult.done(window.id);
    }

    /** Takes a window out of service (its QR code then opens a page saying so) or back into it. */
    @Transactional
    public EditResult setWindowActive(long windowId, boolean active, String actor) {
        ServiceWindow window = window(windowId);
        if (window.active != active) {
            log.record(actor, SUBJECT, window.code, AdminAction.CHANGED,
                    new Changes().field("active", window.active, active).toString());
            window.active = active;
        }
        return EditResult.done(window.id);
    }

    /** The window with its unit, or {@link NotFound}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ServiceWindow window(long id) {
        return ServiceWindow.<ServiceWindow> find("from ServiceWindow w join fetch w.unit where w.id = ?1", id)
                .firstResultOptional().orElseThrow(NotFound::new);
    }
}
