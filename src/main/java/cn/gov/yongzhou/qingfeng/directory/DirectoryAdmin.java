package cn.gov.yongzhou.qingfeng.directory;

import cn.gov.yongzhou.qingfeng.shared.NotFound;
import cn.gov.yongzhou.qingfeng.shared.audit.AdminAction;
import cn.gov.yongzhou.qingfeng.shared.audit.AdminLog;
import cn.gov.yongzhou.qingfeng.shared.web.FieldErrors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The admin's changes to the directory: units, their heads over time, service windows, staff, and which units a
 * handler works for. Every method checks the whole input before it writes anything and then writes the change and
 * its admin log entry in one transaction, so a refused change leaves nothing behind.
 */
@ApplicationScoped
public class DirectoryAdmin {

    public static final Pattern UNIT_CODE = Pattern.compile("[A-Z0-9-]{2,40}");
    public static final Pattern WINDOW_CODE = Pattern.compile("[A-Z0-9-]{2,20}");
    private static final Pattern MAILBOX = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final Pattern USER_NAME = Pattern.compile("\\S{1,100}");

    static final String UNIT = "unit";
    static final String UNIT_HEAD = "unit_head";
    static final String WINDOW = "service_window";
    static final String STAFF = "staff";
    static final String HANDLER_UNIT = "handler_unit";

    private final AdminLog log;
    private final Clock clock;

    private final DirectoryService directory;

    DirectoryAdmin(AdminLog log, Clock clock, DirectoryService directory) {
        this.directory = directory;
        this.log = log;
        this.clock = clock;
    }

    /** What a change gives back: the id of what was stored, or the reasons nothing was. */
    public record Result(Long id, FieldErrors errors) {

        static Result done(Long id) {
            return new Result(id, new FieldErrors());
        }

        static Result refused(FieldErrors errors) {
            return new Result(null, errors);
        }

        public boolean ok() {
            return errors.isEmpty();
        }
    }

    /** A unit as the form gives it; on a change the code, kind and parent are not read. */
    public record UnitInput(String code, String name, String nameEn, String kind, String parent, String mailbox,
            String dutyPhone,
            boolean active) {
    }

    /** A term; {@code personRef} (an official's staff number) ties the terms one person served in several units. */
    public record HeadInput(String name, String title, String startDate, String endDate, String mailbox,
            String personRef) {
    }

    /** A window as the form gives it; on a change the code is not read (it is printed on the posters). */
    public record WindowInput(String code, String name, String nameEn, boolean active) {
    }

    /** A staff member; {@code unit} and {@code window} are codes, the window optional. */
    public record StaffInput(String unit, String window, String name, String badgeNo, boolean active) {
    }

    // ---- units ------------------------------------------------------------------------------------------------

    @Transactional
    public Result createUnit(UnitInput in, String actor) {
        directory.changedHere();
        FieldErrors errors = new FieldErrors();
        String code = upper(in.code());
        if (code == null) {
            errors.add("code", "dir.error.code.required");
        } else if (!UNIT_CODE.matcher(code).matches()) {
            errors.add("code", "dir.error.unitCode.format");
        } else if (Unit.findByCode(code).isPresent()) {
            errors.add("code", "dir.error.unitCode.taken", code);
        }
        String name = required(errors, "name", in.name(), 120);
        String nameEn = optional(errors, "nameEn", in.nameEn(), 160);
        UnitKind kind = null;
        String kindName = clean(in.kind());
        if (kindName == null) {
            errors.add("kind", "dir.error.kind.required");
        } else {
            kind = Arrays.stream(UnitKind.values()).filter(k -> k.name().equals(kindName)).findFirst().orElse(null);
            if (kind == null) {
                errors.add("kind", "dir.error.kind.required");
            }
        }
        Unit parent = null;
        String parentCode = upper(in.parent());
        if (parentCode != null) {
            parent = Unit.findByCode(parentCode).orElse(null);
            if (parent == null) {
                errors.add("parent", "dir.error.unit.unknown");
            }
        }
        String mailbox = mailbox(errors, "mailbox", in.mailbox());
        String dutyPhone = dutyPhone(errors, in.dutyPhone());
        if (!errors.isEmpty()) {
            return Result.refused(errors);
        }
        Unit unit = new Unit();
        unit.dutyPhone = dutyPhone;
        unit.code = code;
        unit.name = name;
        unit.nameEn = nameEn;
        unit.kind = kind;
        unit.parent = parent;
        unit.mailbox = mailbox;
        unit.active = true;
        unit.persist();
        log.record(actor, UNIT, code, AdminAction.CREATED, describe(
                "name", name, "name_en", nameEn, "kind", kind.name(), "parent", parentCode, "mailbox", mailbox));
        return Result.done(unit.id);
    }

