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

/**
 * A unit a handler works for beyond the one their sign-in names. Roles come from the identity provider; this
 * table only adds units (read by {@link StaffUnits}).
 */
@Entity
@Table(name = "handler_unit")
public class HandlerUnit extends BaseEntity {

    @Column(name = "user_name", nullable = false)
    public String userName;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    public Unit unit;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    public static List<HandlerUnit> listByUser() {
        return find("from HandlerUnit h join fetch h.unit order by h.userName, h.unit.code").list();
    }

    /** The ids of the units this staff member is mapped to. */
    public static List<Long> unitIdsOf(String userName) {
        return HandlerUnit.<HandlerUnit> list("userName", userName).stream().map(h -> h.unit.id).toList();
    }

    public static Optional<HandlerUnit> of(String userName, Unit unit) {
        return find("userName = ?1 and unit = ?2", userName, unit).firstResultOptional();
    }
}
