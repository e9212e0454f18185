package cn.gov.yongzhou.qingfeng.routing;

import cn.gov.yongzhou.qingfeng.category.Category;
import cn.gov.yongzhou.qingfeng.directory.Unit;
import cn.gov.yongzhou.qingfeng.directory.UnitKind;
import cn.gov.yongzhou.qingfeng.shared.audit.AdminAction;
import cn.gov.yongzhou.qingfeng.shared.audit.AdminLog;
import cn.gov.yongzhou.qingfeng.shared.web.Bilingual;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.hibernate.exception.ConstraintViolationException;

/**
 * The routing rules as the admin keeps them: listed, created, changed and deactivated, never deleted; every change
 * checked against the protections a rule alone shows and written to the rule's history and the admin log in the same
 * transaction. The decisions that apply them are {@link RoutingService}'s.
 */
@ApplicationScoped
public class RoutingRules {

    static final int MAX_EXPLANATION = 500;
    static final int MAX_REASON = 500;

    private final Clock clock;
    private final AdminLog log;

    RoutingRules(Clock clock, AdminLog log) {
        this.clock = clock;
        this.log = log;
    }

    // ---- the rules as the admin's pages show them -------------------------------------------------------------

    /** A rule with its units' names resolved, for a page rendered after the transaction. */
    public record RuleView(Long id, Category category, String unitCode, Bilingual unit, UnitKind unitKind,
            Handling handling, String specificUnitCode, Bilingual specificUnit, Bilingual explanation,
            String explanationZh, String explanationEn, boolean active, OffsetDateTime updatedAt,
            String exceptionReason) {

        static RuleView of(RoutingRule r) {
            return new RuleView(r.id, r.category, r.unit == null ? null : r.unit.code,
                    r.unit == null ? null : Bilingual.of(r.unit.name, r.unit.nameEn), r.unitKind, r.handling,
                    r.specificUnit == null ? null : r.specificUnit.code,
                    r.specificUnit == null ? null : Bilingual.of(r.specificUnit.name, r.specificUnit.nameEn),
                    Bilingual.of(r.explanationZh, r.explanationEn), r.explanationZh, r.explanationEn, r.active,
                    r.updatedAt, r.exceptionReason);
        }
    }

    /** Every rule, the active ones first, each group by category and id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RuleView> rulesForAdmin() {
        return RoutingRule.<RoutingRule> list("order by active desc, category, id").stream().map(RuleView::of)
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<RuleView> rule(long id) {
        return RoutingRule.<RoutingRule> findByIdOptional(id).map(RuleView::of);
    }

    // ---- changing the rules: every change written to the history in the same transaction ---------------------

    /**
     * A rule as an admin enters it; units by code. {@code exceptionReason}: why a rule that sends cases back to the
     * accused's own unit is an explicit exception (required for such a rule, ignored for any other).
     */
    public record RuleDraft(Category category, String unitCode, UnitKind unitKind, Handling handling,
            String specificUnitCode, String explanationZh, String explanationEn, String exceptionReason) {

        public RuleDraft(Category category, String unitCode, UnitKind unitKind, Handling handling,
                String specificUnitCode, String explanationZh, String explanationEn) {
            this(category, unitCode, unitKind, handling, specificUnitCode, explanationZh, explanationEn, null);
        }
    }

    /** The change was refused; nothing was written. {@code messageKey} says why, in both languages. */
    public static class RuleRefused extends RuntimeException {

        public final String messageKey;

        RuleRefused(String messageKey) {
            super(messageKey);
            this.messageKey = messageKey;
        }
    }

    @Transactional
    public RoutingRule createRule(RuleDraft draft, String actor, String reason) {
        checkReason(actor, reason);
        Checked checked = check(draft);
        refuseClash(draft, checked, null);
        RoutingRule rule = new RoutingRule();
        checked.applyTo(rule, draft);
        rule.updatedAt = OffsetDateTime.now(clock);
        rule.persist();
        record(rule, RuleChange.CREATED, null, actor, reason);
        flushOrRefuse();
        return rule;
    }

    @Transactional
    public RoutingRule changeRule(long ruleId, RuleDraft draft, String actor, String reason) {
        checkReason(actor, reason);
        RoutingRule rule = lockActive(ruleId);
        Checked checked = check(draft);
        refuseClash(draft, checked, rule.id);
        RuleSnapshot old = rule.snapshot();
        checked.applyTo(rule, draft);
        rule.updatedAt = OffsetDateTime.now(clock);
        record(rule, RuleChange.UPDATED, old, actor, reason);
        flushOrRefuse();
        return rule;
    }

    /** A rule is never deleted: deactivated, it stays with its history, and the defaults apply again. */
    @Transactional
    public RoutingRule deactivateRule(long ruleId, String actor, String reason) {
        checkReason(actor, reason);
        RoutingRule rule = lockActive(ruleId);
        RuleSnapshot old = rule.snapshot();
        rule.active = false;
        rule.updatedAt = OffsetDateTime.now(clock);
        record(rule, RuleChange.DEACTIVATED, old, actor, reason);
        flushOrRefuse();
        return rule;
    }

    /** Locked, so two admins changing one rule at once write two history rows that follow each other. */
    private static RoutingRule lockActive(long ruleId) {
        RoutingRule rule = RoutingRule.findById(ruleId, LockModeType.PESSIMISTIC_WRITE);
        if (rule == null) {
            throw new RuleRefused("routing.rule.error.unknown");
        }
        if (!rule.active) {
            throw new RuleRefused("routing.rule.error.inactive");
        }
        return rule;
    }

