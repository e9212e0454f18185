package cn.gov.yongzhou.qingfeng.calendar;

/** Why a day is, or is not, a working day. */
public enum DayReason {
    /** Monday to Friday, no holiday. */
    WORKDAY,
    /** Saturday or Sunday, no notice says otherwise. */
    WEEKEND,
    /** A public holiday of a State Council notice (放假), on whatever weekday it falls. */
    HOLIDAY,
    /** A Saturday or Sunday that a notice makes a workday (调休上班) to bridge a holiday. */
    MAKEUP_WORKDAY
}
