package cn.gov.yongzhou.qingfeng.routing;

import cn.gov.yongzhou.qingfeng.casework.Transition;
import cn.gov.yongzhou.qingfeng.category.Category;
import cn.gov.yongzhou.qingfeng.directory.UnitKind;
import cn.gov.yongzhou.qingfeng.shared.web.Bilingual;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which body handles a report, and which units a case may not be assigned to. Pure: the directory, the heads and the
 * rules come in as plain values, so every case of the policy can be written down as a table.
 *
 * <p>
 * The protections of DOMAIN.md ("Protecting the reporter") are enforced here, not left to the rules' data: petty
 * corruption and any report naming the head never go to the accused's own unit, and a report about a discipline body
 * goes only upwards. A rule that would break them is set aside and the default applies.
 */
public final class RoutingPolicy {

    private RoutingPolicy() {
    }

    /** A unit as routing sees it. {@code areaCode} is its county, district or zone; null for a city-level unit. */
    public record UnitRef(long id, String code, UnitKind kind, String areaCode, String name, String nameEn)
            implements
                Bilingual {

        public boolean cityLevel() {
            return areaCode == null;
        }

        boolean isDisciplineBody() {
            return kind == UnitKind.DISCIPLINE_BODY;
        }
    }

    /**
     * The report: what it is about, which unit, whether it names that unit's (or a unit above's) head, and the body
     * the directory says verifies for the discipline body there (the unit's own or the nearest unit above's; null:
     * none recorded).
     */
    public record Accusation(Category category, UnitRef unit, boolean namesHead, UnitRef verifyingBody) {

        public Accusation(Category category, UnitRef unit, boolean namesHead) {
            this(category, unit, namesHead, null);
        }
    }

    /**
     * The bodies the defaults need: the city's discipline body (市纪委监委), the supervision office (督查室, may be
     * absent) and each area's discipline body by area code.
     */
    public record Bodies(UnitRef cityDisciplineBody, UnitRef supervisionOffice, Map<String, UnitRef> disciplineBodyByArea) {

        public Bodies {
            Objects.requireNonNull(cityDisciplineBody, "the directory has no city discipline body");
            disciplineBodyByArea = Map.copyOf(disciplineBodyByArea);
        }

        /**
         * The area's discipline body; the city's for a city-level unit. An area whose body is missing from the
         * directory falls back to the city's too: a gap in the directory must not send a report back to the unit.
         */
        UnitRef disciplineBodyFor(UnitRef unit) {
            return unit.cityLevel() ? cityDisciplineBody
                    : disciplineBodyByArea.getOrDefault(unit.areaCode(), cityDisciplineBody);
        }
    }

    /**
     * An active routing rule: category × (one unit, or a kind of unit, or any unit) → a handling. {@code
     * exceptionReason}: the admin's reason for an explicit exception that sends cases to the accused's own unit
     * (null: not an exception, so the policy never lets it do that).
     */
    public record Rule(long id, Category category, Long unitId, UnitKind unitKind, Handling handling,
            UnitRef specificUnit, Bilingual explanation, String exceptionReason) {

        public Rule(long id, Category category, Long unitId, UnitKind unitKind, Handling handling,
                UnitRef specificUnit, Bilingual explanation) {
            this(id, category, unitId, unitKind, handling, specificUnit, explanation, null);
        }

        public boolean exception() {
            return exceptionReason != null && !exceptionReason.isBlank();
        }

        /** How closely the rule fits: 2 for its unit, 1 for its kind, 0 for any unit of the category; -1 not at all. */
        int fit(Accusation a) {
            if (category != a.category()) {
                return -1;
            }
            if (unitId != null) {
                return unitId == a.unit().id() ? 2 : -1;
            }
            if (unitKind != null) {
                return unitKind == a.unit().kind() ? 1 : -1;
            }
            return 0;
        }
    }

    /** Who headed a unit on the date of the conduct, and their staff badge if the directory lists them. */
    public record Head(String name, String badge) {
    }

    /**
     * Whether the accused, as the reporter named them, is one of these heads: the same name, or the same badge where
     * the head's badge is known. A namesake of the head counts too; wrongly sending a report past the unit costs the
     * inspector one override, wrongly leaving it with the head's unit would expose the reporter.
     */
    public static boolean namesHead(String accusedName, String accusedBadge, List<Head> heads) {
        String name = normalName(accusedName);
        String badge = normalBadge(accusedBadge);
        return heads.stream().anyMatch(h -> (name != null && name.equals(normalName(h.name())))
                || (badge != null && badge.equals(normalBadge(h.badge()))));
    }

    static String normalName(String name) {
        if (name == null) {
            return null;
        }
        String n = name.replaceAll("\\s+", "");
        return n.isEmpty() ? null : n;
    }

    static String normalBadge(String badge) {
        String b = normalName(badge);
        return b == null ? null : b.toUpperCase(Locale.ROOT);
    }

    /** The route of a report: the best-fitting active rule if it keeps the protections, the default otherwise. */
    public static Route route(Accusation a, Bodies bodies, List<Rule> rules) {
        Optional<Rule> rule = rules.stream().filter(r -> r.fit(a) >= 0).max(Comparator.comparingInt(r -> r.fit(a)));
        if (rule.isPresent()) {
            UnitRef target = resolve(rule.get(), a, bodies);
            if (keepsProtections(target, a, rule.get())) {
                return new Route(RouteReason.RULE, a.category(), a.unit(), target, supervisorOf(target, bodies),
                        Transition.ASSIGN, a.namesHead(), rule.get(), null);
            }
        }
        return defaultRoute(a, bodies, rule.orElse(null));
    }