    private void record(RoutingRule rule, RuleChange change, RuleSnapshot old, String actor, String reason) {
        RoutingRuleHistory history = new RoutingRuleHistory();
        history.ruleId = rule.id;
        history.at = rule.updatedAt;
        history.actor = actor.strip();
        history.change = change;
        history.oldValue = old;
        history.newValue = rule.snapshot();
        history.reason = reason.strip();
        history.persist();
        // the admin log too, in this transaction: the rule's own history keeps the full before and after
        log.record(history.actor, "routingRule", String.valueOf(rule.id), switch (change) {
            case CREATED -> AdminAction.CREATED;
            case UPDATED -> AdminAction.CHANGED;
            case DEACTIVATED -> AdminAction.ENDED;
        }, (old == null ? "" : summary(old) + " → ") + summary(history.newValue) + "; " + history.reason);
    }

    private static String summary(RuleSnapshot s) {
        String scope = s.unitCode() != null ? s.unitCode() : s.unitKind() != null ? s.unitKind().name() : "*";
        return s.category() + " " + scope + " → " + s.handling()
                + (s.specificUnitCode() == null ? "" : " " + s.specificUnitCode())
                + (s.exceptionReason() == null ? "" : " (exception)") + (s.active() ? "" : " (inactive)");
    }

    /**
     * Writes now, so a rule the schema's checks refuse (V6__routing.sql repeats the protections, and allows one
     * active rule per scope, which two admins at once could both pass the check above for) is refused with a
     * reason like the checks above, not a failed commit.
     */
    private static void flushOrRefuse() {
        try {
            RoutingRule.getEntityManager().flush();
        } catch (PersistenceException e) {
            String constraint = e instanceof ConstraintViolationException c && c.getConstraintName() != null
                    ? c.getConstraintName()
                    : "";
            throw new RuleRefused(constraint.startsWith("routing_rule_active") ? "routing.rule.error.duplicate"
                    : constraint.startsWith("routing_rule_own_unit") ? "routing.rule.error.ownUnit"
                            : "routing.rule.error.constraint");
        }
    }

    private static void checkReason(String actor, String reason) {
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("a rule change needs an actor");
        }
        if (reason == null || reason.isBlank() || reason.strip().length() > MAX_REASON) {
            throw new RuleRefused("routing.rule.error.reason");
        }
    }

    private record Checked(Unit unit, Unit specificUnit, String exceptionReason) {

        void applyTo(RoutingRule rule, RuleDraft draft) {
            rule.category = draft.category();
            rule.unit = unit;
            rule.unitKind = draft.unitKind();
            rule.handling = draft.handling();
            rule.specificUnit = specificUnit;
            rule.explanationZh = draft.explanationZh().strip();
            rule.explanationEn = draft.explanationEn().strip();
            rule.exceptionReason = exceptionReason;
        }
    }

    /**
     * The rule's own consistency, and the protections as far as a rule alone shows them (the policy checks them again
     * for every report, with the facts a rule cannot know, such as whether the report names the head).
     */
    private static Checked check(RuleDraft d) {
        if (d.category() == null || d.handling() == null) {
            throw new RuleRefused("routing.rule.error.required");
        }
        if (blank(d.explanationZh()) || blank(d.explanationEn()) || d.explanationZh().strip().length() > MAX_EXPLANATION
                || d.explanationEn().strip().length() > MAX_EXPLANATION) {
            throw new RuleRefused("routing.rule.error.explanation");
        }
        if (!blank(d.unitCode()) && d.unitKind() != null) {
            throw new RuleRefused("routing.rule.error.scope");
        }
        if ((d.handling() == Handling.SPECIFIC_UNIT) == blank(d.specificUnitCode())) {
            throw new RuleRefused("routing.rule.error.specificUnit");
        }
        Unit unit = blank(d.unitCode()) ? null : unitByCode(d.unitCode());
        Unit specific = blank(d.specificUnitCode()) ? null : unitByCode(d.specificUnitCode());
        UnitKind scopeKind = unit != null ? unit.kind : d.unitKind();
        boolean aboutDisciplineBody = scopeKind == UnitKind.DISCIPLINE_BODY;
        boolean mustLeave = !d.category().mayStayWithTheAccusedUnit() || aboutDisciplineBody;
        boolean backToTheUnit = d.handling() == Handling.OWN_UNIT
                || (specific != null && unit != null && specific.id.equals(unit.id));
        if (backToTheUnit && mustLeave) {
            throw new RuleRefused("routing.rule.error.ownUnit");
        }
        if (backToTheUnit && (blank(d.exceptionReason()) || d.exceptionReason().strip().length() > MAX_REASON)) {
            throw new RuleRefused("routing.rule.error.exceptionReason");
        }
        if (mustLeave && specific != null && specific.kind != UnitKind.DISCIPLINE_BODY) {
            throw new RuleRefused("routing.rule.error.disciplineBodyOnly");
        }
        return new Checked(unit, specific, backToTheUnit ? d.exceptionReason().strip() : null);
    }

    private static void refuseClash(RuleDraft d, Checked checked, Long self) {
        boolean clash = RoutingRule.activeWithScope(d.category(), checked.unit(), d.unitKind()).stream()
                .anyMatch(r -> !r.id.equals(self));
        if (clash) {
            throw new RuleRefused("routing.rule.error.duplicate");
        }
    }

    private static Unit unitByCode(String code) {
        return Unit.findByCode(code.strip()).orElseThrow(() -> new RuleRefused("routing.rule.error.unknownUnit"));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
