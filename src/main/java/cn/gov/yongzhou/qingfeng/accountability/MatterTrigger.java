package cn.gov.yongzhou.qingfeng.accountability;

import cn.gov.yongzhou.qingfeng.category.Category.HeadAccountability;

/**
 * Why an accountability matter was opened against a unit's head. The stored names of the first two are those of the
 * categories that first had these rules; what opens them is the category's {@link HeadAccountability}.
 */
public enum MatterTrigger {
    /** A substantiated (or partly) case of a category whose head answers for every found case: rule 9 */
    PETTY_CORRUPTION,
    /** The unit crossed the threshold of substantiated cases of a category in a rolling window: rule 8 */
    REPEATED_ARROGANT_SERVICE,
    /** A limit the unit had to meet stayed overdue after escalation (督办): failing to handle */
    OVERDUE_AFTER_ESCALATION;

    /** The matter a found case opens under its category's rule, when the rule's condition holds. */
    static MatterTrigger ofFoundCase(HeadAccountability rule) {
        return switch (rule) {
            case EVERY_FOUND_CASE -> PETTY_CORRUPTION;
            case REPEATED_FOUND_CASES -> REPEATED_ARROGANT_SERVICE;
        };
    }
}