    static UnitRef resolve(Rule rule, Accusation a, Bodies bodies) {
        return switch (rule.handling()) {
            case OWN_UNIT -> a.unit();
            case VERIFYING_BODY -> verifyingBodyFor(a, bodies);
            case AREA_DISCIPLINE_BODY -> bodies.disciplineBodyFor(a.unit());
            case CITY_DISCIPLINE_BODY -> bodies.cityDisciplineBody();
            case SPECIFIC_UNIT -> rule.specificUnit();
        };
    }

    /** The verifying body the directory records, unless it is the accused unit itself; else the area's body. */
    static UnitRef verifyingBodyFor(Accusation a, Bodies bodies) {
        UnitRef v = a.verifyingBody();
        return v != null && v.id() != a.unit().id() ? v : bodies.disciplineBodyFor(a.unit());
    }

    /**
     * Reports of a category that may not stay with the accused's unit even by exception (petty corruption),
     * head-naming reports and reports about a discipline body must go to a discipline body.
     */
    static boolean mustLeaveTheUnit(Accusation a) {
        return !a.category().mayStayWithTheAccusedUnit() || a.namesHead() || a.unit().isDisciplineBody();
    }

    static boolean keepsProtections(UnitRef target, Accusation a, Rule rule) {
        if (target == null) {
            return false;
        }
        if (target.id() == a.unit().id() && !a.unit().isDisciplineBody()) {
            // back to the accused's unit: only an explicit, reasoned exception, only where the category allows it
            return rule.exception() && !mustLeaveTheUnit(a);
        }
        if (a.unit().isDisciplineBody()) {
            // only upwards: a county body's case to a city-level discipline body; nothing in the directory is above
            // the city's own
            return target.isDisciplineBody() && target.cityLevel() && !a.unit().cityLevel();
        }
        if (mustLeaveTheUnit(a)) {
            // "it goes to the supervising discipline body": a rule may choose which, not send it to a department
            return target.isDisciplineBody() && target.id() != a.unit().id();
        }
        return true;
    }

    static Route defaultRoute(Accusation a, Bodies bodies, Rule setAside) {
        UnitRef accused = a.unit();
        if (accused.isDisciplineBody()) {
            if (accused.cityLevel()) {
                return new Route(RouteReason.ABOUT_CITY_DISCIPLINE_BODY, a.category(), accused, null, null,
                        Transition.TRANSFER, a.namesHead(), null, setAside);
            }
            UnitRef city = bodies.cityDisciplineBody();
            return new Route(RouteReason.ABOUT_DISCIPLINE_BODY, a.category(), accused, city, null, Transition.ASSIGN,
                    a.namesHead(), null, setAside);
        }
        if (a.namesHead()) {
            return new Route(RouteReason.NAMES_HEAD, a.category(), accused, bodies.disciplineBodyFor(accused), null,
                    Transition.ASSIGN, true, null, setAside);
        }
        return switch (a.category().defaultHandler()) {
            case DISCIPLINE_BODY -> new Route(RouteReason.CATEGORY_DEFAULT, a.category(), accused,
                    bodies.disciplineBodyFor(accused), null, Transition.ASSIGN, false, null, setAside);
            case VERIFYING_BODY -> {
                UnitRef verifier = verifyingBodyFor(a, bodies);
                yield new Route(RouteReason.CATEGORY_DEFAULT, a.category(), accused, verifier,
                        supervisorOf(verifier, bodies), Transition.ASSIGN, false, null, setAside);
            }
        };
    }

    /**
     * Discipline bodies answer along their own line; any other handling unit is supervised by the supervision office
     * (督查督办), and the office itself, when it handles a case about its own staff, by the city's discipline body.
     */
    static UnitRef supervisorOf(UnitRef handler, Bodies bodies) {
        if (handler.isDisciplineBody()) {
            return null;
        }
        if (handler.kind() == UnitKind.SUPERVISION_OFFICE) {
            return bodies.cityDisciplineBody();
        }
        return bodies.supervisionOffice();
    }

    /**
     * A unit a case might be assigned to, with what the directory says about the accused there, and whether an
     * active exception rule sends this case there ({@link Rule#exception()}).
     */
    public record Candidate(UnitRef unit, boolean accusedOnStaff, boolean accusedIsHead, boolean byException) {

        public Candidate(UnitRef unit, boolean accusedOnStaff, boolean accusedIsHead) {
            this(unit, accusedOnStaff, accusedIsHead, false);
        }
    }

    /**
     * Whether assigning the case to this unit is refused because the accused is on its staff.
     *
     * <p>
     * The reading: the reporter is exposed whenever the accused, or someone the accused answers to inside their
     * unit, handles the case: for a window incident the time and the window identify the reporter as surely as a
     * name. So a case is never assigned to a unit the accused headed on the date of the conduct (whatever the
     * category: the head would investigate their own conduct), nor to a unit the accused works in: the report's
     * unit, or any unit the directory lists them on (by badge or name). The one exception is an explicit, reasoned
     * routing exception for a category that allows one (arrogant service), as long as the report does not name the
     * head (of that unit or of a unit above it) and the unit is not a discipline body (those go upwards whatever the
     * category); even then the unit gets only the 交办 summary.
     */
    public static Conflict conflict(Candidate target, Accusation a) {
        if (target.accusedIsHead()) {
            return Conflict.HEAD_OF_UNIT;
        }
        boolean ownUnit = target.unit().id() == a.unit().id() || target.accusedOnStaff();
        if (!ownUnit) {
            return Conflict.NONE;
        }
        boolean exception = target.byException() && a.category().mayStayWithTheAccusedUnit() && !a.namesHead()
                && !target.unit().isDisciplineBody();
        return exception ? Conflict.NONE : Conflict.OWN_UNIT;
    }
}
