package cn.gov.yongzhou.qingfeng.directory;

import cn.gov.yongzhou.qingfeng.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Who headed a unit from when to when (rule 9 holds the head at the time of the conduct accountable). */
@Entity
@Table(name = "unit_head")
public class UnitHead extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    public Unit unit;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String title;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    /** Null while still in office; the last day in office otherwise. */
    @Column(name = "end_date")
    public LocalDate endDate;

    /** The head's official mailbox, for escalations (督办) of their unit's cases. */
    public String mailbox;

    /** Ties the terms of one person together (an official's staff number); null when nobody said. */
    @Column(name = "person_ref")
    public String personRef;

    /** Every term of the person who served this one, newest first (just this term when nobody tied them). */
    public List<UnitHead> terms() {
        return personRef == null ? List.of(this) : list("personRef = ?1 order by startDate desc", personRef);
    }

    public static Optional<UnitHead> onDate(Unit unit, LocalDate date) {
        return find("unit = ?1 and startDate <= ?2 and (endDate is null or endDate >= ?2) order by startDate desc",
                unit, date).firstResultOptional();
    }
}
