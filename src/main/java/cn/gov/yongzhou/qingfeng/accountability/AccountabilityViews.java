package cn.gov.yongzhou.qingfeng.accountability;

import cn.gov.yongzhou.qingfeng.casework.CaseFile;
import cn.gov.yongzhou.qingfeng.casework.CaseState;
import cn.gov.yongzhou.qingfeng.casework.Conclusion;
import cn.gov.yongzhou.qingfeng.casework.DeadlineStage;
import cn.gov.yongzhou.qingfeng.category.Category;
import cn.gov.yongzhou.qingfeng.directory.Staff;
import cn.gov.yongzhou.qingfeng.directory.Unit;
import cn.gov.yongzhou.qingfeng.directory.UnitHead;
import cn.gov.yongzhou.qingfeng.intake.Report;
import cn.gov.yongzhou.qingfeng.shared.ClockProducer;
import cn.gov.yongzhou.qingfeng.shared.web.Bilingual;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What the accountability pages show, read in one transaction into plain records (no reporter in any of them). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AccountabilityViews {

    public record MatterRow(long id, MatterTrigger trigger, DeadlineStage stage, long caseId, String receiptNo,
            Bilingual unit, Long headId, String headName, String headTitle, LocalDate countedOn, LocalDate dueOn,
            boolean provisional, boolean overdue, HeadDecision decision, String reasons, LocalDate decidedOn,
            String decidedBy, Collective collective, Appeal appeal) {

        /** Rule 9: 免予问责 / 不予问责 need an approved justification. */
        public boolean ruleNine() {
            return trigger == MatterTrigger.PETTY_CORRUPTION;
        }

        public boolean awaitingApproval() {
            return collective != null && collective.approvalRequired() && collective.approvedBy() == null;
        }
    }

    public record Collective(String meeting, LocalDate meetingOn, String approvers, LocalDate toleranceAppliedOn,
            String justification, boolean approvalRequired, String approvedBy, LocalDate approvedOn) {
    }

    public record Appeal(LocalDate lodgedOn, String grounds, AppealOutcome outcome, LocalDate decidedOn,
            String reasons, String decidedBy, HeadDecision before) {
    }

    public record HeadTerm(long id, String name, String title, Bilingual unit, LocalDate start, LocalDate end) {
    }

    public record HeadView(HeadTerm head, List<HeadTerm> terms, List<MatterRow> matters) {
    }

    public record DispositionRow(long id, long caseId, String receiptNo, long staffId, String staffName, String badge,
            DispositionKind kind, Integer probationMonths, LocalDate decidedOn, LocalDate effectUntil,
            boolean inEffect, String note, String decidedBy, LocalDate revokedOn, List<AppealRow> appeals,
            List<ChangeRow> history) {

        /** The id as a form posts it back. */
        public String idText() {
            return String.valueOf(id);
        }

        /** The appeal still waiting for its outcome, if any. */
        public AppealRow openAppeal() {
            return appeals.stream().filter(a -> a.outcome() == null).findFirst().orElse(null);
        }
    }

    public record AppealRow(long id, AppealKind kind, LocalDate lodgedOn, String grounds, AppealOutcome outcome,
            LocalDate decidedOn, String reasons, String decidedBy) {
        public String idText() {
            return String.valueOf(id);
        }
    }

    public record ChangeRow(DispositionChange.Change change, DispositionKind fromKind, Integer fromProbationMonths,
            LocalDate fromEffectUntil, DispositionKind toKind, LocalDate effectiveOn, String reasons,
            String changedBy) {
    }

    public record StaffOption(long id, String name, String badge) {
        /** The id as the form posts it back. */
        public String value() {
            return String.valueOf(id);
        }
    }

    public record CaseView(long caseId, String receiptNo, Category category, CaseState state, Conclusion conclusion,
            Bilingual unit, boolean found, boolean clearable, List<StaffOption> staff,
            List<DispositionRow> dispositions, List<MatterRow> matters, NameClearing clearing,
            FalseAccusation falseAccusation, List<WaiverRow> waivers, List<String> outstanding,
            boolean nothingRecorded) {

        /** The manners of 澄清正名 and where a false accusation may go, for the forms. */
        public List<NameClearing.Manner> manners() {
            return List.of(NameClearing.Manner.values());
        }

        public List<FalseAccusation.PassedTo> recipients() {
            return List.of(FalseAccusation.PassedTo.values());
        }

        /** Whether the closing rule holds: nothing outstanding (always, for a case that was not found). */
        public boolean closable() {
            return outstanding.isEmpty() && !nothingRecorded;
        }
    }

    public record WaiverRow(long id, String staffName, String badge, WaiverReason reason, String note,
            String proposedBy, String approvedBy) {
    }

    public record StaffRecord(long id, String name, String badge, Bilingual unit, LocalDate on,
            List<DispositionRow> dispositions) {
    }

    private final Clock clock;
    private final ClosingRule closingRule;

    AccountabilityViews(Clock clock, ClosingRule closingRule) {
        this.clock = clock;
        this.closingRule = closingRule;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ClockProducer.ZONE));
    }

    public List<MatterRow> open() {
        return AccountabilityMatter.open().stream().map(this::row).toList();
    }

    public List<MatterRow> recentlyDecided(int max) {
        return AccountabilityMatter.<AccountabilityMatter> find("decision is not null order by decidedOn desc, id desc")
                .page(0, max).list().stream().map(this::row).toList();
    }

    public Optional<MatterRow> matter(long id) {
        return AccountabilityMatter.<AccountabilityMatter> findByIdOptional(id).map(this::row);
    }

    public Optional<HeadView> head(long headId) {
        return UnitHead.<UnitHead> findByIdOptional(headId).map(head -> new HeadView(term(head),
                head.terms().stream().map(AccountabilityViews::term).toList(),
                AccountabilityMatter.ofPerson(head).stream().map(this::row).toList()));
    }

    public Optional<CaseView> ofCase(long caseId) {
        CaseFile file = CaseFile.findById(caseId);
        if (file == null) {
            return Optional.empty();
        }
        Report report = Report.findById(file.reportId);
        boolean concluded = file.state == CaseState.CONCLUDED || file.state == CaseState.CLOSED;
        boolean found = concluded && Conclusion.found(file.conclusion);
        ClosingRule.Outstanding outstanding = closingRule.outstanding(file);
        List<StaffOption> staff = Staff.listActiveOf(report.unit).stream()
                .map(s -> new StaffOption(s.id, s.name, s.badgeNo)).toList();
        return Optional.of(new CaseView(file.id, report.receiptNo, report.category, file.state, file.conclusion,
                named(report.unit), found, NameClearings.open(file), staff,
                Disposition.ofCase(file.id).stream().map(this::row).toList(),
                AccountabilityMatter.ofCase(file.id).stream().map(this::row).toList(),
                NameClearing.ofCase(file.id).orElse(null), FalseAccusation.ofCase(file.id).orElse(null),
                DispositionWaiver.ofCase(file.id).stream().map(AccountabilityViews::row).toList(),
                outstanding.staff().stream().map(s -> s.badgeNo == null ? s.name : s.name + " (" + s.badgeNo + ")")
                        .toList(),
                outstanding.nothingRecorded()));
    }

    public Optional<StaffRecord> staff(long staffId, LocalDate on) {
        return Staff.<Staff> findByIdOptional(staffId).map(s -> new StaffRecord(s.id, s.name, s.badgeNo, named(s.unit),
                on, Disposition.ofStaff(s).stream().map(d -> row(d, on)).toList()));
    }

    private MatterRow row(AccountabilityMatter m) {
        Report report = CaseFile.<CaseFile> findByIdOptional(m.caseId).map(f -> (Report) Report.findById(f.reportId))
                .orElseThrow();
        return new MatterRow(m.id, m.trigger, m.stage, m.caseId, report.receiptNo, named(m.unit),
                m.head == null ? null : m.head.id, m.head == null ? null : m.head.name,
                m.head == null ? null : m.head.title, m.countedOn, m.dueOn, m.dueProvisional, m.overdueOn(today()),
                m.decision, m.reasons, m.decidedOn, m.decidedBy,
                m.decision == null ? null
                        : new Collective(m.meeting, m.meetingOn, m.approvers, m.toleranceAppliedOn,
                                m.justification, m.approvalRequired, m.approvedBy, m.approvedOn),
                m.appealLodgedOn == null ? null
                        : new Appeal(m.appealLodgedOn, m.appealGrounds, m.appealOutcome,
                                m.appealDecidedOn, m.appealReasons, m.appealDecidedBy, m.decisionBeforeAppeal));
    }

    private DispositionRow row(Disposition d) {
        return row(d, today());
    }

    private DispositionRow row(Disposition d, LocalDate on) {
        String receipt = CaseFile.<CaseFile> findByIdOptional(d.caseId)
                .map(f -> ((Report) Report.findById(f.reportId)).receiptNo).orElse("");
        return new DispositionRow(d.id, d.caseId, receipt, d.staff.id, d.staff.name, d.staff.badgeNo, d.kind,
                d.probationMonths, d.decidedOn, d.effectUntil, d.inEffectOn(on), d.note, d.decidedBy, d.revokedOn,
                DispositionAppeal.of(d).stream().map(a -> new AppealRow(a.id, a.kind, a.lodgedOn, a.grounds, a.outcome,
                        a.decidedOn, a.decisionReasons, a.decidedBy)).toList(),
                DispositionChange.of(d).stream().map(c -> new ChangeRow(c.change, c.fromKind, c.fromProbationMonths,
                        c.fromEffectUntil, c.toKind, c.effectiveOn, c.reasons, c.changedBy)).toList());
    }

    private static WaiverRow row(DispositionWaiver w) {
        return new WaiverRow(w.id, w.staff == null ? null : w.staff.name, w.staff == null ? null : w.staff.badgeNo,
                w.reason, w.note, w.proposedBy, w.approvedBy);
    }

    private static HeadTerm term(UnitHead h) {
        return new HeadTerm(h.id, h.name, h.title, named(h.unit), h.startDate, h.endDate);
    }

    private static Bilingual named(Unit unit) {
        return Bilingual.of(unit.name, unit.nameEn);
    }
}
