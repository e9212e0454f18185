package cn.gov.yongzhou.qingfeng.casework;

import cn.gov.yongzhou.qingfeng.shared.cache.Cached;
import cn.gov.yongzhou.qingfeng.shared.cache.ChangeFeed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The deadline policies, past, present and future, as every new case reads them for its first limits: kept in memory
 * until the change feed says the table changed on any instance (read afresh on every call while it cannot hear).
 */
@ApplicationScoped
public class PolicyBook {

    static final String TABLE = "deadline_policy";

    /** One policy row, as a limit is counted with it. */
    public record Limit(long id, DeadlineStage stage, String category, String subcategory, int days,
            DeadlinePolicy.DayKind dayKind, OffsetDateTime validFrom, OffsetDateTime validTo) {

        boolean appliesTo(DeadlineStage stage, String category, String subcategory, OffsetDateTime at) {
            return this.stage == stage && !validFrom.isAfter(at) && (validTo == null || validTo.isAfter(at))
                    && (this.category == null || this.category.equals(category))
                    && (this.subcategory == null || this.subcategory.equals(subcategory));
        }

        int specificity() {
            return subcategory != null ? 2 : category != null ? 1 : 0;
        }
    }

    private final Cached<List<Limit>> limits;

    PolicyBook(ChangeFeed feed) {
        this.limits = feed.cache(PolicyBook::load, TABLE);
    }

    /** The most specific limit in force at {@code at}: subcategory before category before every category. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Limit> inForce(DeadlineStage stage, String category, String subcategory, OffsetDateTime at) {
        return limits.get().stream().filter(l -> l.appliesTo(stage, category, subcategory, at))
                .max(Comparator.comparingInt(Limit::specificity));
    }

    private static List<Limit> load() {
        return DeadlinePolicy.<DeadlinePolicy> list("order by id").stream()
                .map(p -> new Limit(p.id, p.stage, p.category, p.subcategory, p.days, p.dayKind, p.validFrom, p.validTo))
                .toList();
    }
}
