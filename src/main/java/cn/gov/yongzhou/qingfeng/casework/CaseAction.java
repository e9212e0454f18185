package cn.gov.yongzhou.qingfeng.casework;

/** What can be written on a case's timeline. */
public enum CaseAction {
    /** 登记: the report was received and stored. */
    REGISTERED,
    /** 回执: the receipt mail was queued for the reporter. */
    RECEIPT_MAILED,
    /** A staff member downloaded an evidence file (chain of custody; not shown to the reporter). */
    EVIDENCE_DOWNLOADED
}
