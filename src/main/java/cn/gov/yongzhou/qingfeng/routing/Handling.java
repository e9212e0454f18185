package cn.gov.yongzhou.qingfeng.routing;

/** Where a routing rule sends the reports it matches. */
public enum Handling {
    /** The accused's own unit, under its head (never for petty corruption or a report naming the head). */
    OWN_UNIT,
    /** The discipline body of the accused unit's county or district; the city's for a city-level unit. */
    AREA_DISCIPLINE_BODY,
    /** 市纪委监委. */
    CITY_DISCIPLINE_BODY,
    /** One unit the rule names. */
    SPECIFIC_UNIT
}
