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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** 窗口: a service window, with the stable short code printed in its QR code. */
@Entity
@EntityListeners(TableChanges.class)
@Table(name = "service_window")
public class ServiceWindow extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    public Unit unit;

    @Column(nullable = false, unique = true)
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(name = "name_en")
    public String nameEn;

    @Column(nullable = false)
    public boolean active = true;

    public static Optional<ServiceWindow> findByCode(String code) {
        // a code with NUL cannot be stored, so none matches; PostgreSQL would refuse the query itself
        if (code == null || code.indexOf('\0') >= 0) {
            return Optional.empty();
        }
        // a window of a unit that was deactivated is out of service too: its QR code must not open a form for it
        return find("from ServiceWindow w join fetch w.unit where w.code = ?1 and w.active = true and w.unit.active = true",
                code.trim().toUpperCase(java.util.Locale.ROOT)).firstResultOptional();
    }

    public static List<ServiceWindow> listActive() {
        return find("from ServiceWindow w join fetch w.unit where w.active = true and w.unit.active = true"
                + " order by w.unit.id, w.code").list();
    }

    public String displayName(boolean english) {
        return english && nameEn != null ? nameEn : name;
    }

    /** Any window with this code, active or not (codes stay unique for good: old posters may still hang). */
    public static Optional<ServiceWindow> findAnyByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public static List<ServiceWindow> ofUnit(Unit unit) {
        return list("unit = ?1 order by code", unit);
    }

    /** Every window with its unit, for choosing a staff member's window. */
    public static List<ServiceWindow> listWithUnits() {
        return find("from ServiceWindow w join fetch w.unit order by w.unit.code, w.code").list();
    }

    /** How many active windows each unit has, by unit id. */
    public static Map<Long, Long> countActiveByUnit() {
        Map<Long, Long> counts = new HashMap<>();
        getEntityManager().createQuery(
                "select w.unit.id, count(w) from ServiceWindow w where w.active = true group by w.unit.id", Object[].class)
                .getResultList().forEach(r -> counts.put((Long) r[0], (Long) r[1]));
        return counts;
    }

    /** The codes and names of every window (active or not), by unit: what the admin's unit search also looks in. */
    public static Map<Long, java.util.List<String>> wordsByUnit() {
        Map<Long, java.util.List<String>> words = new HashMap<>();
        getEntityManager().createQuery("select w.unit.id, w.code, w.name from ServiceWindow w", Object[].class)
                .getResultList().forEach(r -> {
                    java.util.List<String> list = words.computeIfAbsent((Long) r[0], k -> new java.util.ArrayList<>());
                    list.add((String) r[1]);
                    list.add((String) r[2]);
                });
        return words;
    }
}