    @Transactional
    public Result changeUnit(long id, UnitInput in, String actor) {
        directory.changedHere();
        Unit unit = unit(id);
        FieldErrors errors = new FieldErrors();
        String name = required(errors, "name", in.name(), 120);
        String nameEn = optional(errors, "nameEn", in.nameEn(), 160);
        String mailbox = mailbox(errors, "mailbox", in.mailbox());
        String dutyPhone = dutyPhone(errors, in.dutyPhone());
        if (!errors.isEmpty()) {
            return Result.refused(errors);
        }
        Changes changes = new Changes()
                .field("duty_phone", unit.dutyPhone, dutyPhone)
                .field("name", unit.name, name)
                .field("name_en", unit.nameEn, nameEn)
                .field("mailbox", unit.mailbox, mailbox)
                .field("active", unit.active, in.active());
        if (!changes.isEmpty()) {
            unit.name = name;
            unit.nameEn = nameEn;
            unit.mailbox = mailbox;
            unit.dutyPhone = dutyPhone;
            unit.active = in.active();
            log.record(actor, UNIT, unit.code, AdminAction.CHANGED, changes.toString());
        }
        return Result.done(unit.id);
    }

    /** A mainland mobile number, or nothing. */
    private static String dutyPhone(FieldErrors errors, String typed) {
        String digits = typed == null ? "" : typed.replaceAll("[\\s-]", "");
        if (digits.isEmpty()) {
            return null;
        }
        if (!digits.matches("1[3-9]\\d{9}")) {
            errors.add("dutyPhone", "admin.dir.dutyPhone.format");
            return null;
        }
        return digits;
    }

    // ---- heads over time --------------------------------------------------------------------------------------

    /**
     * Adds a term. A current head without an end date who took office before the new term starts leaves office
     * the day before it; any other overlap with a recorded term is refused, naming that term.
     */
    @Transactional
    public Result addHead(long unitId, HeadInput in, String actor) {
        Unit unit = unit(unitId);
        FieldErrors errors = new FieldErrors();
        String name = required(errors, "name", "dir.error.personName.required", in.name(), 60);
        String title = required(errors, "title", in.title(), 60);
        LocalDate start = date(errors, "startDate", in.startDate(), true);
        LocalDate end = date(errors, "endDate", in.endDate(), false);
        String mailbox = mailbox(errors, "mailbox", in.mailbox());
        String personRef = in.personRef() == null || in.personRef().isBlank() ? null : in.personRef().strip();
        if (personRef != null && !personRef.matches("[A-Za-z0-9-]{1,40}")) {
            errors.add("personRef", "dir.error.personRef");
        }
        if (start != null && end != null && end.isBefore(start)) {
            errors.add("endDate", "dir.error.endDate.beforeStart");
        }
        UnitHead toEnd = null;
        if (errors.isEmpty()) {
            List<UnitHead> terms = UnitHead.ofUnit(unit);
            toEnd = terms.stream().filter(t -> t.endDate == null && t.startDate.isBefore(start)).findFirst()
                    .orElse(null);
            for (UnitHead t : terms) {
                // the term that ends the day before the new one starts cannot overlap it
                if (t != toEnd && t.overlaps(start, end)) {
                    if (t.endDate == null) {
                        errors.add("startDate", "dir.error.head.overlapOpen", t.name, t.title, t.startDate);
                    } else {
                        errors.add("startDate", "dir.error.head.overlap", t.name, t.title, t.startDate, t.endDate);
                    }
                    break;
                }
            }
        }
        if (!errors.isEmpty()) {
            return Result.refused(errors);
        }
        String detail = describe("name", name, "title", title, "start_date", start, "end_date", end,
                "mailbox", mailbox, "person_ref", personRef);
        if (toEnd != null) {
            toEnd.endDate = start.minusDays(1);
            detail += "; " + toEnd.name + " end_date: — → " + toEnd.endDate;
        }
        UnitHead head = new UnitHead();
        head.unit = unit;
        head.name = name;
        head.title = title;
        head.startDate = start;
        head.endDate = end;
        head.mailbox = mailbox;
        head.personRef = personRef;
        head.persist();
        log.record(actor, UNIT_HEAD, unit.code, AdminAction.CREATED, detail);
        return Result.done(head.id);
    }

