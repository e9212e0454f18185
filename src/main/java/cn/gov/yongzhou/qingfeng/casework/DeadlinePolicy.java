package cn.gov.yongzhou.qingfeng.casework;

import cn.gov.yongzhou.qingfeng.shared.BaseEntity;
import cn.gov.yongzhou.qingfeng.shared.cache.TableChanges;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.Optional;

/** One limit of the policy table, in force from {@code validFrom} until {@code validTo}. */
@Entity
@EntityListeners(TableChanges.class)
@Table(name = "deadline_policy")
public class DeadlinePolicy extends BaseEntity {

    public enum DayKind {
        WORKING,
        CALENDAR
    }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DeadlineStage stage;

    /** Null: every category. */
    public String category;

    /** Null: every subcategory of the category. */
    public String subcategory;

    @Column(nullable = false)
    public int days;

    @Enumerated(EnumType.STRING)
    @Column(name = "day_kind", nullable = false)
    public DayKind dayKind;

    @Column(name = "max_extension_days", nullable = false)
    public int maxExtensionDays;

    /** The rule or regulation the limit comes from. */
    public String source;

    @Column(name = "valid_from", nullable = false)
    public OffsetDateTime validFrom;

    @Column(name = "valid_to")
    public OffsetDateTime validTo;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    public String reason;

    /** The most specific limit in force at {@code at}: subcategory before category before every category. */
    public static Optional<DeadlinePolicy> inForce(DeadlineStage stage, String category, String subcategory,
            OffsetDateTime at) {
        return DeadlinePolicy.<DeadlinePolicy> list("""
                stage = ?1 and validFrom <= ?2 and (validTo is null or validTo > ?2)
                and (category is null or category = ?3) and (subcategory is null or subcategory = ?4)""",
                stage, at, category, subcategory).stream()
                .max(Comparator.comparingInt(DeadlinePolicy::specificity));
    }

    int specificity() {
        return subcategory != null ? 2 : category != null ? 1 : 0;
    }
}
