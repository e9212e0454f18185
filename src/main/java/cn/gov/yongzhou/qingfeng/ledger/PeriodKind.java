package cn.gov.yongzhou.qingfeng.ledger;

/** The length of a ledger period. */
public enum PeriodKind {
    MONTH,
    QUARTER,
    YEAR
}
