package cn.gov.yongzhou.qingfeng.shared.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;

/** Writes the admin log, in the transaction of the change it records, so a change is never unlogged. */
@ApplicationScoped
public class AdminLog {

    private static final int MAX_DETAIL = 4000;

    private final Clock clock;

    AdminLog(Clock clock) {
        this.clock = clock;
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
        return change;
    }
}
