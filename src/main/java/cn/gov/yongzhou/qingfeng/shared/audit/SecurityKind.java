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
    GUESSING_SUSPECTED,
    /** An inspector asked to see a reporter's identity; a director decides. */
    REVEAL_REQUESTED,
    /** A director refused an inspector's request to see a reporter's identity. */
    REVEAL_REFUSED,
    /** An inspector saw a reporter's identity at once, on an emergency ground, for a director to review. */
    EMERGENCY_REVEAL
}
