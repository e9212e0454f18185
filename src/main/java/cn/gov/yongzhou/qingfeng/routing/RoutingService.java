package cn.gov.yongzhou.qingfeng.routing;

import cn.gov.yongzhou.qingfeng.category.Category;
import cn.gov.yongzhou.qingfeng.directory.Staff;
import cn.gov.yongzhou.qingfeng.directory.Unit;
import cn.gov.yongzhou.qingfeng.directory.UnitHead;
import cn.gov.yongzhou.qingfeng.directory.UnitKind;
import cn.gov.yongzhou.qingfeng.intake.Report;
import cn.gov.yongzhou.qingfeng.routing.RoutingPolicy.Accusation;
import cn.gov.yongzhou.qingfeng.routing.RoutingPolicy.Bodies;
import cn.gov.yongzhou.qingfeng.routing.RoutingPolicy.Candidate;
import cn.gov.yongzhou.qingfeng.routing.RoutingPolicy.Head;
import cn.gov.yongzhou.qingfeng.routing.RoutingPolicy.Rule;
import cn.gov.yongzhou.qingfeng.routing.RoutingPolicy.UnitRef;
import cn.gov.yongzhou.qingfeng.shared.audit.AdminAction;
import cn.gov.yongzhou.qingfeng.shared.audit.AdminLog;
import cn.gov.yongzhou.qingfeng.shared.web.Bilingual;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.exception.ConstraintViolationException;

/** The routing policy fed from the database: the directory, the heads at the date of the conduct, the active rules. */
@ApplicationScoped
public class RoutingService {

    static final int MAX_EXPLANATION = 500;
    static final int MAX_REASON = 500;

    private final Clock clock;
    private final AdminLog log;

    RoutingService(Clock clock, AdminLog log) {
        this.clock = clock;
        this.log = log;
    }

    /** Where the report should go and why, for the inspector to confirm or override. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Route route(Report report) {
        return RoutingPolicy.route(accusation(report), bodies(), activeRules());
    }

    /**
     * 管辖: the discipline body whose inspectors hold the case of a new report: the one of the accused unit's county
     * or district, the city's for a city-level unit; a report about a county's discipline body goes to the city's
     * and never enters the body it names (art. 15 of the 2020 rules); a 县处级 (市管) cadre's to the city's; a report
     * naming a unit's head to the body the directory records as managing that unit's heads (干部管理权限).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long jurisdiction(Report report) {
        Bodies bodies = bodies();
        UnitRef accused = ref(report.unit);
        if (accused.isDisciplineBody()) {
            return bodies.cityDisciplineBody().id();
        }
        // 干部管理权限: a 县处级 cadre is the city's (市管干部); a unit's head belongs to the body managing its heads
        if (report.accusedLevel != null && report.accusedLevel.cityManaged()) {
            return bodies.cityDisciplineBody().id();
        }
        Unit manager = report.unit.headsManagedBy;
        if (manager != null && manager.active && manager.kind == UnitKind.DISCIPLINE_BODY
                && accusation(report).namesHead()) {
            return manager.id;
        }
        return bodies.disciplineBodyFor(accused).id();
    }

    /** Whether assigning the report's case to {@code target} is refused, and why ({@link RoutingPolicy#conflict}). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Conflict conflict(Unit target, Report report) {
        Accusation accusation = accusation(report);
        Route route = RoutingPolicy.route(accusation, bodies(), activeRules());
        boolean byException = route.rule() != null && route.rule().exception() && route.handler() != null
                && route.handler().id() == target.id;
        Candidate candidate = new Candidate(ref(target), listedOnStaff(target, report),
                RoutingPolicy.namesHead(report.accusedName, report.accusedBadge, headsOn(target, report.occurredOn)),
                byException);
        return RoutingPolicy.conflict(candidate, accusation);
    }

    Accusation accusation(Report report) {
        // the head of the accused unit, or of any unit above it: their subordinates must not handle it either
        List<Head> heads = new ArrayList<>();
        for (Unit u = report.unit; u != null; u = u.parent) {
            heads.addAll(headsOn(u, report.occurredOn));
        }
        return new Accusation(report.category, ref(report.unit),
                RoutingPolicy.namesHead(report.accusedName, report.accusedBadge, heads), verifyingBody(report.unit));
    }

    /** The verifying body the directory records for the unit or the nearest unit above it that has one (active). */
    static UnitRef verifyingBody(Unit unit) {
        for (Unit u = unit; u != null; u = u.parent) {
            if (u.verifyingBody != null && u.verifyingBody.active) {
                return ref(u.verifyingBody);
            }
        }
        return null;
    }

