package cn.gov.yongzhou.qingfeng.shared.audit;

/** What the security log records. */
public enum SecurityKind {
    IDENTITY_REVEALED,
    ADMIN_CHANGE,
    SIGN_IN,
    SIGN_IN_FAILED,
    RATE_LIMITED,
    SESSION_TIMED_OUT
}
