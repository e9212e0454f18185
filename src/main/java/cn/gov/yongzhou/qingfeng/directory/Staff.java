package cn.gov.yongzhou.qingfeng.directory;

import cn.gov.yongzhou.qingfeng.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A staff member of a unit, optionally at a window; optional in the directory. */
@Entity
@Table(name = "staff")
public class Staff extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    public Unit unit;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "window_id")
    public ServiceWindow window;

    @Column(nullable = false)
    public String name;

    @Column(name = "badge_no")
    public String badgeNo;

    @Column(nullable = false)
    public boolean active = true;
}
