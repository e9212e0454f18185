package cn.gov.yongzhou.qingfeng.routing;

import cn.gov.yongzhou.qingfeng.directory.UnitKind;
import cn.gov.yongzhou.qingfeng.intake.Category;

/** A routing rule as it stood before or after a change, stored as JSON in its history (units by code). */
public record RuleSnapshot(Category category, String unitCode, UnitKind unitKind, Handling handling,
        String specificUnitCode, String explanationZh, String explanationEn, boolean active) {
}
