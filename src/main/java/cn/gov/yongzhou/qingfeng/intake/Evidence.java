package cn.gov.yongzhou.qingfeng.intake;

import cn.gov.yongzhou.qingfeng.shared.BaseEntity;
import cn.gov.yongzhou.qingfeng.shared.crypto.Encrypted;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;

/** One evidence file's record of custody; its sealed bytes are in {@link EvidenceContent}. */
@Entity
@Table(name = "evidence")
public class Evidence extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id")
    public Report report;

    @Column(nullable = false)
    public int seq;

    /** The name the citizen's device gave the file; it may itself say something personal, so it is sealed. */
    @Convert(converter = Encrypted.class)
    @Column(name = "file_name_enc", nullable = false)
    public String fileName;

    /** Decided from the bytes, never from the name or the browser's claim. */
    @Column(name = "media_type", nullable = false)
    public String mediaType;

    @Column(name = "size_bytes", nullable = false)
    public long sizeBytes;

    @Column(nullable = false)
    public String sha256;

    @Column(name = "received_at", nullable = false)
    public OffsetDateTime receivedAt;

    public static List<Evidence> listFor(Report report) {
        return list("report = ?1 order by seq", report);
    }
}
