package cn.gov.yongzhou.qingfeng.accountability;

/** Why an accountability matter was opened against a unit's head. */
public enum MatterTrigger {
    /** A substantiated (or partly) petty-corruption case in the unit: rule 9 */
    PETTY_CORRUPTION,
    /** The unit crossed the threshold of substantiated arrogant-service cases in a rolling window: rule 8 */
    REPEATED_ARROGANT_SERVICE,
    /** A limit the unit had to meet stayed overdue after escalation (督办): failing to handle */
    OVERDUE_AFTER_ESCALATION
}
