package cn.gov.yongzhou.qingfeng.accountability;

import cn.gov.yongzhou.qingfeng.directory.Staff;
import cn.gov.yongzhou.qingfeng.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;

/** A reason why a found case records no disposition for a staff member (or for a person never identified). */
@Entity
@Table(name = "disposition_waiver")
public class DispositionWaiver extends BaseEntity {

    @Column(name = "case_id", nullable = false)
    public Long caseId;

    /** Null: the person at fault could not be identified. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "staff_id")
    public Staff staff;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public WaiverReason reason;

    @Column(nullable = false)
    public String note;

    @Column(name = "proposed_by", nullable = false)
    public String proposedBy;

    @Column(name = "proposed_at", nullable = false)
    public OffsetDateTime proposedAt;

    @Column(name = "approved_by")
    public String approvedBy;

    @Column(name = "approved_at")
    public OffsetDateTime approvedAt;

    public boolean approved() {
        return approvedBy != null;
    }

    public static List<DispositionWaiver> ofCase(long caseId) {
        return list("caseId = ?1 order by id", caseId);
    }
}
