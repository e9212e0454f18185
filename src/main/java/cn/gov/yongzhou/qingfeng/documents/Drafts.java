package cn.gov.yongzhou.qingfeng.documents;

import cn.gov.yongzhou.qingfeng.calendar.CalendarService;
import cn.gov.yongzhou.qingfeng.casework.CaseAction;
import cn.gov.yongzhou.qingfeng.casework.CaseChased;
import cn.gov.yongzhou.qingfeng.casework.CaseDeadline;
import cn.gov.yongzhou.qingfeng.casework.CaseEvent;
import cn.gov.yongzhou.qingfeng.casework.CaseFile;
import cn.gov.yongzhou.qingfeng.casework.CaseMoved;
import cn.gov.yongzhou.qingfeng.casework.Casework;
import cn.gov.yongzhou.qingfeng.casework.DeadlineStage;
import cn.gov.yongzhou.qingfeng.directory.Unit;
import cn.gov.yongzhou.qingfeng.intake.Report;
import cn.gov.yongzhou.qingfeng.shared.ClockProducer;
import cn.gov.yongzhou.qingfeng.shared.web.Messages;
import cn.gov.yongzhou.qingfeng.shared.web.TemplateText;
import io.quarkus.logging.Log;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Drafts a case's documents at the steps that call for them, in the step's own transaction: the case's steps
 * through casework's events ({@link CaseMoved}, {@link CaseChased}), accountability decisions and typical cases
 * through {@link #draft(Occasion, String)}. A draft has its wording from the kind's template and no number; staff
 * edit it and an approver approves it ({@link Documents}).
 */
@ApplicationScoped
public class Drafts {

    @CheckedTemplate(basePath = "documents/kinds", defaultName = CheckedTemplate.ELEMENT_NAME)
    static class Kinds {
        static native TemplateInstance ACCEPTANCE_NOTICE(Facts f);

        static native TemplateInstance REJECTION_NOTICE(Facts f);

        static native TemplateInstance TRANSFER_LETTER(Facts f);

        static native TemplateInstance ASSIGNMENT_LETTER(Facts f);

        static native TemplateInstance CHASE_NOTICE(Facts f);

        static native TemplateInstance SUPERVISION_LETTER(Facts f);

        static native TemplateInstance FEEDBACK_OPINION(Facts f);

        static native TemplateInstance ACCOUNTABILITY_DECISION(Facts f);

        static native TemplateInstance CIRCULAR(Facts f);
    }

    private final Clock clock;
    private final CalendarService calendar;
    private final DocumentsConfig config;
    private final Casework casework;
    private final cn.gov.yongzhou.qingfeng.casework.Briefs briefs;

    Drafts(Clock clock, CalendarService calendar, DocumentsConfig config, Casework casework,
            cn.gov.yongzhou.qingfeng.casework.Briefs briefs) {
        this.briefs = briefs;
        this.clock = clock;
        this.calendar = calendar;
        this.config = config;
        this.casework = casework;
    }

    void onCaseMoved(@Observes CaseMoved moved) {
        DocumentKind kind = switch (moved.transition()) {
            case ACCEPT -> DocumentKind.ACCEPTANCE_NOTICE;
            case REJECT -> DocumentKind.REJECTION_NOTICE;
            case TRANSFER -> DocumentKind.TRANSFER_LETTER;
            case ASSIGN -> DocumentKind.ASSIGNMENT_LETTER;
            case APPROVE, UPHOLD, CONCLUDE_INQUIRY, DISMISS, REFER -> DocumentKind.FEEDBACK_OPINION;
            default -> null;
        };
        if (kind == null) {
            return;
        }
        CaseFile file = CaseFile.findById(moved.caseId());
        Report report = Report.findById(moved.reportId());
        CaseEvent step = CaseEvent.latest(file, moved.transition().action).orElse(null);
        Facts.Builder facts = common(report);
        facts.reason = step == null || step.note == null ? "" : step.note;
        facts.conclusion = file.conclusion == null ? "" : label(file.conclusion);
        Unit addressee = null;
        LocalDate reportBy = null;
        if (kind == DocumentKind.ASSIGNMENT_LETTER) {
            addressee = Unit.findById(file.assignedUnitId);
            reportBy = CaseDeadline.open(file, DeadlineStage.INVESTIGATION).map(d -> d.dueOn).orElse(null);
            facts.reportBy = reportBy == null ? "" : DateNumerals.arabic(reportBy);
            // the letter carries the approved 交办 summary, never the report's words or its exact date (issue 12)
            briefs.of(file.id).ifPresent(b -> {
                facts.matter = b.alleging();
                facts.text = b.toVerify();
                facts.occurredOn = b.period();
            });
        }
        if (kind == DocumentKind.FEEDBACK_OPINION) {
            facts.objectionUntil = casework.objectionOpenUntil(file.id).map(DateNumerals::arabic).orElse("");
        }
        String recipient = kind.forReporter() ? reporter(report)
                : addressee != null ? addressee.name : "";
        create(kind, file, null, report.unit, addressee, recipient, facts.build(), reportBy,
                step == null ? Casework.SYSTEM : step.actor);
    }

    void onCaseChased(@Observes CaseChased chased) {
        boolean byHand = !Casework.SYSTEM.equals(chased.actor());
        DocumentKind kind = chased.step() == CaseAction.REMINDED && byHand ? DocumentKind.CHASE_NOTICE
                : chased.step() == CaseAction.ESCALATED && (byHand || config.draftOnSweepEscalation())
                        ? DocumentKind.SUPERVISION_LETTER
                        : null;
        if (kind == null) {
            return;
        }
        CaseFile file = CaseFile.findById(chased.caseId());
        Report report = Report.findById(chased.reportId());
        Unit responsible = file.responsibleFor(chased.stage(), report.unit).orElse(null);
        Facts.Builder facts = common(report);
        facts.stage = Messages.get(Messages.CHINESE, TemplateText.keyOf(chased.stage()) + ".staff");
        facts.dueOn = DateNumerals.arabic(chased.dueOn());
        LocalDate reportBy = kind == DocumentKind.SUPERVISION_LETTER
                ? calendar.addWorkingDays(today(), config.supervisionReplyWorkingDays()).date()
                : chased.dueOn();
        facts.reportBy = DateNumerals.arabic(reportBy);
        create(kind, file, null, report.unit, responsible, responsible == null ? "" : responsible.name,
                facts.build(), reportBy, chased.actor());
    }

    /** The documents of steps outside the case's life cycle; in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<CaseDocument> draft(Occasion occasion, String actor) {
        CaseFile file = CaseFile.findById(occasion.caseId());
        Report report = Report.findById(file.reportId);
        Facts.Builder facts = common(report);
        if (occasion instanceof Occasion.AccountabilityDecided d) {
            Unit unit = Unit.findById(d.unitId());
            facts.unitName = unit.name;
            facts.headName = d.headName() == null ? "" : d.headName();
            facts.headTitle = d.headTitle() == null ? "" : d.headTitle();
            facts.matter = d.matter();
            facts.decision = d.decision();
            facts.exempted = d.exempted();
            facts.text = d.reasons();
            return create(DocumentKind.ACCOUNTABILITY_DECISION, file, "matter:" + d.matterId(), report.unit, unit,
                    unit.name, facts.build(), null, actor);
        }
        Occasion.TypicalCasePublished t = (Occasion.TypicalCasePublished) occasion;
        facts.reason = t.title();
        facts.text = t.body();
        return create(DocumentKind.CIRCULAR, file, "typical:" + t.typicalCaseId(), report.unit, null,
                config.circularRecipients(),
                facts.build(), null, actor);
    }

    private Optional<CaseDocument> create(DocumentKind kind, CaseFile file, String subject, Unit accusedUnit,
            Unit addressee, String recipient, Facts facts, LocalDate reportBy, String actor) {
        Unit issuer = Unit.nearest(kind.issuer, accusedUnit.area().orElse(null)).orElse(null);
        if (issuer == null) {
            // the admin's directory lacks the body: the step goes on, the document waits for a body to issue it
            Log.warnf("no %s in the directory for case %d: %s not drafted", kind.issuer, file.id, kind);
            return Optional.empty();
        }
        if (subject != null && CaseDocument.count("caseId = ?1 and kind = ?2 and subject = ?3", file.id, kind,
                subject) > 0) {
            return Optional.empty();
        }
        List<String> lines = render(kind, facts).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        CaseDocument doc = new CaseDocument();
        doc.caseId = file.id;
        doc.kind = kind;
        doc.state = CaseDocument.State.DRAFT;
        doc.subject = subject;
        doc.issuerUnitId = issuer.id;
        doc.addresseeUnitId = addressee == null ? null : addressee.id;
        doc.title = limit(lines.isEmpty() ? kind.chineseName : lines.get(0), Documents.MAX_TITLE);
        doc.recipient = recipient == null ? "" : recipient;
        doc.body = String.join("\n", lines.subList(Math.min(1, lines.size()), lines.size()));
        doc.copyTo = config.copyTo().get(kind);
        doc.reportBy = reportBy;
        doc.draftedBy = actor;
        doc.draftedAt = OffsetDateTime.now(clock);
        doc.persist();
        return Optional.of(doc);
    }

    private static String render(DocumentKind kind, Facts f) {
        TemplateInstance template = switch (kind) {
            case ACCEPTANCE_NOTICE -> Kinds.ACCEPTANCE_NOTICE(f);
            case REJECTION_NOTICE -> Kinds.REJECTION_NOTICE(f);
            case TRANSFER_LETTER -> Kinds.TRANSFER_LETTER(f);
            case ASSIGNMENT_LETTER -> Kinds.ASSIGNMENT_LETTER(f);
            case CHASE_NOTICE -> Kinds.CHASE_NOTICE(f);
            case SUPERVISION_LETTER -> Kinds.SUPERVISION_LETTER(f);
            case FEEDBACK_OPINION -> Kinds.FEEDBACK_OPINION(f);
            case ACCOUNTABILITY_DECISION -> Kinds.ACCOUNTABILITY_DECISION(f);
            case CIRCULAR -> Kinds.CIRCULAR(f);
        };
        return template.render();
    }

    /** What every kind may say about the case: its receipt, dates, the accused unit and the category. */
    private Facts.Builder common(Report report) {
        Facts.Builder f = Facts.builder();
        f.receiptNo = report.receiptNo;
        f.caseRef = CaseFile.findByReport(report.id).map(CaseFile::reference).orElse("");
        f.receivedOn = DateNumerals.arabic(report.receivedAt.atZoneSameInstant(ClockProducer.ZONE).toLocalDate());
        f.occurredOn = DateNumerals.arabic(report.occurredOn);
        f.unitName = report.unit.name;
        f.category = label(report.category);
        f.subcategory = label(report.subcategory).replaceFirst("（.*$", "");
        f.today = DateNumerals.arabic(today());
        return f;
    }

    /** The reporter's name as the 主送 of their own documents; empty once retention erased it. */
    private static String reporter(Report report) {
        return report.reporterName == null ? "" : report.reporterName.strip();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ClockProducer.ZONE));
    }

    private static String label(Enum<?> value) {
        return Messages.get(Messages.CHINESE, TemplateText.keyOf(value));
    }

    private static String limit(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
