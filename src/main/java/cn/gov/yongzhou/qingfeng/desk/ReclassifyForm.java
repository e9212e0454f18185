package cn.gov.yongzhou.qingfeng.desk;

import cn.gov.yongzhou.qingfeng.category.Subcategory;
import cn.gov.yongzhou.qingfeng.directory.Unit;
import cn.gov.yongzhou.qingfeng.intake.Report;
import java.util.List;
import java.util.Map;

/**
 * The 更正 form on the inspector's case page: the report's facts as they stand, or what the inspector typed with the
 * message beside each field to correct; {@code units} to choose the accused unit from.
 */
public record ReclassifyForm(String category, String subcategory, String unit, String window, String accusedName,
        String accusedBadge, String accusedDescription, String reason, Map<String, String> err, List<Unit> units,
        List<Subcategory> subcategories) {

    static ReclassifyForm of(Report report, List<Unit> units) {
        return new ReclassifyForm(report.category.name(), report.subcategory.name(), report.unit.code,
                report.window == null ? "" : report.window.code, nz(report.accusedName), nz(report.accusedBadge),
                nz(report.accusedDescription), "", Map.of(), units, List.of(Subcategory.values()));
    }

    ReclassifyForm withErrors(Map<String, String> errors) {
        return new ReclassifyForm(category, subcategory, unit, window, accusedName, accusedBadge, accusedDescription,
                reason, errors, units, subcategories);
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }
}
