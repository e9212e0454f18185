package cn.gov.yongzhou.qingfeng.routing;

/** Why a report goes where it goes: the machine code of a {@link Route}. */
public enum RouteReason {
    /** An active rule decided; its own explanation says why. */
    RULE,
    /**
     * No usable rule: where the category sends its reports by default ({@link
     * cn.gov.yongzhou.qingfeng.category.Category#defaultHandler()}); the category's messages explain it.
     */
    CATEGORY_DEFAULT,
    /** The report names the head of the accused unit (or of a unit above it) at the time of the conduct. */
    NAMES_HEAD,
    /** About a county's discipline body itself: one level up, to the city's. */
    ABOUT_DISCIPLINE_BODY,
    /** About the city's discipline body itself: nothing above it in the directory, so it is transferred out. */
    ABOUT_CITY_DISCIPLINE_BODY
}
