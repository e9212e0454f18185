package cn.gov.yongzhou.qingfeng.intake;

import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The report as typed, field by field, before any check: the web form and the API post the same
 * multipart fields. Kept as text so a form with errors comes back exactly as the citizen left it.
 */
public class ReportForm {

    @RestForm
    public String category;
    @RestForm
    public String subcategory;
    /** The unit's code from the directory. */
    @RestForm
    public String unit;
    /** The service window's code (optional). */
    @RestForm
    public String window;
    /** yyyy-MM-dd */
    @RestForm
    public String occurredDate;
    /** HH:mm (optional) */
    @RestForm
    public String occurredTime;
    @RestForm
    public String place;
    @RestForm
    public String accusedName;
    @RestForm
    public String accusedBadge;
    @RestForm
    public String accusedDescription;
    /** A {@link cn.gov.yongzhou.qingfeng.directory.CadreLevel} name (optional). */
    @RestForm
    public String accusedLevel;
    @RestForm
    public String narrative;
    /** REAL_NAME (the default) or ANONYMOUS: anonymous only for petty corruption (rule 9); then nothing below is kept. */
    @RestForm
    public String identity;
    /** PERSON (the default) or UNIT: a unit or company reports under its name, with its 经办人. */
    @RestForm
    public String reporterKind;
    /** The reporter's name; for a unit, the unit's or company's name. */
    @RestForm
    public String reporterName;
    /** A unit's 经办人: the person acting for it. */
    @RestForm
    public String agentName;
    /** RESIDENT_ID (the default), HK_MACAO_PERMIT, TAIWAN_PERMIT, FOREIGN_PERMANENT_RESIDENT or PASSPORT. */
    @RestForm
    public String idType;
    /** Reporting on behalf of someone (an elderly relative, say): that person's name. */
    @RestForm
    public String behalfName;
    /** And how the reporter is related to them. */
    @RestForm
    public String behalfRelation;
    /** 办件编号: the number of the application the report concerns (optional). */
    @RestForm
    public String applicationNo;
    @RestForm
    public String idNumber;
    @RestForm
    public String phone;
    @RestForm
    public String email;
    /** "yes" or "no": rule 8 takes reports of arrogant service only from the person directly served. */
    @RestForm
    public String directlyServed;
    @RestForm
    public String contactPreference;
    /** The truthfulness declaration: any of on/true/yes. */
    @RestForm
    public String declaration;
    /** Consent to the processing of personal information: any of on/true/yes. */
    @RestForm
    public String consent;
    /** API only: how the report reached the calling system (API, PHONE, LETTER, VISIT). */
    @RestForm
    public String channel;
    /** API and staff registration: the 12345 hotline's work-order number (工单编号) when the report came as one. */
    @RestForm
    public String workOrderNo;
    /** The web form's one-time key: a double tap or a reload submits the same report once. */
    @RestForm
    public String submissionKey;
    /** The six-digit code sent to {@link #phone} (public form only). */
    @RestForm
    public String code;
    /** "send-code": the form's 获取验证码 button without JavaScript; the form comes back as typed. */
    @RestForm
    public String action;
    /** Set by the page once the code proved the number; never read from the request. */
    public java.time.OffsetDateTime phoneVerifiedAt;

    @RestForm("evidence")
    public List<FileUpload> evidence = new ArrayList<>();

    public List<IncomingFile> incomingFiles() {
        List<IncomingFile> files = new ArrayList<>();
        if (evidence != null) {
            for (FileUpload upload : evidence) {
                files.add(new IncomingFile(upload.fileName(), upload.uploadedFile(), upload.size()));
            }
        }
        return files;
    }

    public boolean hadFiles() {
        return incomingFiles().stream().anyMatch(f -> f.size() > 0);
    }

    public static boolean isChecked(String value) {
        return value != null && (value.equalsIgnoreCase("on") || value.equalsIgnoreCase("true")
                || value.equalsIgnoreCase("yes") || value.equals("1"));
    }
}
