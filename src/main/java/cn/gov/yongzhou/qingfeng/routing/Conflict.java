package cn.gov.yongzhou.qingfeng.routing;

/** Whether a case may be assigned to a unit, and if not, why (see {@link RoutingPolicy#conflict}). */
public enum Conflict {
    NONE,
    /** The accused works in that unit, and this is not a report the unit may look into itself. */
    OWN_UNIT,
    /** The accused headed that unit when the conduct happened. */
    HEAD_OF_UNIT;

    public boolean refused() {
        return this != NONE;
    }
}
