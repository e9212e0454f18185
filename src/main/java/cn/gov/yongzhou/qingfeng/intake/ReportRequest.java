package cn.gov.yongzhou.qingfeng.intake;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The multipart fields of {@code POST /api/v1/reports} as the OpenAPI document shows them: {@link ReportForm} is what
 * the server binds; this class only describes it (names, types, which are required, examples). Every text field is
 * checked on the server as on the public form; a bad value comes back as 400 with the field's name.
 */
@Schema(name = "ReportRequest", description = "A report as multipart/form-data. Text fields are UTF-8. A real-name "
        + "report (identity REAL_NAME, the default) needs reporterName, idNumber (not for a unit), phone and "
        + "contactPreference; an anonymous one (identity ANONYMOUS, petty corruption only) needs none of them and "
        + "keeps none.", requiredProperties = { "category", "subcategory", "unit", "occurredDate", "place", "narrative",
                "directlyServed", "declaration", "consent" })
public class ReportRequest {

    @Schema(description = "PETTY_CORRUPTION (rule 9) or ARROGANT_SERVICE (rule 8)", enumeration = { "ARROGANT_SERVICE",
            "PETTY_CORRUPTION" }, example = "PETTY_CORRUPTION")
    public String category;
    @Schema(description = "A subcategory of the category (see the categories in the README), e.g. HINTING, "
            + "MONEY_OR_GIFTS, HARD_FACE", example = "HINTING")
    public String subcategory;
    @Schema(description = "The accused unit's code (GET /api/v1/units)", example = "LL-ZWFW")
    public String unit;
    @Schema(description = "The service window's code, of that unit (optional)", example = "LL-03")
    public String window;
    @Schema(description = "When it happened, yyyy-MM-dd, not in the future", format = "date", example = "2026-11-20")
    public String occurredDate;
    @Schema(description = "HH:mm (optional)", example = "10:30")
    public String occurredTime;
    @Schema(description = "Where it happened, at most 200 characters", maxLength = 200, example = "零陵区政务服务中心 不动产登记窗口")
    public String place;
    @Schema(description = "At least one of accusedName, accusedBadge, accusedDescription", maxLength = 50)
    public String accusedName;
    @Schema(maxLength = 30, example = "LL0301")
    public String accusedBadge;
    @Schema(maxLength = 500, example = "戴眼镜的男性工作人员")
    public String accusedDescription;
    @Schema(description = "What happened (length limits: qingfeng.intake.narrative.*)", example = "办理不动产登记时，工作人员暗示“懂规矩”就能当天办好，我没有给，被要求下周再来。")
    public String narrative;
    @Schema(description = "办件编号 of the application concerned (optional): 4–40 letters, digits and - _ / .", maxLength = 40, example = "431102-2026-0001234")
    public String applicationNo;
    @Schema(description = "What the accused is, as far as the reporter knows (optional); a county-level cadre managed "
            + "by the city (COUNTY) is handled by the city's discipline body", enumeration = { "WINDOW_STAFF", "GENERAL",
                    "SECTION", "COUNTY", "UNKNOWN" })
    public String accusedLevel;
    @Schema(description = "The 12345 work-order number this report comes from (optional): 4–40 letters, digits and "
            + "hyphens; GET /api/v1/reports/work-orders/{no} finds the report again", maxLength = 40, example = "GD-2026-000123")
    public String workOrderNo;
    @Schema(description = "REAL_NAME (default) or ANONYMOUS; ANONYMOUS only for PETTY_CORRUPTION (rule 9), else 400 "
            + "on 'identity'. An anonymous report stores no identity and its reporter is told nothing except through "
            + "the receipt and password", enumeration = { "REAL_NAME", "ANONYMOUS" }, defaultValue = "REAL_NAME")
    public String identity;
    @Schema(description = "PERSON (default) or UNIT: a unit or company reports under its name, with agentName", enumeration = {
            "PERSON", "UNIT" }, defaultValue = "PERSON")
    public String reporterKind;
    @Schema(description = "The reporter's real name, or a unit's full name (real-name reports)", maxLength = 60, example = "张三")
    public String reporterName;
    @Schema(description = "A unit's 经办人 (required when reporterKind is UNIT)", maxLength = 30)
    public String agentName;
    @Schema(description = "The ID document's type; each has its own format check", defaultValue = "RESIDENT_ID", enumeration = {
            "RESIDENT_ID", "HK_MACAO_PERMIT", "TAIWAN_PERMIT", "FOREIGN_PERMANENT_RESIDENT", "PASSPORT" })
    public String idType;
    @Schema(description = "The document's number (not required for a unit)", example = "11010519491231002X")
    public String idNumber;
    @Schema(description = "A mainland mobile (11 digits, +86 allowed) or a landline with its area code "
            + "(0746-8221234, extension allowed)", example = "13912345678")
    public String phone;
    @Schema(description = "Optional; required when contactPreference is EMAIL", format = "email")
    public String email;
    @Schema(description = "Reporting on someone's behalf: that person's name (then behalfRelation is required)")
    public String behalfName;
    @Schema(description = "The reporter's relation to behalfName, at most 20 characters", example = "母亲")
    public String behalfRelation;
    @Schema(description = "yes: the reporter is the person served; no: a bystander (registered and handled, marked)", enumeration = {
            "yes", "no" }, example = "yes")
    public String directlyServed;
    @Schema(description = "How to reach a real-name reporter; SMS needs a mobile", enumeration = { "PHONE", "SMS",
            "EMAIL" }, example = "PHONE")
    public String contactPreference;
    @Schema(description = "The reporter's truthfulness declaration: on, true, yes or 1", example = "on")
    public String declaration;
    @Schema(description = "Consent to processing personal information: on, true, yes or 1", example = "on")
    public String consent;
    @Schema(description = "How the report reached the calling system", enumeration = { "API", "PHONE", "LETTER",
            "VISIT" }, defaultValue = "API")
    public String channel;
    @Schema(description = "Evidence files (photos, PDF, audio, video), one part named 'evidence' each; at most 6 "
            + "and 80 MB together; their type is decided from the bytes, never from the name")
    public List<EvidenceFile> evidence;

    /** One evidence part: a file's bytes. */
    @Schema(name = "EvidenceFile", type = SchemaType.STRING, format = "binary")
    public static class EvidenceFile {
    }
}
