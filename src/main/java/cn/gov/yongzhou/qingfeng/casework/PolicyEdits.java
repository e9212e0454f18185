package cn.gov.yongzhou.qingfeng.casework;

import cn.gov.yongzhou.qingfeng.category.Category;
import cn.gov.yongzhou.qingfeng.category.Subcategory;
import cn.gov.yongzhou.qingfeng.shared.audit.AdminAction;
import cn.gov.yongzhou.qingfeng.shared.audit.AdminLog;
import cn.gov.yongzhou.qingfeng.shared.web.FieldErrors;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The admin's changes to the deadline policy. A limit is never edited in place: a change closes the row in force
 * and adds a new one from now on, so a case whose stage already started keeps the row it started under (its
 * {@code case_deadline.policy_id}, which also bounds its extension) and the table is its own history.
 */
@ApplicationScoped
public class PolicyEdits {

    /** A limit as the admin types it. */
    public record LimitDraft(String days, String dayKind, String maxExtensionDays, String source, String reason) {
    }

    /** The change could not be made; nothing was written. */
    public static final class Refused extends RuntimeException {

        public final transient FieldErrors errors;

        Refused(FieldErrors errors) {
            super("refused");
            this.errors = errors;
        }
    }

    static final String SUBJECT = "deadlinePolicy";
    static final int MAX_DAYS = 3650;
    static final int MAX_SOURCE = 300;
    static final int MAX_REASON = 500;

    private final AdminLog log;
    private final Clock clock;

