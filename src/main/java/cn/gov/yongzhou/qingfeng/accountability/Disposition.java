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
import java.time.LocalDate;
import java.util.List;

/** One staff member's disposition in one case. */
@Entity
@Table(name = "disposition")
public class Disposition extends BaseEntity {

    @Column(name = "case_id", nullable = false)
    public Long caseId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "staff_id")
    public Staff staff;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DispositionKind kind;

    @Column(name = "decided_on", nullable = false)
    public LocalDate decidedOn;

    @Column(name = "effect_until")
    public LocalDate effectUntil;

    public String note;

    /** 留党察看's period in months (12 or 24); null for every other kind. */
    @Column(name = "probation_months")
    public Integer probationMonths;

    /** Revoked (撤销) from this day: the record stays, the sanction no longer runs. */
    @Column(name = "revoked_on")
    public LocalDate revokedOn;

    @Column(name = "decided_by", nullable = false)
    public String decidedBy;

    public boolean inEffectOn(LocalDate day) {
        return (revokedOn == null || day.isBefore(revokedOn)) && kind.inEffectOn(decidedOn, probationMonths, day);
    }

    public static List<Disposition> ofCase(long caseId) {
        return list("caseId = ?1 order by decidedOn, id", caseId);
    }

    public static List<Disposition> ofStaff(Staff staff) {
        return list("staff = ?1 order by decidedOn desc, id desc", staff);
    }
}