    /** Ends a term that is still open on its last day in office (which may lie ahead: a departure announced). */
    @Transactional
    public Result endHead(long unitId, long headId, String endDate, String actor) {
        UnitHead head = head(unitId, headId);
        FieldErrors errors = new FieldErrors();
        LocalDate end = date(errors, "endDate", endDate, true);
        if (head.endDate != null) {
            errors.add("endDate", "dir.error.head.alreadyEnded", head.endDate);
        } else if (end != null && end.isBefore(head.startDate)) {
            errors.add("endDate", "dir.error.endDate.beforeStart");
        }
        if (!errors.isEmpty()) {
            return Result.refused(errors);
        }
        head.endDate = end;
        log.record(actor, UNIT_HEAD, head.unit.code, AdminAction.ENDED,
                head.name + " (" + head.title + ", " + head.startDate + ") end_date: — → " + end);
        return Result.done(head.id);
    }

    /** Corrects the official mailbox a term's escalation mail goes to. */
    @Transactional
    public Result changeHeadMailbox(long unitId, long headId, String mailbox, String actor) {
        UnitHead head = head(unitId, headId);
        FieldErrors errors = new FieldErrors();
        String value = mailbox(errors, "mailbox", mailbox);
        if (!errors.isEmpty()) {
            return Result.refused(errors);
        }
        Changes changes = new Changes().field("mailbox", head.mailbox, value);
        if (!changes.isEmpty()) {
            head.mailbox = value;
            log.record(actor, UNIT_HEAD, head.unit.code, AdminAction.CHANGED,
                    head.name + " (" + head.title + ", " + head.startDate + ") " + changes);
        }
        return Result.done(head.id);
    }

    // ---- service windows --------------------------------------------------------------------------------------

