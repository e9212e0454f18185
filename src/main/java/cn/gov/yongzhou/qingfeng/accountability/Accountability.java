package cn.gov.yongzhou.qingfeng.accountability;

import cn.gov.yongzhou.qingfeng.calendar.CalendarService;
import cn.gov.yongzhou.qingfeng.calendar.WorkingCalendar;
import cn.gov.yongzhou.qingfeng.casework.CaseAction;
import cn.gov.yongzhou.qingfeng.casework.CaseChased;
import cn.gov.yongzhou.qingfeng.casework.CaseFile;
import cn.gov.yongzhou.qingfeng.casework.CaseMoved;
import cn.gov.yongzhou.qingfeng.casework.CaseState;
import cn.gov.yongzhou.qingfeng.casework.Conclusion;
import cn.gov.yongzhou.qingfeng.casework.DeadlineStage;
import cn.gov.yongzhou.qingfeng.category.Category;
import cn.gov.yongzhou.qingfeng.directory.Staff;
import cn.gov.yongzhou.qingfeng.directory.Unit;
import cn.gov.yongzhou.qingfeng.directory.UnitHead;
import cn.gov.yongzhou.qingfeng.documents.Drafts;
import cn.gov.yongzhou.qingfeng.documents.Occasion;
import cn.gov.yongzhou.qingfeng.intake.Report;
import cn.gov.yongzhou.qingfeng.shared.ClockProducer;
import cn.gov.yongzhou.qingfeng.shared.web.FieldErrors;
import cn.gov.yongzhou.qingfeng.shared.web.Messages;
import cn.gov.yongzhou.qingfeng.shared.web.TemplateText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/**
 * Opens accountability matters when the facts call for one, inside the transaction of the step that established
 * them, and records what inspectors decide: the heads' matters and the staff's dispositions.
 */
@ApplicationScoped
public class Accountability {

    public static final int MAX_TEXT = 1000;
    public static final int MAX_REASONS = 2000;
    static final Set<CaseState> CONCLUDED = Set.of(CaseState.CONCLUDED, CaseState.CLOSED);

    private final Clock clock;
    private final CalendarService calendar;
    private final AccountabilityConfig config;
    private final EntityManager em;
    private final Drafts drafts;

    Accountability(Clock clock, CalendarService calendar, AccountabilityConfig config, EntityManager em,
            Drafts drafts) {
        this.clock = clock;
        this.calendar = calendar;
        this.config = config;
        this.em = em;
        this.drafts = drafts;
    }

    /** A conclusion that found the report (partly) true opens the head's matter its category's rule calls for. */
    void onCaseMoved(@Observes CaseMoved event) {
        if (!event.transition().decidesConclusion()) {
            return;
        }
        CaseFile file = CaseFile.findById(event.caseId());
        if (!Conclusion.found(file.conclusion)) {
            return;
        }
        Report report = Report.findById(event.reportId());
        MatterTrigger trigger = MatterTrigger.ofFoundCase(report.category.headAccountability());
        boolean due = switch (report.category.headAccountability()) {
            case EVERY_FOUND_CASE -> true;
            case REPEATED_FOUND_CASES -> foundInWindow(report.unit, report.category) >= config.arrogantServiceThreshold()
                    && AccountabilityMatter.count("unit = ?1 and trigger = ?2 and decision is null", report.unit,
                            trigger) == 0;
        };
        if (due) {
            // the head of the unit that employs the staff member the report names answers; else the accused unit's
            Unit answering = ClosingRule.named(file).stream().findFirst().map(Staff::employer).orElse(report.unit);
            open(trigger, file, null, trigger == MatterTrigger.PETTY_CORRUPTION ? answering : report.unit,
                    report.occurredOn);
        }
    }

    /** A limit still overdue after escalation (the sweep's record against the unit) is a failure to handle. */
    void onCaseChased(@Observes CaseChased event) {
        if (event.step() != CaseAction.RECORDED_OVERDUE) {
            return;
        }
        CaseFile file = CaseFile.findById(event.caseId());
        Report report = Report.findById(event.reportId());
        file.responsibleFor(event.stage(), report.unit)
                .ifPresent(unit -> open(MatterTrigger.OVERDUE_AFTER_ESCALATION, file, event.stage(), unit,
                        event.dueOn()));
    }

