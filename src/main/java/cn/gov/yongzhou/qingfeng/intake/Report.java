package cn.gov.yongzhou.qingfeng.intake;

import cn.gov.yongzhou.qingfeng.category.Category;
import cn.gov.yongzhou.qingfeng.category.Subcategory;
import cn.gov.yongzhou.qingfeng.directory.ServiceWindow;
import cn.gov.yongzhou.qingfeng.directory.Unit;
import cn.gov.yongzhou.qingfeng.shared.BaseEntity;
import cn.gov.yongzhou.qingfeng.shared.crypto.Encrypted;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A report as the citizen filed it: real-name (a person or a unit), or anonymous (petty corruption only). What happens to it
 * next lives in casework.
 */
@Entity
@Table(name = "report")
public class Report extends BaseEntity {

    @Column(name = "receipt_no", nullable = false, unique = true)
    public String receiptNo;

    @Column(name = "password_hash", nullable = false)
    public String passwordHash;

    @Column(name = "submission_key_hash", nullable = false, unique = true)
    public String submissionKeyHash;

    @Column(nullable = false)
    public String fingerprint;

    /** Whether fingerprint and submission key hash are keyed hashes; rows from before are re-keyed at start. */
    @Column(name = "hashes_keyed", nullable = false)
    public boolean hashesKeyed = true;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Category category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Subcategory subcategory;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    public Unit unit;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "window_id")
    public ServiceWindow window;

    @Column(name = "occurred_on", nullable = false)
    public LocalDate occurredOn;

    @Column(name = "occurred_time")
    public LocalTime occurredTime;

    @Convert(converter = Encrypted.class)
    @Column(name = "place_enc", nullable = false)
    public String place;

    @Column(name = "accused_name")
    public String accusedName;

    @Column(name = "accused_badge")
    public String accusedBadge;

    @Convert(converter = Encrypted.class)
    @Column(name = "accused_description_enc")
    public String accusedDescription;

    /** What the accused is as far as the reporter knows (干部管理权限); null when not said. */
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "accused_level")
    public cn.gov.yongzhou.qingfeng.directory.CadreLevel accusedLevel;

    @Convert(converter = Encrypted.class)
    @Column(name = "narrative_enc", nullable = false)
    public String narrative;

    @Convert(converter = Encrypted.class)
    @Column(name = "reporter_name_enc", nullable = false)
    public String reporterName;

    @Convert(converter = Encrypted.class)
    @Column(name = "reporter_id_no_enc", nullable = false)
    public String reporterIdNumber;

    @Convert(converter = Encrypted.class)
    @Column(name = "reporter_phone_enc", nullable = false)
    public String reporterPhone;

    @Convert(converter = Encrypted.class)
    @Column(name = "reporter_email_enc")
    public String reporterEmail;

    /** An anonymous report (petty corruption only): no name, number or contact is kept; ranks after real-name ones. */
    @Column(nullable = false)
    public boolean anonymous;

    /** PERSON or UNIT; meaningless for an anonymous report. */
    @Enumerated(EnumType.STRING)
    @Column(name = "reporter_kind", nullable = false)
    public ReporterKind reporterKind = ReporterKind.PERSON;

    /** A unit's 经办人. */
    @Convert(converter = Encrypted.class)
    @Column(name = "reporter_agent_enc")
    public String reporterAgent;

    /** The document {@link #reporterIdNumber} belongs to. */
    @Enumerated(EnumType.STRING)
    @Column(name = "id_type", nullable = false)
    public IdType idType = IdType.RESIDENT_ID;

    /** Whom the report is made for, when the reporter reports on someone's behalf; and how they are related. */
    @Convert(converter = Encrypted.class)
    @Column(name = "on_behalf_of_enc")
    public String onBehalfOf;

    @Convert(converter = Encrypted.class)
    @Column(name = "on_behalf_relation_enc")
    public String onBehalfRelation;

    /** 办件编号 of the application concerned, as the reporter gave it. */
    @Column(name = "application_no")
    public String applicationNo;

    /** When the reporter proved the mobile number with a code; null when not proved (staff, API, codes off). */
    @Column(name = "phone_verified_at")
    public OffsetDateTime phoneVerifiedAt;

    @Column(name = "reporter_id_no_index", nullable = false)
    public String reporterIdNumberIndex;

    @Column(name = "reporter_phone_index", nullable = false)
    public String reporterPhoneIndex;

    @Column(name = "directly_served", nullable = false)
    public boolean directlyServed;

    @Enumerated(EnumType.STRING)
    @Column(name = "contact_preference")
    public ContactPreference contactPreference;

    @Column(name = "declared_truthful", nullable = false)
    public boolean declaredTruthful;

    @Column(name = "consented_processing", nullable = false)
    public boolean consentedProcessing;

    @Column(nullable = false)
    public String locale;

    @Column(name = "received_at", nullable = false)
    public OffsetDateTime receivedAt;

    /** The 12345 hotline's work-order number (工单编号) when the report came as one; searchable both ways. */
    @Column(name = "work_order_no")
    public String workOrderNo;

    /** The reports filed under a 12345 work-order number, oldest first (a number with NUL matches none). */
    public static List<Report> findByWorkOrder(String workOrderNo) {
        String no = workOrderNo == null ? "" : workOrderNo.strip().toUpperCase(java.util.Locale.ROOT);
        if (no.isEmpty() || no.indexOf('\0') >= 0) {
            return List.of();
        }
        return list("workOrderNo = ?1 order by receivedAt, id", no);
    }

    public static Optional<Report> findByReceipt(String receiptNo) {
        // a receipt number with NUL cannot be stored, so none matches; PostgreSQL would refuse the query itself
        if (receiptNo == null || receiptNo.indexOf('\0') >= 0) {
            return Optional.empty();
        }
        return find("receiptNo", receiptNo).firstResultOptional();
    }

    /** These reports by id, in one query. */
    public static Map<Long, Report> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return Report.<Report> list("id in ?1", List.copyOf(ids)).stream().collect(Collectors.toMap(r -> r.id, r -> r));
    }

    public static Optional<Report> findBySubmissionKeyHash(String hash) {
        return find("submissionKeyHash", hash).firstResultOptional();
    }

    /** The reporter's name as the tracking page may show it: family name only (张**). */
    /** When the retention job erased the reporter's personal data; null while it is kept. */
    @Column(name = "anonymised_at")
    public OffsetDateTime anonymisedAt;

    public String maskedReporterName() {
        return masked(reporterName);
    }

    /** A person's name as staff see it before a reveal: the family name only (张**). */
    public static String masked(String personName) {
        String name = personName == null ? "" : personName.strip();
        if (name.isEmpty()) {
            return "";
        }
        int first = name.offsetByCodePoints(0, 1);
        return name.substring(0, first) + "*".repeat(Math.max(1, name.codePointCount(first, name.length())));
    }
}
