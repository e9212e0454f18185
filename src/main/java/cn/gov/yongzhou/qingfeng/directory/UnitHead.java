package cn.gov.yongzhou.qingfeng.directory;

import cn.gov.yongzhou.qingfeng.shared.BaseEntity;
import cn.gov.yongzhou.qingfeng.shared.cache.TableChanges;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Who headed a unit from when to when (rule 9 holds the head at the time of the conduct accountable). */
@Entity
@EntityListeners(TableChanges.class)
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

    /** Every term of a unit, the newest first. */
    public static List<UnitHead> ofUnit(Unit unit) {
        return list("unit = ?1 order by startDate desc, id desc", unit);
    }

    /** The head of every unit that has one on the date, by unit id. */
    public static Map<Long, UnitHead> allOnDate(LocalDate date) {
        List<UnitHead> heads = list("startDate <= ?1 and (endDate is null or endDate >= ?1)", date);
        return heads.stream().collect(Collectors.toMap(h -> h.unit.id, Function.identity(), (a, b) -> a));
    }

    /** Whether this term and the term from {@code start} to {@code end} (null: open) share a day. */
    public boolean overlaps(LocalDate start, LocalDate end) {
        return (end == null || !startDate.isAfter(end)) && (endDate == null || !start.isAfter(endDate));
    }
}
