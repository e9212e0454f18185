package cn.gov.yongzhou.qingfeng.casework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * 延期: a handler asks for more time on a running stage, once, with reasons and within the limit the policy set
 * when the stage started; an inspector grants or refuses it. Both go on the case's internal timeline.
 */
@ApplicationScoped
public class Extensions {

    /** Why a request or a decision is refused; null when it is not. */
    public enum Refusal {
        NO_OPEN_STAGE,
        NOT_EXTENDABLE,
        TOO_MANY_DAYS,
        ALREADY_REQUESTED,
        REASON_REQUIRED,
        NOTHING_PENDING
    }

    private final Deadlines deadlines;
    private final Casework casework;
    private final Clock clock;
    private final jakarta.enterprise.event.Event<LimitExtended> extended;

    Extensions(Deadlines deadlines, Casework casework, Clock clock,
            jakarta.enterprise.event.Event<LimitExtended> extended) {
        this.deadlines = deadlines;
        this.casework = casework;
        this.clock = clock;
        this.extended = extended;
    }

    @Transactional
    public Refusal request(long caseId, DeadlineStage stage, int days, String reason, String actor) {
        CaseFile file = CaseFile.findById(caseId);
        Optional<CaseDeadline> open = CaseDeadline.open(file, stage);
        if (open.isEmpty()) {
            return Refusal.NO_OPEN_STAGE;
        }
        CaseDeadline deadline = open.get();
        if (deadline.policy.maxExtensionDays == 0) {
            return Refusal.NOT_EXTENDABLE;
        }
        if (days <= 0 || days > deadline.policy.maxExtensionDays) {
            return Refusal.TOO_MANY_DAYS;
        }
        if (reason == null || reason.isBlank()) {
            return Refusal.REASON_REQUIRED;
        }
        if (DeadlineExtension.of(deadline).isPresent()) {
            return Refusal.ALREADY_REQUESTED;
        }
        DeadlineExtension extension = new DeadlineExtension();
        extension.deadline = deadline;
        extension.days = days;
        extension.reason = reason.strip();
        extension.requestedBy = actor;
        extension.requestedAt = OffsetDateTime.now(clock);
        extension.persist();
        casework.record(file, CaseAction.EXTENSION_REQUESTED, actor, false, stage + " +" + days + ": " + extension.reason);
        return null;
    }

    @Transactional
    public Refusal decide(long caseId, DeadlineStage stage, boolean approve, String reason, String actor) {
        return decide(caseId, stage, approve, reason, null, actor);
    }

    /** As above; a granted extension is told to the reporter with {@code toReporter} (why, in words for them). */
    @Transactional
    public Refusal decide(long caseId, DeadlineStage stage, boolean approve, String reason, String toReporter,
            String actor) {
        CaseFile file = CaseFile.findById(caseId);
        Optional<DeadlineExtension> pending = CaseDeadline.open(file, stage).flatMap(DeadlineExtension::of)
                .filter(e -> e.approved == null);
        if (pending.isEmpty()) {
            return Refusal.NOTHING_PENDING;
        }
        if (!approve && (reason == null || reason.isBlank())) {
            return Refusal.REASON_REQUIRED;
        }
        DeadlineExtension extension = pending.get();
        extension.approved = approve;
        extension.decidedBy = actor;
        extension.decidedAt = OffsetDateTime.now(clock);
        extension.decisionReason = reason == null ? null : reason.strip();
        CaseDeadline deadline = extension.deadline;
        if (approve) {
            deadlines.extend(deadline, extension.days, extension.reason);
        }
        casework.record(file, approve ? CaseAction.EXTENSION_APPROVED : CaseAction.EXTENSION_REFUSED, actor, false,
                approve ? stage + " → " + deadline.dueOn : extension.decisionReason);
        if (approve) {
            String told = toReporter == null || toReporter.isBlank() ? null : toReporter.strip();
            extended.fire(new LimitExtended(file.id, file.reportId, stage, deadline.dueOn,
                    told == null || told.length() <= Transition.MAX_REPORTER_TEXT ? told
                            : told.substring(0, Transition.MAX_REPORTER_TEXT)));
        }
        return null;
    }
}
