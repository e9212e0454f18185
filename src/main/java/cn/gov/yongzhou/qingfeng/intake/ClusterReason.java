package cn.gov.yongzhou.qingfeng.intake;

/** Why reports belong together in a repeat-target alert, most specific first. */
public enum ClusterReason {
    /** The same staff member: the same badge number, or the same name in the same unit */
    SAME_STAFF,
    /** The same service window */
    SAME_WINDOW,
    /** The same unit within a short time */
    SAME_UNIT
}
