package cn.gov.yongzhou.qingfeng.directory;

import cn.gov.yongzhou.qingfeng.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Optional;

/** 窗口: a service window, with the stable short code printed in its QR code. */
@Entity
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
        if (code == null) {
            return Optional.empty();
        }
        return find("from ServiceWindow w join fetch w.unit where w.code = ?1 and w.active = true", code.trim().toUpperCase(java.util.Locale.ROOT)).firstResultOptional();
    }

    public static List<ServiceWindow> listActive() {
        return find("from ServiceWindow w join fetch w.unit where w.active = true order by w.unit.id, w.code").list();
    }

    public String displayName(boolean english) {
        return english && nameEn != null ? nameEn : name;
    }
}
