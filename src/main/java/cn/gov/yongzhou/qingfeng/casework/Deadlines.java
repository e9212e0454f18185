package cn.gov.yongzhou.qingfeng.casework;

import cn.gov.yongzhou.qingfeng.calendar.CalendarService;
import cn.gov.yongzhou.qingfeng.calendar.WorkingCalendar;
import cn.gov.yongzhou.qingfeng.category.Category;
import cn.gov.yongzhou.qingfeng.category.Subcategory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Starts and closes the stages of a case against the policy in force, in Chinese working days. */
@ApplicationScoped
public class Deadlines {

    private final CalendarService calendar;
    private final Clock clock;
    private final PolicyBook policies;

    Deadlines(CalendarService calendar, Clock clock, PolicyBook policies) {
        this.calendar = calendar;
        this.clock = clock;
        this.policies = policies;
    }

    /** Starts a stage on {@code startedOn} under the limit in force now; any open round of it is closed first. */
    @Transactional(Transactional.TxType.MANDATORY)
    public CaseDeadline start(CaseFile file, DeadlineStage stage, Category category, Subcategory subcategory,
            LocalDate startedOn) {
        close(file, stage);
        return begin(file, due(stage, category, subcategory, startedOn));
    }

    /** A limit about to start: the policy in force now and the day it falls due, counted in the calendar. */
    public record Due(DeadlineStage stage, long policyId, LocalDate startedOn, LocalDate dueOn, boolean provisional) {

        /** The case's next limit with this one running (the earliest counted one; {@code next} may be null). */
        public LocalDate nextDue(LocalDate next) {
            return stage.counted() && (next == null || dueOn.isBefore(next)) ? dueOn : next;
        }
    }

    /** When a stage started on {@code startedOn} under the limit in force now falls due; nothing is written. */
    public Due due(DeadlineStage stage, Category category, Subcategory subcategory, LocalDate startedOn) {
        PolicyBook.Limit policy = policies.inForce(stage, category.name(), subcategory.name(), OffsetDateTime.now(clock))
                .orElseThrow(() -> new IllegalStateException("no deadline policy in force for " + stage));
        WorkingCalendar.Deadline due = after(policy.dayKind(), startedOn, policy.days());
        return new Due(stage, policy.id(), startedOn, due.date(), due.provisional());
    }

    /**
     * Starts a limit reckoned by {@link #due} without closing a round first: for a case opened in this transaction,
     * which has none (a case opened with its {@code nextDue} already set is not written twice).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CaseDeadline begin(CaseFile file, Due due) {
        CaseDeadline deadline = new CaseDeadline();
        deadline.caseFile = file;
        deadline.stage = due.stage();
        deadline.policy = DeadlinePolicy.getEntityManager().getReference(DeadlinePolicy.class, due.policyId());
        deadline.startedOn = due.startedOn();
        deadline.dueOn = due.dueOn();
        deadline.provisional = due.provisional();
        deadline.persist();
        file.nextDue = due.nextDue(file.nextDue);
        return deadline;
    }

    /** Closes the open round of a stage, if there is one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void close(CaseFile file, DeadlineStage stage) {
        CaseDeadline.open(file, stage).ifPresent(d -> {
            d.closedAt = OffsetDateTime.now(clock);
            refreshNextDue(file);
        });
    }

    /** Moves a running limit on by {@code days} of its policy's kind (an approved extension). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void extend(CaseDeadline deadline, int days, String reason) {
        deadline.dueOn = after(deadline.policy.dayKind, deadline.dueOn, days).date();
        deadline.extendedDays = days;
        deadline.extensionReason = reason;
        refreshNextDue(deadline.caseFile);
    }

    /**
     * The case was reclassified: each running limit is counted again under the policy in force for the new category
     * and subcategory, from the day it started (with any extension granted), in place, so no round is closed as met.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void follow(CaseFile file) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (CaseDeadline d : CaseDeadline.of(file)) {
            if (d.closedAt != null) {
                continue;
            }
            PolicyBook.Limit policy = policies.inForce(d.stage, file.category.name(), file.subcategory.name(), now)
                    .orElse(null);
            if (policy == null || policy.id() == d.policy.id) {
                continue;
            }
            WorkingCalendar.Deadline due = after(policy.dayKind(), d.startedOn, policy.days());
            if (d.extendedDays > 0) {
                due = after(policy.dayKind(), due.date(), d.extendedDays);
            }
            d.policy = DeadlinePolicy.getEntityManager().getReference(DeadlinePolicy.class, policy.id());
            d.dueOn = due.date();
            d.provisional = due.provisional();
        }
        refreshNextDue(file);
    }

    /** {@code days} working or calendar days after {@code from}, as the policy counts them. */
    private WorkingCalendar.Deadline after(DeadlinePolicy.DayKind kind, LocalDate from, int days) {
        return kind == DeadlinePolicy.DayKind.WORKING ? calendar.addWorkingDays(from, days)
                : calendar.addCalendarDays(from, days);
    }

    /**
     * The next limit somebody must meet: the reporter's objection window is their right, not a limit (a concluded case
     * whose reporter did not object is not "overdue" on the queue a month later).
     */
    private static void refreshNextDue(CaseFile file) {
        file.nextDue = CaseDeadline.of(file).stream().filter(o -> o.closedAt == null && o.stage.counted())
                .map(o -> o.dueOn)
                .min(LocalDate::compareTo).orElse(null);
    }

    /**
     * Changes a limit from now on: the row in force is closed and a new one added, so cases whose stage already
     * started keep the limit they started under, and the table keeps every limit there ever was.
     */
    @Transactional
    public DeadlinePolicy changePolicy(DeadlineStage stage, String category, String subcategory, int days,
            DeadlinePolicy.DayKind kind, int maxExtensionDays, String actor, String reason) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        DeadlinePolicy.<DeadlinePolicy> list("stage = ?1 and validTo is null and category is not distinct from ?2 "
                + "and subcategory is not distinct from ?3", stage, category, subcategory)
                .forEach(p -> p.validTo = now);
        DeadlinePolicy.getEntityManager().flush(); // the one-in-force index sees the old row closed first
        DeadlinePolicy policy = new DeadlinePolicy();
        policy.stage = stage;
        policy.category = category;
        policy.subcategory = subcategory;
        policy.days = days;
        policy.dayKind = kind;
        policy.maxExtensionDays = maxExtensionDays;
        policy.validFrom = now;
        policy.createdBy = actor;
        policy.reason = reason;
        policy.persist();
        return policy;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
