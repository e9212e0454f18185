package cn.gov.yongzhou.qingfeng.casework;

/** The states of a case (DOMAIN.md's life cycle). Intake opens every case as REGISTERED. */
public enum CaseState {
    REGISTERED,
    ACCEPTED,
    REJECTED,
    TRANSFERRED,
    ASSIGNED,
    SIGNED_FOR,
    FINDINGS_SUBMITTED,
    CONCLUDED,
    CLOSED
}
