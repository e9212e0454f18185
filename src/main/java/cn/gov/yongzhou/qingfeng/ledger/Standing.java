package cn.gov.yongzhou.qingfeng.ledger;

/** Where a unit's assessment score stands against the configured thresholds. */
public enum Standing {
    /** At or above {@link LedgerConfig#aboveAt()}: 先进. */
    ABOVE,
    /** Between the thresholds. */
    WITHIN,
    /** Below {@link LedgerConfig#belowUnder()}: 后进, to be held to account at year end. */
    BELOW
}
