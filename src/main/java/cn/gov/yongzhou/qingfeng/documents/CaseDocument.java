package cn.gov.yongzhou.qingfeng.documents;

import cn.gov.yongzhou.qingfeng.shared.BaseEntity;
import cn.gov.yongzhou.qingfeng.shared.crypto.Encrypted;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** 公文: one document of a case, a draft until approved, then numbered, signed and frozen. */
@Entity
@Table(name = "case_document")
public class CaseDocument extends BaseEntity {

    public enum State {
        DRAFT,
        APPROVED
    }

    @Column(name = "case_id", nullable = false)
    public Long caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DocumentKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public State state;

    public String subject;

    @Column(name = "issuer_unit_id", nullable = false)
    public Long issuerUnitId;

    @Column(name = "addressee_unit_id")
    public Long addresseeUnitId;

    @Column(nullable = false)
    public String title;

    /** 主送: the reporter's name on their own documents, a body's name on the others. */
    @Convert(converter = Encrypted.class)
    @Column(name = "recipient_enc", nullable = false)
    public String recipient;

    /** 正文, a paragraph a line. */
    @Convert(converter = Encrypted.class)
    @Column(name = "body_enc", nullable = false)
    public String body;

    /** 附件说明: the names of the attachments, a line each; null for none. */
    public String attachments;

    @Column(name = "copy_to")
    public String copyTo;

    /** The day by which the receiving body reports back (交办函, 督办函, 催办通知). */
    @Column(name = "report_by")
    public LocalDate reportBy;

    @Column(name = "drafted_by", nullable = false)
    public String draftedBy;

    @Column(name = "drafted_at", nullable = false)
    public OffsetDateTime draftedAt;

    public String word;

    public Integer year;

    public Integer seq;

    /** The 发文字号 as printed, e.g. 永纪信〔2027〕15号. */
    public String number;

    @Column(name = "approved_by")
    public String approvedBy;

    @Column(name = "approved_at")
    public OffsetDateTime approvedAt;

    public String sha256;

    @Column(name = "size_bytes")
    public Integer sizeBytes;

    @Version
    public int version;

    public boolean approved() {
        return state == State.APPROVED;
    }

    /** 正文 a paragraph at a time, as the page shows it. */
    public List<String> paragraphs() {
        return Sheet.paragraphs(body);
    }

    /** The first 16 hex digits of the digest, for a register's column. */
    public String shortDigest() {
        return sha256 == null ? "" : sha256.substring(0, 16);
    }

    public List<String> attachmentList() {
        return Sheet.paragraphs(attachments);
    }

    public static List<CaseDocument> ofCase(long caseId) {
        return list("caseId = ?1 order by id", caseId);
    }

    public static List<CaseDocument> drafts() {
        return list("state = ?1 order by id", State.DRAFT);
    }

    /** The register of one body and year: its numbered documents in the order of their numbers. */
    public static List<CaseDocument> register(long issuerUnitId, int year) {
        return list("issuerUnitId = ?1 and year = ?2 and state = ?3 order by word, seq", issuerUnitId, year,
                State.APPROVED);
    }
}
