package cn.gov.yongzhou.qingfeng.ledger;

import cn.gov.yongzhou.qingfeng.directory.Unit;
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

/** 办件量: the number of services a unit handled in one month, entered by hand or imported. */
@Entity
@Table(name = "service_volume")
public class ServiceVolume extends BaseEntity {

    /** How the figure came in. */
    public enum Source {
        ENTERED,
        IMPORTED
    }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    public Unit unit;

    /** The month, as its first day. */
    @Column(nullable = false)
    public LocalDate month;

    @Column(nullable = false)
    public long services;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Source source;

    @Column(name = "entered_by", nullable = false)
    public String enteredBy;

    @Column(name = "entered_at", nullable = false)
    public OffsetDateTime enteredAt;

    public static Optional<ServiceVolume> find(Unit unit, LocalDate month) {
        return find("unit = ?1 and month = ?2", unit, month).firstResultOptional();
    }

    /** The volumes of a year, by unit code and month. */
    public static List<ServiceVolume> ofYear(int year) {
        return list("select v from ServiceVolume v join fetch v.unit u where v.month >= ?1 and v.month < ?2"
                + " order by u.code, v.month", LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
    }
}
