package cn.gov.yongzhou.qingfeng.shared.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * Writes the admin log, in the transaction of the change it records, so a change is never unlogged; and a line of
 * the security log beside it, in the same transaction.
 */
@ApplicationScoped
public class AdminLog {

    private static final int MAX_DETAIL = 4000;

    private final Clock clock;
    private final SecurityLog securityLog;

    AdminLog(Clock clock, SecurityLog securityLog) {
        this.clock = clock;
        this.securityLog = securityLog;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public AdminChange record(String actor, String subject, String subjectRef, AdminAction action,
            String detail) {
        AdminChange change = new AdminChange();
        change.at = OffsetDateTime.now(clock);
        change.actor = actor;
        change.subject = subject;
        change.subjectRef = subjectRef;
        change.action = action;
        change.detail = detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
        change.persist();
        // the security log gets what changed, not the before/after text (it may name staff or units at length)
        securityLog.record(SecurityKind.ADMIN_CHANGE, actor, action + " " + subject
                + (subjectRef == null ? "" : " " + subjectRef));
        return change;
    }
}
