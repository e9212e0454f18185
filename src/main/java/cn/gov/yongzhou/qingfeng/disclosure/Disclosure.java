package cn.gov.yongzhou.qingfeng.disclosure;

import cn.gov.yongzhou.qingfeng.accountability.CaseOutcomes;
import cn.gov.yongzhou.qingfeng.accountability.DispositionKind;
import cn.gov.yongzhou.qingfeng.accountability.HeadDecision;
import cn.gov.yongzhou.qingfeng.casework.CaseFile;
import cn.gov.yongzhou.qingfeng.casework.CaseState;
import cn.gov.yongzhou.qingfeng.casework.Conclusion;
import cn.gov.yongzhou.qingfeng.directory.Staff;
import cn.gov.yongzhou.qingfeng.documents.Drafts;
import cn.gov.yongzhou.qingfeng.documents.Occasion;
import cn.gov.yongzhou.qingfeng.intake.Report;
import cn.gov.yongzhou.qingfeng.shared.web.FieldErrors;
import cn.gov.yongzhou.qingfeng.shared.web.Messages;
import cn.gov.yongzhou.qingfeng.shared.web.TemplateText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Prepares, approves, publishes and withdraws typical cases. The text is checked against what must never be
 * published: anything of the reporter's, and the full names of the unit's staff (通报 style names them 张某; under
 * {@link DisclosureConfig.Naming#FULL} the staff dealt with in the case may be named). A case is published only once
 * its outcome is settled: everyone dealt with, no appeal pending, a disposition that stands.
 */
@ApplicationScoped
public class Disclosure {

    public static final int MAX_TITLE = 200;
    public static final int MAX_BODY = 5000;
    /** The blanks of the first draft: a text still holding one is not finished. */
    static final List<String> BLANKS = List.of("（查证的事实）", "（处理或处分）", "（问责情况）");

    private final Clock clock;
    private final Drafts drafts;
    private final CaseOutcomes outcomes;
    private final DisclosureConfig config;

    Disclosure(Clock clock, Drafts drafts, CaseOutcomes outcomes, DisclosureConfig config) {
        this.clock = clock;
        this.drafts = drafts;
        this.outcomes = outcomes;
        this.config = config;
    }

    /** The policy in force, for the pages that explain it. */
    public DisclosureConfig.Naming naming() {
        return config.naming();
    }

    /** Why the case's outcome cannot be published yet (a message key), or empty when it is settled. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> unsettled(long caseId) {
        return outcomes.of(caseId).unsettled().map(u -> "pub.unsettled." + u.name());
    }

    /** Whether a case can become a typical case: concluded as (partly) true, not yet prepared. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean canPrepare(long caseId) {
        CaseFile file = CaseFile.findById(caseId);
        return file != null && (file.state == CaseState.CONCLUDED || file.state == CaseState.CLOSED)
                && Conclusion.found(file.conclusion) && TypicalCase.ofCase(caseId).isEmpty();
    }

    /** A first text for the inspector to edit: what happened where, in 通报 style, with blanks to fill. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String[]> draftText(long caseId) {
        if (!canPrepare(caseId)) {
            return Optional.empty();
        }
        CaseFile file = CaseFile.findById(caseId);
        Report report = Report.findById(file.reportId);
        CaseOutcomes.Outcome outcome = outcomes.of(caseId);
        String title = report.unit.name + "工作人员" + label(report) + "问题";
        StringBuilder body = new StringBuilder().append(report.occurredOn.getYear()).append("年")
                .append(report.occurredOn.getMonthValue()).append("月，");
        List<CaseOutcomes.Dealt> dealt = outcome.dealt();
        if (config.naming() == DisclosureConfig.Naming.FULL && !dealt.isEmpty()) {
            Staff first = dealt.get(0).staff();
            body.append(first.unit.name).append(first.window == null ? "" : first.window.name).append("工作人员")
                    .append(first.name);
        } else {
            body.append(report.unit.name).append("工作人员×某");
        }
        body.append("在办理业务时存在").append(label(report)).append("问题。经查，（查证的事实）。");
        if (dealt.isEmpty()) {
            body.append("×某受到（处理或处分）；");
        } else {
            List<String> measures = new ArrayList<>();
            dealt.forEach(d -> measures.add(measure(nameOf(d.staff()), d.kind())));
            body.append(String.join("；", measures)).append("；");
        }
        List<HeadDecision> heads = outcome.heads().stream().filter(HeadDecision::holdsAccountable).toList();
        body.append(heads.isEmpty() ? "单位主要负责人（问责情况）。" : "单位主要负责人受到" + zh(heads.get(0)) + "问责。");
        return Optional.of(new String[] { title, body.toString() });
    }

    /** How the text calls a staff member under the policy in force. */
    private String nameOf(Staff staff) {
        return config.naming() == DisclosureConfig.Naming.FULL ? staff.name : "×某";
    }

    /** 通报 wording of one disposition: 受到警告处分 for a sanction, 被调离窗口岗位 for any other measure. */
    static String measure(String name, DispositionKind kind) {
        String words = zh(kind).replaceAll("（[^）]*）", "");
        return kind.sanction() ? name + "受到" + words + "处分" : name + "被" + words;
    }

    private static String zh(Enum<?> value) {
        return Messages.get(Messages.CHINESE, TemplateText.keyOf(value));
    }

    /** The category as a 通报 names it; the draft is written in Chinese whatever the inspector's language. */
    private static String label(Report report) {
        return Messages.get(Messages.CHINESE, TemplateText.keyOf(report.category) + ".notice");
    }

    @Transactional
    public FieldErrors prepare(long caseId, String title, String body, String actor) {
        FieldErrors errors = new FieldErrors();
        if (!canPrepare(caseId)) {
            return errors.add("case", "pub.error.notPreparable");
        }
        CaseFile file = CaseFile.findById(caseId);
        Report report = Report.findById(file.reportId);
        check(errors, report, outcomes.of(caseId), title, body);
        if (!errors.isEmpty()) {
            return errors;
        }
        TypicalCase typical = new TypicalCase();
        typical.caseId = caseId;
        typical.title = title.strip();
        typical.body = body.strip();
        typical.category = report.category;
        typical.unit = report.unit;
        typical.area = report.unit.area().orElse(null);
        typical.year = report.occurredOn.getYear();
        typical.publication = Publication.draftBy(actor, OffsetDateTime.now(clock));
        typical.persist();
        return errors;
    }

    /** The preparer corrects the draft; once published the text stays as the public saw it. */
    @Transactional
    public FieldErrors edit(long id, String title, String body, String actor) {
        FieldErrors errors = new FieldErrors();
        TypicalCase typical = TypicalCase.findById(id);
        if (typical == null || !typical.publication.is(PublicationState.DRAFT)) {
            return errors.add("case", "pub.error.notDraft");
        }
        check(errors, reportOf(typical), outcomes.of(typical.caseId), title, body);
        if (!errors.isEmpty()) {
            return errors;
        }
        typical.title = title.strip();
        typical.body = body.strip();
        typical.publication.preparedBy(actor, OffsetDateTime.now(clock));
        return errors;
    }

    /** A second inspector approves the draft, and it is published at once. */
    @Transactional
    public FieldErrors approve(long id, String actor) {
        FieldErrors errors = new FieldErrors();
        TypicalCase typical = TypicalCase.findById(id);
        if (typical == null) {
            return errors.add("case", "pub.error.notDraft");
        }
        if (!typical.publication.approvableBy(actor, "case", errors)) {
            return errors;
        }
        // 处理结果 are published once they stand: nobody left to deal with, no appeal that may change them
        CaseOutcomes.Outcome outcome = outcomes.of(typical.caseId);
        outcome.unsettled().ifPresent(u -> errors.add("approve", "pub.unsettled." + u.name()));
        check(errors, reportOf(typical), outcome, typical.title, typical.body);
        if (!errors.isEmpty()) {
            return errors;
        }
        typical.publication.publish(actor, OffsetDateTime.now(clock));
        // the 通报 of the case, a draft until approved on the case's documents
        drafts.draft(new Occasion.TypicalCasePublished(typical.caseId, typical.id, typical.title, typical.body),
                actor);
        return errors;
    }

    @Transactional
    public FieldErrors withdraw(long id, String reason, String actor) {
        FieldErrors errors = new FieldErrors();
        TypicalCase typical = TypicalCase.findById(id);
        if (typical == null) {
            return errors.add("case", "pub.error.notPublished");
        }
        typical.publication.withdraw(reason, actor, OffsetDateTime.now(clock), "case", errors);
        return errors;
    }

    private static Report reportOf(TypicalCase typical) {
        return Report.findById(CaseFile.<CaseFile> findById(typical.caseId).reportId);
    }

    /** What the text may not say, each found item named so the inspector can take it out. */
    private void check(FieldErrors errors, Report report, CaseOutcomes.Outcome outcome, String title, String body) {
        String t = title == null ? "" : title.strip();
        String b = body == null ? "" : body.strip();
        if (t.isEmpty()) {
            errors.add("title", "pub.error.title");
        } else if (t.length() > MAX_TITLE) {
            errors.add("title", "pub.error.tooLong", MAX_TITLE);
        }
        if (b.isEmpty()) {
            errors.add("body", "pub.error.body");
        } else if (b.length() > MAX_BODY) {
            errors.add("body", "pub.error.tooLong", MAX_BODY);
        }
        BLANKS.stream().filter(b::contains).findFirst().ifPresent(blank -> errors.add("body", "pub.error.blank", blank));
        screen(errors, "body", report, outcome, t + "\n" + b);
    }

    /** The text of a case's publication screened for what may never be published: the reporter, staff in full. */
    void screen(FieldErrors errors, String field, long caseId, String words) {
        CaseFile file = CaseFile.findById(caseId);
        screen(errors, field, Report.findById(file.reportId), outcomes.of(caseId), words);
    }

    private void screen(FieldErrors errors, String field, Report report, CaseOutcomes.Outcome outcome, String words) {
        // compared as written in any width, spacing or punctuation: 上官\u200b婉儿, 诸葛·明月, 139 3113 6478
        Mentions text = Mentions.in(words);
        boolean reporter = text.word(report.reporterName) || text.word(report.reporterEmail)
                || text.word(report.reporterAgent) || text.word(report.onBehalfOf)
                || text.number(report.reporterPhone) || text.number(report.reporterIdNumber);
        if (reporter) {
            errors.add(field, "pub.error.reporter");
        }
        // under the full-name policy the staff dealt with in the case may be named; nobody else, whatever the policy
        List<String> named = new ArrayList<>();
        if (config.naming() == DisclosureConfig.Naming.FULL) {
            outcome.dealt().forEach(d -> named.add(d.staff().name.strip()));
        }
        List<String> names = new ArrayList<>();
        if (report.accusedName != null && report.accusedName.strip().length() >= 2) {
            names.add(report.accusedName.strip());
        }
        Staff.everyoneOf(report.unit).forEach(s -> {
            if (s.name != null && s.name.strip().length() >= 2) {
                names.add(s.name.strip());
            }
        });
        // those dealt with may work for another unit (a window staffed by a department)
        outcome.dealt().forEach(d -> names.add(d.staff().name.strip()));
        names.stream().filter(n -> !named.contains(n)).filter(text::word).findFirst()
                .ifPresent(name -> errors.add(field, config.naming() == DisclosureConfig.Naming.FULL
                        ? "pub.error.fullNameOther"
                        : "pub.error.fullName", name));
    }
}