    /** Who headed the unit on that date, once per badge the directory lists under their name in that unit. */
    static List<Head> headsOn(Unit unit, LocalDate date) {
        return UnitHead.onDate(unit, date).map(head -> {
            List<Staff> asStaff = Staff.list("unit = ?1 and name = ?2 and badgeNo is not null", unit, head.name);
            List<Head> heads = new ArrayList<>(List.of(new Head(head.name, null)));
            asStaff.forEach(s -> heads.add(new Head(head.name, s.badgeNo)));
            return heads;
        }).orElse(List.of());
    }

    /**
     * The report's own unit, or a unit whose staff list has the accused by badge or name. Inactive staff count too:
     * someone who has left a unit is still known to the colleagues who would handle the case.
     */
    static boolean listedOnStaff(Unit target, Report report) {
        if (target.id.equals(report.unit.id)) {
            return true;
        }
        String badge = RoutingPolicy.normalBadge(report.accusedBadge);
        String name = RoutingPolicy.normalName(report.accusedName);
        return (badge != null && Staff.count("unit = ?1 and upper(badgeNo) = ?2", target, badge) > 0)
                || (name != null && Staff.count("unit = ?1 and name = ?2", target, name) > 0);
    }

    /**
     * The city's discipline body is the one without a parent; an area's is the one directly under the area. The
     * supervision office is the city-level one.
     */
    static Bodies bodies() {
        List<Unit> units = Unit.list("active = true and kind in ?1 order by id",
                List.of(UnitKind.DISCIPLINE_BODY, UnitKind.SUPERVISION_OFFICE));
        UnitRef city = null;
        UnitRef office = null;
        Map<String, UnitRef> byArea = new HashMap<>();
        for (Unit u : units) {
            if (u.kind == UnitKind.SUPERVISION_OFFICE) {
                office = office == null && u.parent == null ? ref(u) : office;
            } else if (u.parent == null) {
                city = city == null ? ref(u) : city;
            } else if (u.parent.kind.isArea()) {
                byArea.putIfAbsent(u.parent.code, ref(u));
            }
        }
        if (city == null) {
            throw new IllegalStateException("the directory has no active city-level discipline body");
        }
        return new Bodies(city, office, byArea);
    }

    /** Rules pointing at a unit no longer active are left out: the defaults (or a broader rule) apply instead. */
    static List<Rule> activeRules() {
        return RoutingRule.listActive().stream()
                .filter(r -> r.specificUnit == null || r.specificUnit.active)
                .map(r -> new Rule(r.id, r.category, r.unit == null ? null : r.unit.id, r.unitKind, r.handling,
                        r.specificUnit == null ? null : ref(r.specificUnit),
                        Bilingual.of(r.explanationZh, r.explanationEn), r.exceptionReason))
                .toList();
    }

    static UnitRef ref(Unit u) {
        return new UnitRef(u.id, u.code, u.kind, u.area().map(a -> a.code).orElse(null), u.name, u.nameEn);
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
        return RoutingRule.<RoutingRule>list("order by active desc, category, id").stream().map(RuleView::of)
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<RuleView> rule(long id) {
        return RoutingRule.<RoutingRule>findByIdOptional(id).map(RuleView::of);
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
                    ? c.getConstraintName() : "";
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
