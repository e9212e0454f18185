package cn.gov.yongzhou.qingfeng.documents;

import cn.gov.yongzhou.qingfeng.directory.UnitKind;
import io.quarkus.qute.TemplateEnum;
import java.util.List;

/**
 * The documents of a case: who reads each (the reporter, or staff of other bodies), which body issues it, the
 * series of numbers it takes by default, who approves it, and whether the handling unit it is addressed to may
 * read it. The wording of each lives in its template, {@code templates/documents/kinds/{KIND}.txt}.
 */
@TemplateEnum
public enum DocumentKind {
    /** 受理告知书: to the real-name reporter, the report is accepted. */
    ACCEPTANCE_NOTICE("受理告知书", Audience.REPORTER, UnitKind.DISCIPLINE_BODY, "纪信", false),
    /** 不予受理告知书: to the reporter, not accepted, with the grounds. */
    REJECTION_NOTICE("不予受理告知书", Audience.REPORTER, UnitKind.DISCIPLINE_BODY, "纪信", false),
    /** 转办函: to the competent body the matter goes to. */
    TRANSFER_LETTER("转办函", Audience.STAFF, UnitKind.DISCIPLINE_BODY, "纪信", false),
    /** 交办函: to the handling unit, with the date by which it reports back. */
    ASSIGNMENT_LETTER("交办函", Audience.STAFF, UnitKind.DISCIPLINE_BODY, "纪信", true),
    /** 催办通知: the supervision office reminds the body that must act before a limit. */
    CHASE_NOTICE("催办通知", Audience.STAFF, UnitKind.SUPERVISION_OFFICE, "督", true),
    /** 督办函: the supervision office to a body whose limit has passed. */
    SUPERVISION_LETTER("督办函", Audience.STAFF, UnitKind.SUPERVISION_OFFICE, "督", true),
    /** 反馈意见书: the result, to the reporter. */
    FEEDBACK_OPINION("反馈意见书", Audience.REPORTER, UnitKind.DISCIPLINE_BODY, "纪信", false),
    /** 问责决定书: the decision on a unit head. */
    ACCOUNTABILITY_DECISION("问责决定书", Audience.STAFF, UnitKind.DISCIPLINE_BODY, "纪问", false),
    /** 通报: a typical case circulated. */
    CIRCULAR("通报", Audience.STAFF, UnitKind.DISCIPLINE_BODY, "纪通", false);

    /** Who a document is for: the reporter's own, or staff documents (which never hold the reporter). */
    public enum Audience {
        REPORTER,
        STAFF
    }

    /** What the document is called (受理告知书), as the timeline and a title without a template say it. */
    public final String chineseName;
    public final Audience audience;
    /** The kind of body that issues it: the discipline body of the accused unit's area, or the supervision office. */
    public final UnitKind issuer;
    /** Appended to the first character of the body's name for the default 机关代字 (永 + 纪信 = 永纪信). */
    public final String series;
    /** Whether the handling unit it is addressed to may read it on its desk. */
    public final boolean toHandlingUnit;

    DocumentKind(String chineseName, Audience audience, UnitKind issuer, String series, boolean toHandlingUnit) {
        this.chineseName = chineseName;
        this.audience = audience;
        this.issuer = issuer;
        this.series = series;
        this.toHandlingUnit = toHandlingUnit;
    }

    public boolean forReporter() {
        return audience == Audience.REPORTER;
    }

    /** Who approves it unless configured: the supervision office its own letters, inspectors the rest. */
    public List<String> defaultApprovers() {
        return issuer == UnitKind.SUPERVISION_OFFICE ? List.of("supervisor") : List.of("inspector");
    }
}
