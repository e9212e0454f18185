package cn.gov.yongzhou.qingfeng.casework;

import cn.gov.yongzhou.qingfeng.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Optional;

/** 案件: the case opened for one report; its state changes only through {@link Casework}. */
@Entity
@Table(name = "case_file")
public class CaseFile extends BaseEntity {

    @Column(name = "report_id", nullable = false, unique = true)
    public Long reportId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CaseState state;

    /** The category and subcategory names of the report (intake's), which choose the deadline policy. */
    @Column(nullable = false)
    public String category;

    @Column(nullable = false)
    public String subcategory;

    @Column(name = "opened_at", nullable = false)
    public OffsetDateTime openedAt;

    /** The unit handling the case since it was assigned (交办); null before. */
    @Column(name = "assigned_unit_id")
    public Long assignedUnitId;

    /** The conclusion decided on approval (核查结论); null until then. */
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Conclusion conclusion;

    /** The earliest due date among the open limits (kept by {@link Deadlines}); the queues sort by it. */
    @Column(name = "next_due")
    @org.hibernate.annotations.OptimisticLock(excluded = true) // bookkeeping, not a step anyone could collide with
    public java.time.LocalDate nextDue;

    /** Two people acting on one case at once: the second sees a conflict, not a silent overwrite. */
    @Version
    public int version;

    public static Optional<CaseFile> findByReport(long reportId) {
        return find("reportId", reportId).firstResultOptional();
    }
}
