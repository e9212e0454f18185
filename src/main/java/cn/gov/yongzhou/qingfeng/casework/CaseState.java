package cn.gov.yongzhou.qingfeng.casework;

/** The states of a case (DOMAIN.md's life cycle). Intake opens every case as REGISTERED. */
public enum CaseState {
    /** 登记: received, waiting for the discipline body to accept it. */
    REGISTERED,
    /** 受理: accepted, to be assigned. */
    ACCEPTED,
    /** 不予受理: not accepted, with grounds. Final. */
    REJECTED,
    /** 转办: passed to another competent body. Final here. */
    TRANSFERRED,
    /** 交办: assigned to a handling unit with a deadline, waiting for it to sign. */
    ASSIGNED,
    /** 签收: the unit signed for it and verifies. */
    SIGNED_FOR,
    /** Findings submitted, waiting for the inspector's review (审核). */
    FINDINGS_SUBMITTED,
    /** 办结: the inspector approved the findings; the result goes to the reporter. */
    CONCLUDED,
    /** 异议 / 申请复核: the reporter objected within the window; the inspector reviews. */
    UNDER_REVIEW,
    /** 结案: filed. */
    CLOSED
}
