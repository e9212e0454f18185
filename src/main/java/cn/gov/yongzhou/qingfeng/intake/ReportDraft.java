package cn.gov.yongzhou.qingfeng.intake;

import cn.gov.yongzhou.qingfeng.category.Category;
import cn.gov.yongzhou.qingfeng.category.Subcategory;
import cn.gov.yongzhou.qingfeng.directory.ServiceWindow;
import cn.gov.yongzhou.qingfeng.directory.Unit;
import cn.gov.yongzhou.qingfeng.intake.EvidenceInspector.CheckedFile;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** A report that passed every check, with typed and normalised values, ready to be stored. */
public record ReportDraft(
        Category category, Subcategory subcategory, Unit unit, ServiceWindow window,
        LocalDate occurredOn, LocalTime occurredTime, String place,
        String accusedName, String accusedBadge, String accusedDescription, String narrative,
        String reporterName, String idNumber, String phone, String email,
        boolean directlyServed, ContactPreference contactPreference, String locale,
        List<CheckedFile> evidence, java.time.OffsetDateTime phoneVerifiedAt,
        cn.gov.yongzhou.qingfeng.directory.CadreLevel accusedLevel) {
}