    PolicyEdits(AdminLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    /** The limits in force, by stage, the broadest scope of each stage first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DeadlinePolicy> inForce() {
        return DeadlinePolicy.<DeadlinePolicy> list("validTo is null").stream()
                .sorted(Comparator.comparing((DeadlinePolicy p) -> p.stage)
                        .thenComparing(p -> p.category == null ? "" : p.category)
                        .thenComparing(p -> p.subcategory == null ? "" : p.subcategory))
                .toList();
    }

    /** Every row a stage ever had, the latest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DeadlinePolicy> history(DeadlineStage stage) {
        return DeadlinePolicy.list("stage", Sort.descending("validFrom", "id"), stage);
    }

    /** Changes a limit in force from now on. */
    @Transactional
    public DeadlinePolicy change(long policyId, LimitDraft draft, String actor) {
        Limit limit = check(draft);
        DeadlinePolicy old = DeadlinePolicy.findById(policyId, LockModeType.PESSIMISTIC_WRITE);
        if (old == null || old.validTo != null) {
            throw new Refused(new FieldErrors().add("form", "admin.pol.error.stale"));
        }
        if (old.days == limit.days && old.dayKind == limit.kind && old.maxExtensionDays == limit.maxExtension
                && java.util.Objects.equals(old.source, limit.source)) {
            throw new Refused(new FieldErrors().add("days", "admin.pol.error.unchanged"));
        }
        OffsetDateTime now = now(old);
        old.validTo = now;
        DeadlinePolicy.getEntityManager().flush(); // the one-in-force index sees the old row closed first
        DeadlinePolicy policy = insert(old.stage, old.category, old.subcategory, limit, now, actor);
        log.record(actor, SUBJECT, scope(policy), AdminAction.CHANGED,
                describe(old) + " → " + describe(policy) + "; " + limit.reason);
        return policy;
    }

    /** A narrower limit for a category or a subcategory of a stage, which has none of its own in force. */
    @Transactional
    public DeadlinePolicy add(String stageName, String categoryName, String subcategoryName, LimitDraft draft,
            String actor) {
        FieldErrors errors = new FieldErrors();
        DeadlineStage stage = Arrays.stream(DeadlineStage.values()).filter(s -> s.name().equals(stageName))
                .findFirst().orElse(null);
        if (stage == null) {
            errors.add("stage", "admin.pol.error.stage");
        }
        Category category = Arrays.stream(Category.values()).filter(c -> c.name().equals(categoryName)).findFirst()
                .orElse(null);
        if (category == null) {
            errors.add("category", "admin.pol.error.category");
        }
        Subcategory sub = subcategoryName == null || subcategoryName.isBlank() ? null
                : Subcategory.parse(subcategoryName).orElse(null);
        if (subcategoryName != null && !subcategoryName.isBlank() && (sub == null || sub.category != category)) {
            errors.add("subcategory", "admin.pol.error.subcategory");
        }
        Limit limit = null;
        try {
            limit = check(draft);
        } catch (Refused r) {
            r.errors.all().forEach(e -> errors.add(e.field(), e.key(), e.args()));
        }
        if (!errors.isEmpty()) {
            throw new Refused(errors);
        }
        String cat = category.name();
        String subName = sub == null ? null : sub.name();
        if (!DeadlinePolicy.list("stage = ?1 and validTo is null and category = ?2 and subcategory is not distinct "
                + "from ?3", stage, cat, subName).isEmpty()) {
            throw new Refused(new FieldErrors().add("category", "admin.pol.error.exists"));
        }
        DeadlinePolicy policy = insert(stage, cat, subName, limit, OffsetDateTime.now(clock), actor);
        log.record(actor, SUBJECT, scope(policy), AdminAction.CREATED, describe(policy) + "; " + limit.reason);
        return policy;
    }

    /**
     * Ends a narrower limit: its stage falls back to the broader one. A stage's broadest limit in force cannot be
     * ended, so every stage keeps a limit for every report.
     */
    @Transactional
    public DeadlinePolicy end(long policyId, String reasonText, String actor) {
        String reason = reasonText == null ? "" : reasonText.strip();
        if (reason.isEmpty() || reason.length() > MAX_REASON) {
            throw new Refused(new FieldErrors().add("reason", "admin.rules.error.reason", MAX_REASON));
        }
        DeadlinePolicy old = DeadlinePolicy.findById(policyId, LockModeType.PESSIMISTIC_WRITE);
        if (old == null || old.validTo != null) {
            throw new Refused(new FieldErrors().add("form", "admin.pol.error.stale"));
        }
        boolean broader = old.subcategory != null
                ? !DeadlinePolicy.list("stage = ?1 and validTo is null and (category is null or (category = ?2 "
                        + "and subcategory is null))", old.stage, old.category).isEmpty()
                : old.category != null
                        && !DeadlinePolicy.list("stage = ?1 and validTo is null and category is null", old.stage)
                                .isEmpty();
        if (!broader) {
            throw new Refused(new FieldErrors().add("form", "admin.pol.error.lastLimit"));
        }
        old.validTo = now(old);
        log.record(actor, SUBJECT, scope(old), AdminAction.ENDED, describe(old) + "; " + reason);
        return old;
    }

    private record Limit(int days, DeadlinePolicy.DayKind kind, int maxExtension, String source, String reason) {
    }

    private static Limit check(LimitDraft d) {
        FieldErrors errors = new FieldErrors();
        Integer days = number(d.days(), MAX_DAYS);
        if (days == null || days < 1) {
            errors.add("days", "admin.pol.error.days", MAX_DAYS);
        }
        DeadlinePolicy.DayKind kind = Arrays.stream(DeadlinePolicy.DayKind.values())
                .filter(k -> k.name().equals(d.dayKind())).findFirst().orElse(null);
        if (kind == null) {
            errors.add("dayKind", "admin.pol.error.dayKind");
        }
        Integer max = number(d.maxExtensionDays(), MAX_DAYS);
        if (max == null) {
            errors.add("maxExtensionDays", "admin.pol.error.maxExtension", MAX_DAYS);
        }
        String source = d.source() == null ? "" : d.source().strip();
        if (source.isEmpty() || source.length() > MAX_SOURCE) {
            errors.add("source", "admin.pol.error.source", MAX_SOURCE);
        }
        String reason = d.reason() == null ? "" : d.reason().strip();
        if (reason.isEmpty() || reason.length() > MAX_REASON) {
            errors.add("reason", "admin.rules.error.reason", MAX_REASON);
        }
        if (!errors.isEmpty()) {
            throw new Refused(errors);
        }
        return new Limit(days, kind, max, source, reason);
    }

    private DeadlinePolicy insert(DeadlineStage stage, String category, String subcategory, Limit limit,
            OffsetDateTime from, String actor) {
        DeadlinePolicy policy = new DeadlinePolicy();
        policy.stage = stage;
        policy.category = category;
        policy.subcategory = subcategory;
        policy.days = limit.days;
        policy.dayKind = limit.kind;
        policy.maxExtensionDays = limit.maxExtension;
        policy.source = limit.source;
        policy.validFrom = from;
        policy.createdBy = actor;
        policy.reason = limit.reason;
        policy.persist();
        return policy;
    }

    /** Now, or the start of the row if a clock set back (a test's) is before it: a row never ends before it began. */
    private OffsetDateTime now(DeadlinePolicy old) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return now.isBefore(old.validFrom) ? old.validFrom : now;
    }

    private static Integer number(String text, int max) {
        String t = text == null ? "" : text.strip();
        if (!t.matches("\\d{1,4}")) {
            return null;
        }
        int n = Integer.parseInt(t);
        return n <= max ? n : null;
    }

    static String scope(DeadlinePolicy p) {
        return p.stage + (p.category == null ? "" : "/" + p.category) + (p.subcategory == null ? "" : "/" + p.subcategory);
    }

    private static String describe(DeadlinePolicy p) {
        return p.days + " " + p.dayKind + ", +" + p.maxExtensionDays;
    }
}
