package cn.gov.yongzhou.qingfeng.casework;

/** What can be written on a case's timeline: the transitions, and what happens beside them. */
public enum CaseAction {
    /** 登记: the report was received and stored. */
    REGISTERED,
    ACCEPTED,
    REJECTED,
    TRANSFERRED,
    ASSIGNED,
    /** 谈话函询 started. */
    INQUIRY_STARTED,
    /** 谈话函询 ended with a conclusion: 办结. */
    INQUIRY_CONCLUDED,
    /** 暂存待查 */
    HELD,
    /** 予以了结: 办结 without verification. */
    DISMISSED,
    /** 移送审查调查 */
    REFERRED,
    SIGNED_FOR,
    FINDINGS_SUBMITTED,
    APPROVED,
    SENT_BACK,
    OBJECTED,
    UPHELD,
    /** 重新核查: the review takes the clue up again (new facts or evidence, or verification wanting). */
    REOPENED,
    CLOSED,
    /** 延期: the handling unit asked for more time on a stage. */
    EXTENSION_REQUESTED,
    EXTENSION_APPROVED,
    EXTENSION_REFUSED,
    /** 催办: a limit is close; the handler was reminded. */
    REMINDED,
    /** 督办: a limit passed; the supervision office and the unit's head were alerted. */
    ESCALATED,
    /** 超期: still overdue after the further interval; recorded against the unit. */
    RECORDED_OVERDUE,
    /** 评价: the reporter rated the handling (the level is on the satisfaction record, not the timeline). */
    RATED,
    /** 回访: an inspector followed up a bad rating with the reporter. */
    FOLLOWED_UP,
    /** 数据清除: the retention period passed; the reporter's personal data and the evidence were erased. */
    PERSONAL_DATA_ERASED,
    /**
     * 档案保管: the retention period passed, but the case holds dispositions or accountability that an appeal or the
     * archive may need; it is kept sealed until the archive period ends, then erased.
     */
    KEPT_AS_ARCHIVE,
    /** 回执: the receipt mail went out to the reporter. */
    RECEIPT_MAILED,
    /** An inspector revealed the reporter's identity, with the reason (never shown to the reporter's counterparts). */
    IDENTITY_REVEALED,
    /** A staff member downloaded an evidence file (chain of custody; not shown to the reporter). */
    EVIDENCE_DOWNLOADED,
    /** 告知 / 反馈: the reporter was told (a delivered text or mail, or a call, letter or visit recorded). */
    REPORTER_TOLD,
    /** A notice to the reporter could not be delivered: an inspector must tell them by phone (internal). */
    NOTICE_UNDELIVERED,
    /** The reporter proved the phone on file and set a new query password. */
    PASSWORD_RESET,
    /** 文书签发: a document of the case was approved, numbered and signed; the note holds number and SHA-256. */
    DOCUMENT_ISSUED,
    /** 交办摘要: an inspector wrote and approved the summary a handling unit receives instead of the report. */
    BRIEF_APPROVED,
    /** 并案: this report was merged into another case of the same matter (a repeat recognised, or by hand). */
    MERGED,
    /**
     * 重复举报: the same person reported the same matter again while its case is open; registered, kept on file and
     * merged into that case at once (the note names it).
     */
    REPEAT_REGISTERED,
    /** On the case a report was merged into: which case came in, and why. */
    REPEAT_MERGED,
    /** 拆分: a merged report was split off and registered again as a case of its own. */
    SPLIT,
    /** On the case a merged report was split off from. */
    REPEAT_SPLIT,
    /**
     * 更正: an inspector corrected the category, subcategory, accused unit, window or accused after reading the report;
     * routing and the limits follow (what changed is kept by intake's correction record; the note is the reason).
     */
    RECLASSIFIED,
    /** 移交管辖: the case went to another discipline body's inspectors (handed down by the city's, or moved up). */
    BODY_CHANGED,
    /** An inspector asked a director (分管领导) to approve a look at the reporter's identity, with the reason. */
    REVEAL_REQUESTED,
    /** A director refused a request to see the reporter's identity, with the reason. */
    REVEAL_REFUSED,
    /** 整改: what a bad rating was about was rectified (the note is on the follow-up, sealed). */
    RATING_RECTIFIED,
    /** 申诉复核: the body appealed a rating as mistaken or malicious. */
    RATING_APPEALED,
    /** 申诉复核: a second inspector decided the appeal of a rating. */
    RATING_APPEAL_DECIDED,
    /** 指定承办人: an inspector of the holding body was named to handle the case (the note is their user name). */
    OFFICER_NAMED,
    /** The named officer declared that no ground for 回避 applies, before first reading the case. */
    NO_CONFLICT_DECLARED,
    /** 回避: the named officer declared a conflict and is off the case (the note is the ground). */
    RECUSED
}
