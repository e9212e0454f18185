package cn.gov.yongzhou.qingfeng.accountability;

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

/** One change of a disposition, with what it was before: a disposition's history is never overwritten. */
@Entity
@Table(name = "disposition_change")
public class DispositionChange extends BaseEntity {

    public enum Change {
        CHANGED,
        REVOKED
    }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "disposition_id")
    public Disposition disposition;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Change change;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_kind", nullable = false)
    public DispositionKind fromKind;

    @Column(name = "from_probation_months")
    public Integer fromProbationMonths;

    @Column(name = "from_effect_until")
    public LocalDate fromEffectUntil;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_kind")
    public DispositionKind toKind;

    @Column(name = "to_probation_months")
    public Integer toProbationMonths;

    @Column(name = "to_effect_until")
    public LocalDate toEffectUntil;

    @Column(name = "effective_on", nullable = false)
    public LocalDate effectiveOn;

    @Column(nullable = false)
    public String reasons;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "appeal_id")
    public DispositionAppeal appeal;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    @Column(name = "changed_at", nullable = false)
    public OffsetDateTime changedAt;

    public static List<DispositionChange> of(Disposition d) {
        return list("disposition = ?1 order by id", d);
    }
}