    /** Substantiated or partly substantiated cases of the unit and category concluded in the rolling window. */
    long foundInWindow(Unit unit, Category category) {
        OffsetDateTime since = LocalDate.now(clock.withZone(ClockProducer.ZONE))
                .minusMonths(config.arrogantServiceWindowMonths())
                .atStartOfDay(ClockProducer.ZONE).toOffsetDateTime();
        return ((Number) em
                .createNativeQuery(
                        """
                                select count(*) from case_fact f
                                where f.unit_id = ?1 and f.category = ?3 and f.found
                                  and exists (select 1 from case_step e where e.case_id = f.case_id and e.action in ('APPROVED', 'INQUIRY_CONCLUDED')
                                              and e.at >= ?2)""")
                .setParameter(1, unit.id).setParameter(2, since).setParameter(3, category.name()).getSingleResult())
                .longValue();
    }

    private void open(MatterTrigger trigger, CaseFile file, DeadlineStage stage, Unit unit, LocalDate countedOn) {
        boolean exists = AccountabilityMatter.count("trigger = ?1 and caseId = ?2 and "
                + (stage == null ? "stage is null" : "stage = ?3"),
                stage == null ? new Object[] { trigger, file.id } : new Object[] { trigger, file.id, stage }) > 0;
        if (exists) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(ClockProducer.ZONE));
        WorkingCalendar.Deadline due = calendar.addWorkingDays(today, config.decisionWorkingDays());
        AccountabilityMatter matter = new AccountabilityMatter();
        matter.trigger = trigger;
        matter.caseId = file.id;
        matter.stage = stage;
        matter.unit = unit;
        matter.head = UnitHead.onDate(unit, countedOn).orElse(null);
        matter.countedOn = countedOn;
        matter.openedAt = OffsetDateTime.now(clock);
        matter.dueOn = due.date();
        matter.dueProvisional = due.provisional();
        matter.persist();
    }

    /** A collective decision (集体决定): the meeting, its date and who approved (at least two names). */
    public record Collective(String meeting, LocalDate meetingOn, String approvers) {
    }

    private static final java.util.regex.Pattern NAME_SEPARATORS = java.util.regex.Pattern.compile("[,，、;；\\s]+");

    /** The approvers' names as written, distinct, in order. */
    static List<String> names(String approvers) {
        return approvers == null ? List.of()
                : java.util.Arrays.stream(NAME_SEPARATORS.split(approvers.strip())).filter(n -> !n.isBlank())
                        .distinct().toList();
    }

    /**
     * The decision on a matter, taken collectively: a form of the 问责条例, or 免予问责 (容错纠错, applied for by the head)
     * or 不予问责. Rule 9 knows no way out: for a petty-corruption matter either needs an explicit justification and
     * counts only once a second inspector approves it (the 问责决定书 is drafted then).
     */
    @Transactional
    public FieldErrors decide(long matterId, HeadDecision decision, String reasons, Collective collective,
            LocalDate toleranceAppliedOn, String justification, String actor) {
        FieldErrors errors = new FieldErrors();
        AccountabilityMatter matter = AccountabilityMatter.findById(matterId);
        if (matter == null) {
            return errors.add("matter", "acc.error.notFound");
        }
        if (matter.decision != null) {
            return errors.add("decision", "acc.error.decided");
        }
        if (decision == null || !HeadDecision.offered().contains(decision)) {
            errors.add("decision", "acc.error.decision");
        }
        String text = reasons == null ? "" : reasons.strip();
        if (text.isEmpty()) {
            errors.add("reasons", decision == HeadDecision.EXEMPTED ? "acc.error.exemptReasons" : "acc.error.reasons");
        } else if (text.length() > MAX_REASONS) {
            errors.add("reasons", "acc.error.tooLong", MAX_REASONS);
        }
        LocalDate today = LocalDate.now(clock.withZone(ClockProducer.ZONE));
        String meeting = collective == null || collective.meeting() == null ? "" : collective.meeting().strip();
        if (meeting.isEmpty()) {
            errors.add("meeting", "acc.error.meeting");
        } else if (meeting.length() > 200) {
            errors.add("meeting", "acc.error.tooLong", 200);
        }
        LocalDate meetingOn = collective == null ? null : collective.meetingOn();
        if (meetingOn == null) {
            errors.add("meetingOn", "acc.error.date");
        } else if (meetingOn.isAfter(today) || meetingOn.isBefore(matter.countedOn)) {
            errors.add("meetingOn", "acc.error.meetingOn");
        }
        List<String> approvers = names(collective == null ? null : collective.approvers());
        if (approvers.size() < 2) {
            errors.add("approvers", "acc.error.approvers");
        } else if (String.join("、", approvers).length() > 500) {
            errors.add("approvers", "acc.error.tooLong", 500);
        }
        if (decision == HeadDecision.EXEMPTED) {
            if (toleranceAppliedOn == null) {
                errors.add("toleranceAppliedOn", "acc.error.toleranceApplied");
            } else if (toleranceAppliedOn.isAfter(today)) {
                errors.add("toleranceAppliedOn", "acc.error.dateRange");
            }
        }
        boolean ruleNine = matter.trigger == MatterTrigger.PETTY_CORRUPTION && decision != null
                && !decision.holdsAccountable();
        String why = justification == null ? "" : justification.strip();
        if (ruleNine && why.isEmpty()) {
            errors.add("justification", "acc.error.justification");
        } else if (why.length() > MAX_REASONS) {
            errors.add("justification", "acc.error.tooLong", MAX_REASONS);
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        matter.decision = decision;
        matter.reasons = text;
        matter.decidedOn = today;
        matter.decidedBy = actor;
        matter.meeting = meeting;
        matter.meetingOn = meetingOn;
        matter.approvers = String.join("、", approvers);
        matter.toleranceAppliedOn = decision == HeadDecision.EXEMPTED ? toleranceAppliedOn : null;
        matter.justification = why.isEmpty() ? null : why;
        matter.approvalRequired = ruleNine;
        if (!ruleNine) {
            draftDecision(matter, actor);
        }
        return errors;
    }

    /** A second inspector approves a rule-9 matter's 免予问责 / 不予问责; the decider cannot approve their own. */
    @Transactional
    public FieldErrors approveDecision(long matterId, String actor) {
        FieldErrors errors = new FieldErrors();
        AccountabilityMatter matter = AccountabilityMatter.findById(matterId);
        if (matter == null || !matter.awaitingApproval()) {
            return errors.add("matter", "acc.error.notFound");
        }
        if (matter.decidedBy.equals(actor)) {
            return errors.add("approval", "acc.error.ownDecision");
        }
        matter.approvedBy = actor;
        matter.approvedOn = LocalDate.now(clock.withZone(ClockProducer.ZONE));
        draftDecision(matter, actor);
        return errors;
    }

    /** The 问责决定书, a draft until approved on the case's documents. */
    private void draftDecision(AccountabilityMatter matter, String actor) {
        String text = "经" + matter.meeting + "（" + matter.meetingOn + "）集体研究，" + matter.approvers + "审批同意。"
                + matter.reasons + (matter.justification == null ? "" : "\n" + matter.justification);
        drafts.draft(new Occasion.AccountabilityDecided(matter.caseId, matter.id, matter.unit.id,
                matter.head == null ? null : matter.head.name, matter.head == null ? null : matter.head.title,
                zh(matter.trigger), zh(matter.decision), !matter.decision.holdsAccountable(), text), actor);
    }

    /** The head's 申诉 against a decision in effect, lodged once. */
    @Transactional
    public FieldErrors lodgeHeadAppeal(long matterId, LocalDate lodgedOn, String grounds, String actor) {
        FieldErrors errors = new FieldErrors();
        AccountabilityMatter matter = AccountabilityMatter.findById(matterId);
        if (matter == null || !matter.decided() || matter.appealLodgedOn != null) {
            return errors.add("matter", "acc.error.notFound");
        }
        LocalDate today = LocalDate.now(clock.withZone(ClockProducer.ZONE));
        if (lodgedOn == null) {
            errors.add("lodgedOn", "acc.error.date");
        } else if (lodgedOn.isBefore(matter.decidedOn) || lodgedOn.isAfter(today)) {
            errors.add("lodgedOn", "acc.error.appealDate");
        }
        String text = grounds == null ? "" : grounds.strip();
        if (text.isEmpty()) {
            errors.add("grounds", "acc.error.grounds");
        } else if (text.length() > MAX_REASONS) {
            errors.add("grounds", "acc.error.tooLong", MAX_REASONS);
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        matter.appealLodgedOn = lodgedOn;
        matter.appealGrounds = text;
        return errors;
    }

    /** The outcome of the head's appeal: upheld, changed to another form (the one before is kept) or revoked. */
    @Transactional
    public FieldErrors decideHeadAppeal(long matterId, AppealOutcome outcome, HeadDecision changedTo,
            LocalDate decidedOn, String reasons, String actor) {
        FieldErrors errors = new FieldErrors();
        AccountabilityMatter matter = AccountabilityMatter.findById(matterId);
        if (matter == null || matter.appealLodgedOn == null || matter.appealOutcome != null) {
            return errors.add("matter", "acc.error.notFound");
        }
        if (outcome == null) {
            errors.add("outcome", "acc.error.outcome");
        } else if (outcome == AppealOutcome.CHANGED && (changedTo == null || !changedTo.holdsAccountable()
                || !HeadDecision.offered().contains(changedTo))) {
            errors.add("changedTo", "acc.error.decision");
        } else if (outcome == AppealOutcome.CHANGED && changedTo == matter.decision) {
            errors.add("changedTo", "acc.error.sameKind");
        }
        LocalDate today = LocalDate.now(clock.withZone(ClockProducer.ZONE));
        if (decidedOn == null) {
            errors.add("appealDecidedOn", "acc.error.date");
        } else if (decidedOn.isBefore(matter.appealLodgedOn) || decidedOn.isAfter(today)) {
            errors.add("appealDecidedOn", "acc.error.appealDate");
        }
        String text = reasons == null ? "" : reasons.strip();
        if (text.isEmpty()) {
            errors.add("appealReasons", "acc.error.reasons");
        } else if (text.length() > MAX_REASONS) {
            errors.add("appealReasons", "acc.error.tooLong", MAX_REASONS);
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        matter.appealOutcome = outcome;
        matter.appealDecidedOn = decidedOn;
        matter.appealReasons = text;
        matter.appealDecidedBy = actor;
        if (outcome == AppealOutcome.CHANGED) {
            matter.decisionBeforeAppeal = matter.decision;
            matter.decision = changedTo;
        }
        return errors;
    }

    private static String zh(Enum<?> value) {
        return Messages.get(Messages.CHINESE, TemplateText.keyOf(value));
    }

    /** Records what is done to one staff member after a conclusion that found the report (partly) true. */
    @Transactional
    public FieldErrors dispose(long caseId, Long staffId, DispositionKind kind, LocalDate decidedOn, String note,
            String actor) {
        return dispose(caseId, staffId, kind, null, decidedOn, note, actor);
    }

    /** As above, with 留党察看's period in months (12 or 24; ignored for the other kinds). */
    @Transactional
    public FieldErrors dispose(long caseId, Long staffId, DispositionKind kind, Integer probationMonths,
            LocalDate decidedOn, String note, String actor) {
        FieldErrors errors = new FieldErrors();
        CaseFile file = CaseFile.findById(caseId);
        if (file == null || !CONCLUDED.contains(file.state) || !Conclusion.found(file.conclusion)) {
            return errors.add("case", "acc.error.notFound");
        }
        Staff staff = staffId == null ? null : Staff.findById(staffId);
        if (staff == null) {
            errors.add("staff", "acc.error.staff");
        }
        if (kind == null) {
            errors.add("kind", "acc.error.kind");
        } else if (kind.periodChosen()
                && (probationMonths == null || !DispositionKind.PROBATION_MONTHS.contains(probationMonths))) {
            errors.add("probationMonths", "acc.error.probation");
        }
        LocalDate today = LocalDate.now(clock.withZone(ClockProducer.ZONE));
        if (decidedOn == null) {
            errors.add("decidedOn", "acc.error.date");
        } else if (decidedOn.isAfter(today)
                || decidedOn.isBefore(file.openedAt.atZoneSameInstant(ClockProducer.ZONE).toLocalDate())) {
            errors.add("decidedOn", "acc.error.dateRange");
        }
        String text = note == null ? "" : note.strip();
        if (text.length() > MAX_TEXT) {
            errors.add("note", "acc.error.tooLong", MAX_TEXT);
        }
        if (errors.isEmpty() && Disposition.count("caseId = ?1 and staff = ?2 and kind = ?3", caseId, staff, kind) > 0) {
            errors.add("kind", "acc.error.duplicate");
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        Disposition d = new Disposition();
        d.caseId = caseId;
        d.staff = staff;
        d.kind = kind;
        d.decidedOn = decidedOn;
        d.probationMonths = kind.periodChosen() ? probationMonths : null;
        d.effectUntil = kind.effectUntil(decidedOn, d.probationMonths).orElse(null);
        d.note = text.isEmpty() ? null : text;
        d.decidedBy = actor;
        d.persist();
        return errors;
    }

    /** Records that the person lodged a 申诉 / 复审 / 复核 against a disposition; one open at a time. */
    @Transactional
    public FieldErrors lodgeAppeal(long caseId, long dispositionId, AppealKind kind, LocalDate lodgedOn,
            String grounds, String actor) {
        FieldErrors errors = new FieldErrors();
        Disposition d = Disposition.findById(dispositionId);
        if (d == null || d.caseId != caseId) {
            return errors.add("case", "acc.error.notFound");
        }
        if (kind == null) {
            errors.add("appealKind", "acc.error.appealKind");
        }
        LocalDate today = LocalDate.now(clock.withZone(ClockProducer.ZONE));
        if (lodgedOn == null) {
            errors.add("lodgedOn", "acc.error.date");
        } else if (lodgedOn.isBefore(d.decidedOn) || lodgedOn.isAfter(today)) {
            errors.add("lodgedOn", "acc.error.appealDate");
        }
        String text = grounds == null ? "" : grounds.strip();
        if (text.isEmpty()) {
            errors.add("grounds", "acc.error.grounds");
        } else if (text.length() > MAX_REASONS) {
            errors.add("grounds", "acc.error.tooLong", MAX_REASONS);
        }
        if (errors.isEmpty() && DispositionAppeal.count("disposition = ?1 and outcome is null", d) > 0) {
            errors.add("appealKind", "acc.error.appealOpen");
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        DispositionAppeal appeal = new DispositionAppeal();
        appeal.disposition = d;
        appeal.kind = kind;
        appeal.lodgedOn = lodgedOn;
        appeal.grounds = text;
        appeal.recordedBy = actor;
        appeal.persist();
        return errors;
    }

    /**
     * The appeal's outcome: upheld (维持), changed (变更: another kind or period, counted from the original decision) or
     * revoked (撤销 from the day decided). A change keeps what the disposition was before in its history.
     */
    @Transactional
    public FieldErrors decideAppeal(long caseId, long appealId, AppealOutcome outcome, DispositionKind newKind,
            Integer newProbationMonths, LocalDate decidedOn, String reasons, String actor) {
        FieldErrors errors = new FieldErrors();
        DispositionAppeal appeal = DispositionAppeal.findById(appealId);
        if (appeal == null || appeal.disposition.caseId != caseId || appeal.outcome != null) {
            return errors.add("case", "acc.error.notFound");
        }
        Disposition d = appeal.disposition;
        if (outcome == null) {
            errors.add("outcome", "acc.error.outcome");
        } else if (outcome == AppealOutcome.CHANGED) {
            if (newKind == null) {
                errors.add("newKind", "acc.error.kind");
            } else if (newKind.periodChosen()
                    && (newProbationMonths == null || !DispositionKind.PROBATION_MONTHS.contains(newProbationMonths))) {
                errors.add("newProbationMonths", "acc.error.probation");
            } else if (newKind == d.kind && (!newKind.periodChosen() || newProbationMonths.equals(d.probationMonths))) {
                errors.add("newKind", "acc.error.sameKind");
            } else if (newKind != d.kind && Disposition.count("caseId = ?1 and staff = ?2 and kind = ?3", d.caseId,
                    d.staff, newKind) > 0) {
                errors.add("newKind", "acc.error.duplicate");
            }
        }
        LocalDate today = LocalDate.now(clock.withZone(ClockProducer.ZONE));
        if (decidedOn == null) {
            errors.add("appealDecidedOn", "acc.error.date");
        } else if (decidedOn.isBefore(appeal.lodgedOn) || decidedOn.isAfter(today)) {
            errors.add("appealDecidedOn", "acc.error.appealDate");
        }
        String text = reasons == null ? "" : reasons.strip();
        if (text.isEmpty()) {
            errors.add("appealReasons", "acc.error.reasons");
        } else if (text.length() > MAX_REASONS) {
            errors.add("appealReasons", "acc.error.tooLong", MAX_REASONS);
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        appeal.outcome = outcome;
        appeal.decidedOn = decidedOn;
        appeal.decisionReasons = text;
        appeal.decidedBy = actor;
        if (outcome != AppealOutcome.UPHELD) {
            DispositionChange change = new DispositionChange();
            change.disposition = d;
            change.fromKind = d.kind;
            change.fromProbationMonths = d.probationMonths;
            change.fromEffectUntil = d.effectUntil;
            change.effectiveOn = decidedOn;
            change.reasons = text;
            change.appeal = appeal;
            change.changedBy = actor;
            change.changedAt = OffsetDateTime.now(clock);
            if (outcome == AppealOutcome.REVOKED) {
                change.change = DispositionChange.Change.REVOKED;
                d.revokedOn = decidedOn;
            } else {
                change.change = DispositionChange.Change.CHANGED;
                d.kind = newKind;
                d.probationMonths = newKind.periodChosen() ? newProbationMonths : null;
                d.effectUntil = newKind.effectUntil(d.decidedOn, d.probationMonths).orElse(null);
                change.toKind = d.kind;
                change.toProbationMonths = d.probationMonths;
                change.toEffectUntil = d.effectUntil;
            }
            change.persist();
        }
        return errors;
    }

    /**
     * Proposes why a found case records no disposition for a staff member ({@code staffId}), or for a person never
     * identified ({@code staffId} null). It counts for the closing rule once another inspector approves it.
     */
    @Transactional
    public FieldErrors proposeWaiver(long caseId, Long staffId, WaiverReason reason, String note, String actor) {
        FieldErrors errors = new FieldErrors();
        CaseFile file = CaseFile.findById(caseId);
        if (file == null || !CONCLUDED.contains(file.state) || !Conclusion.found(file.conclusion)) {
            return errors.add("case", "acc.error.notFound");
        }
        Staff staff = staffId == null ? null : Staff.findById(staffId);
        if (staffId != null && staff == null) {
            errors.add("waiverStaff", "acc.error.staff");
        }
        if (reason == null) {
            errors.add("reason", "acc.error.waiverReason");
        }
        String text = note == null ? "" : note.strip();
        if (text.isEmpty()) {
            errors.add("waiverNote", "acc.error.waiverNote");
        } else if (text.length() > MAX_TEXT) {
            errors.add("waiverNote", "acc.error.tooLong", MAX_TEXT);
        }
        if (errors.isEmpty() && DispositionWaiver.count("caseId = ?1 and "
                + (staff == null ? "staff is null" : "staff = ?2"),
                staff == null ? new Object[] { caseId } : new Object[] { caseId, staff }) > 0) {
            errors.add("waiverStaff", "acc.error.waiverDuplicate");
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        DispositionWaiver waiver = new DispositionWaiver();
        waiver.caseId = caseId;
        waiver.staff = staff;
        waiver.reason = reason;
        waiver.note = text;
        waiver.proposedBy = actor;
        waiver.proposedAt = OffsetDateTime.now(clock);
        waiver.persist();
        return errors;
    }

    /** A second inspector approves a proposed reason; the proposer cannot approve their own. */
    @Transactional
    public FieldErrors approveWaiver(long caseId, long waiverId, String actor) {
        FieldErrors errors = new FieldErrors();
        DispositionWaiver waiver = DispositionWaiver.findById(waiverId);
        if (waiver == null || waiver.caseId != caseId || waiver.approved()) {
            return errors.add("case", "acc.error.notFound");
        }
        if (waiver.proposedBy.equals(actor)) {
            return errors.add("waiver", "acc.error.ownWaiver");
        }
        waiver.approvedBy = actor;
        waiver.approvedAt = OffsetDateTime.now(clock);
        return errors;
    }
}
