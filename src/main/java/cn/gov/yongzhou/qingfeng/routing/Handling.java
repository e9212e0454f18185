package cn.gov.yongzhou.qingfeng.routing;

/** Where a routing rule sends the reports it matches. */
public enum Handling {
    /**
     * The accused's own unit: only by a rule marked as an explicit, reasoned exception, and never for petty
     * corruption, a report naming the head or a report about a discipline body. Even then the unit gets only the
     * inspector's 交办 summary.
     */
    OWN_UNIT,
    /**
     * The body that verifies for the discipline body (核查机构): the managing office of a service centre, a
     * department's resident discipline group, as the directory records for the unit or the nearest unit above it;
     * the area's discipline body where the directory names none.
     */
    VERIFYING_BODY,
    /** The discipline body of the accused unit's county or district; the city's for a city-level unit. */
    AREA_DISCIPLINE_BODY,
    /** 市纪委监委. */
    CITY_DISCIPLINE_BODY,
    /** One unit the rule names. */
    SPECIFIC_UNIT
}
