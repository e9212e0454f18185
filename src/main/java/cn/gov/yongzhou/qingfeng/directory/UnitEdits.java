package cn.gov.yongzhou.qingfeng.directory;

import static cn.gov.yongzhou.qingfeng.directory.Changes.describe;
import static cn.gov.yongzhou.qingfeng.directory.InputChecks.clean;
import static cn.gov.yongzhou.qingfeng.directory.InputChecks.mailbox;
import static cn.gov.yongzhou.qingfeng.directory.InputChecks.optional;
import static cn.gov.yongzhou.qingfeng.directory.InputChecks.required;
import static cn.gov.yongzhou.qingfeng.directory.InputChecks.upper;

import cn.gov.yongzhou.qingfeng.shared.NotFound;
import cn.gov.yongzhou.qingfeng.shared.audit.AdminAction;
import cn.gov.yongzhou.qingfeng.shared.audit.AdminLog;
import cn.gov.yongzhou.qingfeng.shared.web.FieldErrors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * The admin's changes to the units. Every method checks the whole input before it writes anything and then writes the
 * change and its admin log entry in one transaction, so a refused change leaves nothing behind.
 */
@ApplicationScoped
public class UnitEdits {

    public static final Pattern UNIT_CODE = Pattern.compile("[A-Z0-9-]{2,40}");

    private static final String SUBJECT = "unit";

    private final AdminLog log;

    UnitEdits(AdminLog log) {
        this.log = log;
    }

    /** A unit as the form gives it; on a change the code, kind and parent are not read. */
    public record UnitInput(String code, String name, String nameEn, String kind, String parent, String mailbox,
            String dutyPhone,
            boolean active) {
    }

    @Transactional
    public EditResult createUnit(UnitInput in, String actor) {
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
            return EditResult.refused(errors);
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
        log.record(actor, SUBJECT, code, AdminAction.CREATED, describe(
                "name", name, "name_en", nameEn, "kind", kind.name(), "parent", parentCode, "mailbox", mailbox));
        return EditResult.done(unit.id);
    }

    @Transactional
    public EditResult changeUnit(long id, UnitInput in, String actor) {
        Unit unit = unit(id);
        FieldErrors errors = new FieldErrors();
        String name = required(errors, "name", in.name(), 120);
        String nameEn = optional(errors, "nameEn", in.nameEn(), 160);
        String mailbox = mailbox(errors, "mailbox", in.mailbox());
        String dutyPhone = dutyPhone(errors, in.dutyPhone());
        if (!errors.isEmpty()) {
            return EditResult.refused(errors);
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
            log.record(actor, SUBJECT, unit.code, AdminAction.CHANGED, changes.toString());
        }
        return EditResult.done(unit.id);
    }

    /**
     * Who oversees the unit: its verifying body (核查机构: where arrogant service there is verified; none: the nearest
     * unit above it that has one, else the area's discipline body) and the discipline body that manages its heads
     * (干部管理权限; none: the area's). Codes as the form's lists give them; an empty one clears the field.
     */
    @Transactional
    public EditResult changeOversight(long id, String verifyingBody, String headsManagedBy, String actor) {
        Unit unit = unit(id);
        FieldErrors errors = new FieldErrors();
        Unit verifying = null;
        String verifyingCode = upper(verifyingBody);
        if (verifyingCode != null) {
            verifying = Unit.findByCode(verifyingCode).filter(u -> u.active).orElse(null);
            if (verifying == null) {
                errors.add("verifyingBody", "dir.error.unit.unknown");
            } else if (verifying.id.equals(unit.id)) {
                errors.add("verifyingBody", "admin.dir.verifyingBody.itself");
            }
        }
        Unit managing = null;
        String managingCode = upper(headsManagedBy);
        if (managingCode != null) {
            managing = Unit.findByCode(managingCode)
                    .filter(u -> u.active && u.kind == UnitKind.DISCIPLINE_BODY).orElse(null);
            if (managing == null) {
                errors.add("headsManagedBy", "admin.dir.headsManagedBy.notABody");
            }
        }
        if (!errors.isEmpty()) {
            return EditResult.refused(errors);
        }
        Changes changes = new Changes()
                .field("verifying_body", unit.verifyingBody == null ? null : unit.verifyingBody.code, verifyingCode)
                .field("heads_managed_by", unit.headsManagedBy == null ? null : unit.headsManagedBy.code,
                        managingCode);
        if (!changes.isEmpty()) {
            unit.verifyingBody = verifying;
            unit.headsManagedBy = managing;
            log.record(actor, SUBJECT, unit.code, AdminAction.CHANGED, changes.toString());
        }
        return EditResult.done(unit.id);
    }

    /** The unit, or {@link NotFound}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Unit unit(long id) {
        return Unit.<Unit> findByIdOptional(id).orElseThrow(NotFound::new);
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
}
