package cn.gov.yongzhou.qingfeng.directory;

import static cn.gov.yongzhou.qingfeng.directory.Changes.ref;
import static cn.gov.yongzhou.qingfeng.directory.InputChecks.clean;
import static cn.gov.yongzhou.qingfeng.directory.InputChecks.upper;

import cn.gov.yongzhou.qingfeng.shared.NotFound;
import cn.gov.yongzhou.qingfeng.shared.audit.AdminAction;
import cn.gov.yongzhou.qingfeng.shared.audit.AdminLog;
import cn.gov.yongzhou.qingfeng.shared.web.FieldErrors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.regex.Pattern;

/** The admin's changes to which units a handler works for; each with its admin log entry in one transaction. */
@ApplicationScoped
public class HandlerUnitEdits {

    private static final Pattern USER_NAME = Pattern.compile("\\S{1,100}");
    private static final String SUBJECT = "handler_unit";

    private final AdminLog log;

    HandlerUnitEdits(AdminLog log) {
        this.log = log;
    }

    @Transactional
    public EditResult addHandlerUnit(String userName, String unitCode, String actor) {
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
            return EditResult.refused(errors);
        }
        HandlerUnit mapping = new HandlerUnit();
        mapping.userName = user;
        mapping.unit = unit;
        mapping.createdBy = actor;
        mapping.persist();
        log.record(actor, SUBJECT, ref(user), AdminAction.CREATED, user + " → " + unit.code);
        return EditResult.done(mapping.id);
    }

    @Transactional
    public EditResult removeHandlerUnit(long id, String actor) {
        HandlerUnit mapping = HandlerUnit.<HandlerUnit> findByIdOptional(id).orElseThrow(NotFound::new);
        log.record(actor, SUBJECT, ref(mapping.userName), AdminAction.REMOVED,
                mapping.userName + " → " + mapping.unit.code);
        mapping.delete();
        return EditResult.done(id);
    }
}
