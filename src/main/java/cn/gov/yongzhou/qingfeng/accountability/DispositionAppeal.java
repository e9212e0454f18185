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
import java.util.List;

/** 申诉 / 复审 / 复核 of one disposition: lodged, then decided (维持, 变更 or 撤销). */
@Entity
@Table(name = "disposition_appeal")
public class DispositionAppeal extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "disposition_id")
    public Disposition disposition;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AppealKind kind;

    @Column(name = "lodged_on", nullable = false)
    public LocalDate lodgedOn;

    @Column(nullable = false)
    public String grounds;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Enumerated(EnumType.STRING)
    public AppealOutcome outcome;

    @Column(name = "decided_on")
    public LocalDate decidedOn;

    @Column(name = "decision_reasons")
    public String decisionReasons;

    @Column(name = "decided_by")
    public String decidedBy;

    public static List<DispositionAppeal> of(Disposition d) {
        return list("disposition = ?1 order by lodgedOn, id", d);
    }
}