    @Transactional
    public Result addWindow(long unitId, WindowInput in, String actor) {
        directory.changedHere();
        Unit unit = unit(unitId);
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
            return Result.refused(errors);
        }
        ServiceWindow window = new ServiceWindow();
        window.unit = unit;
        window.code = code;
        window.name = name;
        window.nameEn = nameEn;
        window.active = true;
        window.persist();
        log.record(actor, WINDOW, code, AdminAction.CREATED, describe("unit", unit.code, "name", name,
                "name_en", nameEn));
        return Result.done(window.id);
    }

    @Transactional
    public Result changeWindow(long windowId, WindowInput in, String actor) {
        directory.changedHere();
        ServiceWindow window = window(windowId);
        FieldErrors errors = new FieldErrors();
        String name = required(errors, "name", in.name(), 120);
        String nameEn = optional(errors, "nameEn", in.nameEn(), 160);
        if (!errors.isEmpty()) {
            return Result.refused(errors);
        }
        Changes changes = new Changes().field("name", window.name, name).field("name_en", window.nameEn, nameEn)
                .field("active", window.active, in.active());
        if (!changes.isEmpty()) {
            window.name = name;
            window.nameEn = nameEn;
            window.active = in.active();
            log.record(actor, WINDOW, window.code, AdminAction.CHANGED, changes.toString());
        }
        return Result.done(window.id);
    }

    /** Takes a window out of service (its QR code then opens a page saying so) or back into it. */
    @Transactional
    public Result setWindowActive(long windowId, boolean active, String actor) {
        directory.changedHere();
        ServiceWindow window = window(windowId);
        if (window.active != active) {
            log.record(actor, WINDOW, window.code, AdminAction.CHANGED,
                    new Changes().field("active", window.active, active).toString());
            window.active = active;
        }
        return Result.done(window.id);
    }

    // ---- staff ------------------------------------------------------------------------------------------------

    @Transactional
    public Result addStaff(StaffInput in, String actor) {
        FieldErrors errors = new FieldErrors();
        Staff staff = new Staff();
        if (!readStaff(in, staff, errors)) {
            return Result.refused(errors);
        }
        staff.active = true;
        staff.persist();
        log.record(actor, STAFF, String.valueOf(staff.id), AdminAction.CREATED, describe("unit", staff.unit.code,
                "window", staff.window == null ? null : staff.window.code, "name", staff.name, "badge_no",
                staff.badgeNo));
        return Result.done(staff.id);
    }

    @Transactional
    public Result changeStaff(long id, StaffInput in, String actor) {
        Staff staff = staff(id);
        String oldUnit = staff.unit.code;
        String oldWindow = staff.window == null ? null : staff.window.code;
        String oldName = staff.name;
        String oldBadge = staff.badgeNo;
        boolean oldActive = staff.active;
        FieldErrors errors = new FieldErrors();
        Staff proposed = new Staff();
        if (!readStaff(in, proposed, errors)) {
            return Result.refused(errors);
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
            log.record(actor, STAFF, String.valueOf(staff.id), AdminAction.CHANGED, changes.toString());
        }
        return Result.done(staff.id);
    }

    @Transactional
    public Result setStaffActive(long id, boolean active, String actor) {
        Staff staff = staff(id);
        if (staff.active != active) {
            log.record(actor, STAFF, String.valueOf(staff.id), AdminAction.CHANGED,
                    staff.name + " " + new Changes().field("active", staff.active, active));
            staff.active = active;
        }
        return Result.done(staff.id);
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

    // ---- which units a handler works for ----------------------------------------------------------------------

    @Transactional
    public Result addHandlerUnit(String userName, String unitCode, String actor) {
        FieldErrors errors = new FieldErrors();
        String user = clean(userName);
        if (user == null) {
            errors.add("userName", "dir.error.userName.required");
        } else if (!USER_NAME.matcher(user).matches()) {
            errors.add("userName", "dir.error.userName.format");
        }
        String code = upper(unitCode);
        Unit unit = code == null ? null : Unit.findByCode(code).orElse(null);
        if (code == null) {
            errors.add("unit", "dir.error.unit.required");
        } else if (unit == null) {
            errors.add("unit", "dir.error.unit.unknown");
        }
        if (errors.isEmpty() && HandlerUnit.of(user, unit).isPresent()) {
            errors.add("unit", "dir.error.handlerUnit.exists", user, unit.name);
        }
        if (!errors.isEmpty()) {
            return Result.refused(errors);
        }
        HandlerUnit mapping = new HandlerUnit();
        mapping.userName = user;
        mapping.unit = unit;
        mapping.createdBy = actor;
        mapping.persist();
        log.record(actor, HANDLER_UNIT, ref(user), AdminAction.CREATED, user + " → " + unit.code);
        return Result.done(mapping.id);
    }

    @Transactional
    public Result removeHandlerUnit(long id, String actor) {
        HandlerUnit mapping = HandlerUnit.<HandlerUnit>findByIdOptional(id).orElseThrow(NotFound::new);
        log.record(actor, HANDLER_UNIT, ref(mapping.userName), AdminAction.REMOVED,
                mapping.userName + " → " + mapping.unit.code);
        mapping.delete();
        return Result.done(id);
    }

    // ---- what the admin pages read ----------------------------------------------------------------------------

    /** A unit on the admin's list: its current head and how many active windows it has. */
    public record UnitRow(Unit unit, UnitHead head, long windows) {
    }

    /** 市直 (code null) or one county, district or zone: its own unit first, then the units under it. */
    public record UnitGroup(String code, String name, String nameEn, List<UnitRow> rows)
            implements cn.gov.yongzhou.qingfeng.shared.web.Bilingual {
    }

    /** Every unit, active or not, grouped by area, with its head today and its number of windows. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UnitGroup> unitsByArea() {
        List<Unit> units = Unit.listEvery();
        Map<Long, UnitHead> heads = UnitHead.allOnDate(LocalDate.now(clock));
        Map<Long, Long> windows = ServiceWindow.countActiveByUnit();
        Map<String, UnitGroup> groups = new LinkedHashMap<>();
        groups.put("", new UnitGroup(null, "市直单位", "City-level units", new ArrayList<>()));
        for (Unit area : Unit.listAreas()) {
            groups.put(area.code, new UnitGroup(area.code, area.name, area.nameEn, new ArrayList<>()));
        }
        for (Unit unit : units) {
            String area = unit.area().map(a -> a.code).orElse("");
            List<UnitRow> rows = groups.get(area).rows();
            UnitRow row = new UnitRow(unit, heads.get(unit.id), windows.getOrDefault(unit.id, 0L));
            if (unit.code.equals(area)) {
                rows.add(0, row);
            } else {
                rows.add(row);
            }
        }
        groups.values().removeIf(g -> g.rows().isEmpty());
        return new ArrayList<>(groups.values());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Unit unit(long id) {
        return Unit.<Unit>findByIdOptional(id).orElseThrow(NotFound::new);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ServiceWindow window(long id) {
        return ServiceWindow.<ServiceWindow>find("from ServiceWindow w join fetch w.unit where w.id = ?1", id)
                .firstResultOptional().orElseThrow(NotFound::new);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Staff staff(long id) {
        return Staff.<Staff>find("from Staff s join fetch s.unit left join fetch s.window where s.id = ?1", id)
                .firstResultOptional().orElseThrow(NotFound::new);
    }

    private static UnitHead head(long unitId, long headId) {
        return UnitHead.<UnitHead>find("from UnitHead h join fetch h.unit where h.id = ?1 and h.unit.id = ?2",
                headId, unitId).firstResultOptional().orElseThrow(NotFound::new);
    }

    // ---- checking and describing input ------------------------------------------------------------------------

    static String clean(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        return v.isEmpty() ? null : v;
    }

    static String upper(String value) {
        String v = clean(value);
        return v == null ? null : v.toUpperCase(Locale.ROOT);
    }

    private static String required(FieldErrors errors, String field, String value, int max) {
        return required(errors, field, "dir.error." + field + ".required", value, max);
    }

    private static String required(FieldErrors errors, String field, String key, String value, int max) {
        String v = clean(value);
        if (v == null) {
            errors.add(field, key);
        } else if (v.length() > max) {
            errors.add(field, "error.tooLong", max);
        }
        return v;
    }

    private static String optional(FieldErrors errors, String field, String value, int max) {
        String v = clean(value);
        if (v != null && v.length() > max) {
            errors.add(field, "error.tooLong", max);
        }
        return v;
    }

    private static String mailbox(FieldErrors errors, String field, String value) {
        String v = clean(value);
        if (v != null && (v.length() > 200 || !MAILBOX.matcher(v).matches())) {
            errors.add(field, "error.email.format");
        }
        return v;
    }

    private static LocalDate date(FieldErrors errors, String field, String value, boolean required) {
        String v = clean(value);
        if (v == null) {
            if (required) {
                errors.add(field, "dir.error." + field + ".required");
            }
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            errors.add(field, "dir.error.date.format");
            return null;
        }
    }

    /** The admin log's "field: value" summary of something created; empty values left out. */
    private static String describe(Object... pairs) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                parts.add(pairs[i] + ": " + pairs[i + 1]);
            }
        }
        return String.join(", ", parts);
    }

    /** The admin log's subject_ref holds 80 characters; a user name may have 100. */
    private static String ref(String value) {
        return value.length() <= 80 ? value : value.substring(0, 80);
    }

    /** The fields a change actually changes, as "field: old → new" for the admin log. */
    static final class Changes {

        private final List<String> parts = new ArrayList<>();

        Changes field(String name, Object before, Object after) {
            if (!Objects.equals(before, after)) {
                parts.add(name + ": " + Optional.ofNullable(before).orElse("—") + " → "
                        + Optional.ofNullable(after).orElse("—"));
            }
            return this;
        }

        boolean isEmpty() {
            return parts.isEmpty();
        }

        @Override
        public String toString() {
            return String.join(", ", parts);
        }
    }
}
