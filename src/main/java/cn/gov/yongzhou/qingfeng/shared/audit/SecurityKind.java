package cn.gov.yongzhou.qingfeng.shared.audit;

/** What the security log records. */
public enum SecurityKind {
    IDENTITY_REVEALED,
    ADMIN_CHANGE,
    SIGN_IN,
    SIGN_IN_FAILED,
    RATE_LIMITED,
    SESSION_TIMED_OUT,
    /** A reporter proved the phone on file with a code and set a new query password. */
    PASSWORD_RESET,
    /** An address was locked out of one receipt (or of all) after too many wrong query passwords. */
    TRACKING_LOCKED,
    /** Many wrong query passwords for one receipt from several addresses: someone may be guessing. */
    GUESSING_SUSPECTED
}
