package cn.gov.yongzhou.qingfeng.routing;

import cn.gov.yongzhou.qingfeng.category.Category;
import cn.gov.yongzhou.qingfeng.directory.UnitKind;

/**
 * A routing rule as it stood before or after a change, stored as JSON in its history (units by code); {@code
 * exceptionReason} is null for a rule that is no exception, and in history written before issue 12.
 */
public record RuleSnapshot(Category category, String unitCode, UnitKind unitKind, Handling handling,
        String specificUnitCode, String explanationZh, String explanationEn, boolean active, String exceptionReason) {
}
