package cn.gov.yongzhou.qingfeng.directory;

import cn.gov.yongzhou.qingfeng.shared.BaseEntity;
import cn.gov.yongzhou.qingfeng.shared.cache.TableChanges;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** 单位: a department, a county government, a service center, a discipline body… */
@Entity
@EntityListeners(TableChanges.class)
@Table(name = "unit")
public class Unit extends BaseEntity {

    @Column(nullable = false, unique = true)
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(name = "name_en")
    public String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public UnitKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    public Unit parent;

    @Column(nullable = false)
    public boolean active = true;

    /**
     * The body that verifies reports about this unit's staff on the discipline body's behalf (核查机构): a service
     * centre's managing office (政务服务管理机构), a department's resident discipline group (派驻纪检监察组). Null:
     * the unit above's, else the area's discipline body (see routing's {@code Handling.VERIFYING_BODY}).
     */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "verifying_body_id")
    public Unit verifyingBody;

    /**
     * The discipline body that manages this unit's heads (干部管理权限): the city's for a county's government or a city
     * department (their heads are 县处级, 市管), the county's for a county's department. Null: not recorded.
     */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "heads_managed_by_id")
    public Unit headsManagedBy;

    /** The unit's official mailbox (its handling desk; the supervision office's duty mailbox) for chase mail. */
    public String mailbox;

    /** The unit's duty mobile (值班手机) for chases by text; optional. */
    @jakarta.persistence.Column(name = "duty_phone")
    public String dutyPhone;

    public static Optional<Unit> findByCode(String code) {
        // a code with NUL cannot be stored, so none matches; PostgreSQL would refuse the query itself
        if (code == null || code.indexOf('\0') >= 0) {
            return Optional.empty();
        }
        return find("code", code).firstResultOptional();
    }

    public static List<Unit> listActive() {
        return list("active = true order by id");
    }

    /**
     * The county, district or zone this unit belongs to: the nearest of itself and its ancestors that is one; empty
     * for city-level (市直) units. The view {@code unit_area} says the same in SQL (ReadModelTest holds them together).
     */
    public Optional<Unit> area() {
        for (Unit u = this; u != null; u = u.parent) {
            if (u.kind.isArea()) {
                return Optional.of(u);
            }
        }
        return Optional.empty();
    }

    /** The active unit of this kind in the area (a county's supervision office), else the city's. */
    public static Optional<Unit> nearest(UnitKind kind, Unit area) {
        if (area != null) {
            Optional<Unit> local = find("kind = ?1 and parent = ?2 and active = true order by id", kind, area)
                    .firstResultOptional();
            if (local.isPresent()) {
                return local;
            }
        }
        return find("kind = ?1 and parent is null and active = true order by id", kind).firstResultOptional();
    }

    public String displayName(boolean english) {
        return english && nameEn != null ? nameEn : name;
    }

    /** Every unit, active or not, by code (which keeps an area's units together: LL, LL-GA, LL-JW…). */
    public static List<Unit> listEvery() {
        return list("order by code");
    }

    /**
     * The order every page lists areas in: counties and districts, then management zones, then development zones,
     * each in the city's own order ({@code list_order}: 零陵区, 冷水滩区, 祁阳市, 东安县 …), never by internal code.
     */
    public static final java.util.Comparator<Unit> AREA_ORDER = java.util.Comparator
            .comparing((Unit u) -> u.kind.ordinal())
            .thenComparing(u -> u.listOrder, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
            .thenComparing(u -> u.code);

    /** Where the city lists this area among its kind (V86); null: after those that have one, by code. */
    @Column(name = "list_order")
    public Integer listOrder;

    /** The counties, districts and zones, active or not, in the city's order. */
    public static List<Unit> listAreas() {
        return Unit.<Unit> list("kind in ?1", UnitKind.areas()).stream().sorted(AREA_ORDER).toList();
    }

    /** The active counties, districts and zones, in the city's order. */
    public static List<Unit> listActiveAreas() {
        return Unit.<Unit> list("kind in ?1 and active = true", UnitKind.areas()).stream().sorted(AREA_ORDER).toList();
    }

    /** The active units of these kinds, by code. */
    public static List<Unit> listActive(Collection<UnitKind> kinds) {
        return list("kind in ?1 and active = true order by code", List.copyOf(kinds));
    }

    /** The area of this code: a county, district or zone; empty for any other unit. */
    public static Optional<Unit> findArea(String code) {
        return findByCode(code).filter(u -> u.kind.isArea());
    }

    /** These units, by code. */
    public static List<Unit> listByCode(Collection<Long> ids) {
        return list("id in ?1 order by code", List.copyOf(ids));
    }

    /** These units by id, in one query. */
    public static Map<Long, Unit> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return Unit.<Unit> list("id in ?1", List.copyOf(ids)).stream().collect(Collectors.toMap(u -> u.id, u -> u));
    }
}
