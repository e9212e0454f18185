package cn.gov.yongzhou.qingfeng.casework;

import cn.gov.yongzhou.qingfeng.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** A stage of one case against its limit: started when, due when, under which policy row, closed when. */
@Entity
@Table(name = "case_deadline")
public class CaseDeadline extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    public CaseFile caseFile;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DeadlineStage stage;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "policy_id")
    public DeadlinePolicy policy;

    @Column(name = "started_on", nullable = false)
    public LocalDate startedOn;

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    @Column(nullable = false)
    public boolean provisional;

    @Column(name = "extended_days", nullable = false)
    public int extendedDays;

    @Column(name = "extension_reason")
    public String extensionReason;

    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    @Column(name = "reminded_at")
    public OffsetDateTime remindedAt;

    @Column(name = "escalated_at")
    public OffsetDateTime escalatedAt;

    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;

    public static Optional<CaseDeadline> open(CaseFile file, DeadlineStage stage) {
        return find("caseFile = ?1 and stage = ?2 and closedAt is null", file, stage).firstResultOptional();
    }

    public static List<CaseDeadline> of(CaseFile file) {
        return list("caseFile = ?1 order by startedOn, id", file);
    }

    public boolean overdueOn(LocalDate day) {
        return closedAt == null && day.isAfter(dueOn);
    }
}
