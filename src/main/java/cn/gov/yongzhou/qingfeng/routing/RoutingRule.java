package cn.gov.yongzhou.qingfeng.routing;

import cn.gov.yongzhou.qingfeng.category.Category;
import cn.gov.yongzhou.qingfeng.directory.Unit;
import cn.gov.yongzhou.qingfeng.directory.UnitKind;
import cn.gov.yongzhou.qingfeng.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * 分办规则: reports of a category about one unit, a kind of unit, or any unit (both null) go to a handling body.
 * Changed only through {@link RoutingService}, which keeps every change in {@link RoutingRuleHistory}.
 */
@Entity
@Table(name = "routing_rule")
public class RoutingRule extends BaseEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Category category;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id")
    public Unit unit;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit_kind")
    public UnitKind unitKind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Handling handling;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "specific_unit_id")
    public Unit specificUnit;

    @Column(name = "explanation_zh", nullable = false)
    public String explanationZh;

    @Column(name = "explanation_en", nullable = false)
    public String explanationEn;

    @Column(nullable = false)
    public boolean active = true;

    /** Why this rule may send cases back to the accused's own unit (an explicit exception); null for any other. */
    @Column(name = "exception_reason")
    public String exceptionReason;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    public static List<RoutingRule> listActive() {
        return list("active = true order by id");
    }

    /** The active rule with the same category and scope, which a new one would clash with. */
    static List<RoutingRule> activeWithScope(Category category, Unit unit, UnitKind kind) {
        if (unit != null) {
            return list("active = true and category = ?1 and unit = ?2", category, unit);
        }
        if (kind != null) {
            return list("active = true and category = ?1 and unitKind = ?2", category, kind);
        }
        return list("active = true and category = ?1 and unit is null and unitKind is null", category);
    }

    RuleSnapshot snapshot() {
        return new RuleSnapshot(category, unit == null ? null : unit.code, unitKind, handling,
                specificUnit == null ? null : specificUnit.code, explanationZh, explanationEn, active,
                exceptionReason);
    }
}
