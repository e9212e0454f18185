package cn.gov.yongzhou.qingfeng.routing;

import cn.gov.yongzhou.qingfeng.shared.BaseEntity;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One change to a routing rule, kept for good: who, when, why, and the rule before and after. */
@Entity
@Table(name = "routing_rule_history")
public class RoutingRuleHistory extends BaseEntity {

    @Column(name = "rule_id", nullable = false)
    public Long ruleId;

    @Column(nullable = false)
    public OffsetDateTime at;

    @Column(nullable = false)
    public String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RuleChange change;

    /** Null for {@link RuleChange#CREATED}. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "old_value")
    public RuleSnapshot oldValue;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "new_value", nullable = false)
    public RuleSnapshot newValue;

    @Column(nullable = false)
    public String reason;

    /** A rule's changes, oldest first. */
    public static List<RoutingRuleHistory> of(long ruleId) {
        return list("ruleId", Sort.ascending("at", "id"), ruleId);
    }
}
