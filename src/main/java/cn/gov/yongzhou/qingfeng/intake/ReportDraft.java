package cn.gov.yongzhou.qingfeng.intake;

import cn.gov.yongzhou.qingfeng.category.Category;
import cn.gov.yongzhou.qingfeng.category.Subcategory;
import cn.gov.yongzhou.qingfeng.directory.UnitTree;
import cn.gov.yongzhou.qingfeng.intake.EvidenceInspector.CheckedFile;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** A report that passed every check, with typed and normalised values, ready to be stored. */
public record ReportDraft(
        Category category, Subcategory subcategory, UnitTree.Node unit, UnitTree.Window window,
        LocalDate occurredOn, LocalTime occurredTime, String place,
        String accusedName, String accusedBadge, String accusedDescription, String narrative,
        String reporterName, String idNumber, String phone, String email,
        boolean directlyServed, ContactPreference contactPreference, String locale,
        List<CheckedFile> evidence, java.time.OffsetDateTime phoneVerifiedAt, Identity identity, String applicationNo,
        String workOrderNo, cn.gov.yongzhou.qingfeng.directory.CadreLevel accusedLevel) {

    /**
     * Who the reporter is beyond name, number and contact: nothing at all for an anonymous report; for a real-name
     * one a person or a unit (with its 经办人), the ID document's type, and whom the report is made for.
     */
    public record Identity(boolean anonymous, ReporterKind kind, String agentName, IdType idType, String behalfName,
            String behalfRelation) {

        public static final Identity PERSON = new Identity(false, ReporterKind.PERSON, null, IdType.RESIDENT_ID, null,
                null);
        public static final Identity ANONYMOUS = new Identity(true, null, null, null, null, null);

        /** Whether anything differs from a person reporting for themselves with a resident ID. */
        boolean beyondPersonWithResidentId() {
            return !equals(PERSON);
        }
    }
}
