package cn.gov.yongzhou.qingfeng.casework;

import cn.gov.yongzhou.qingfeng.shared.BaseEntity;
import cn.gov.yongzhou.qingfeng.shared.crypto.Encrypted;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * 交办摘要: what a body verifying on the discipline body's behalf receives instead of the report (art. 47 of the 2020
 * rules). Written and approved by an inspector through {@link Briefs}; the only account of the case a handler sees.
 */
@Entity
@Table(name = "case_brief")
public class CaseBrief extends BaseEntity {

    @Column(name = "case_id", nullable = false, unique = true)
    public Long caseId;

    /** What is alleged, in the inspector's words. */
    @Convert(converter = Encrypted.class)
    @Column(name = "alleged_enc", nullable = false)
    public String alleged;

    /** Where: the unit, the service hall or window as far as verification needs it. */
    @Convert(converter = Encrypted.class)
    @Column(name = "place_enc", nullable = false)
    public String place;

    /** Roughly when (2026年11月上旬), never the exact time. */
    @Column(nullable = false)
    public String period;

    /** What to verify. */
    @Convert(converter = Encrypted.class)
    @Column(name = "to_verify_enc", nullable = false)
    public String toVerify;

    @Column(name = "approved_by", nullable = false)
    public String approvedBy;

    @Column(name = "approved_at", nullable = false)
    public OffsetDateTime approvedAt;

    public static Optional<CaseBrief> of(long caseId) {
        return find("caseId", caseId).firstResultOptional();
    }
}
