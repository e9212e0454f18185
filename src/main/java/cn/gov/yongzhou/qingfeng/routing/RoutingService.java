package cn.gov.yongzhou.qingfeng.routing;

import cn.gov.yongzhou.qingfeng.directory.Staff;
import cn.gov.yongzhou.qingfeng.directory.Unit;
import cn.gov.yongzhou.qingfeng.directory.UnitKind;
import cn.gov.yongzhou.qingfeng.directory.UnitTree;
import cn.gov.yongzhou.qingfeng.directory.UnitTree.Node;
import cn.gov.yongzhou.qingfeng.intake.Report;
import cn.gov.yongzhou.qingfeng.routing.RoutingPolicy.Accusation;
import cn.gov.yongzhou.qingfeng.routing.RoutingPolicy.Bodies;
import cn.gov.yongzhou.qingfeng.routing.RoutingPolicy.Candidate;
import cn.gov.yongzhou.qingfeng.routing.RoutingPolicy.Head;
import cn.gov.yongzhou.qingfeng.routing.RoutingPolicy.Rule;
import cn.gov.yongzhou.qingfeng.routing.RoutingPolicy.UnitRef;
import cn.gov.yongzhou.qingfeng.shared.web.Bilingual;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The routing decisions: the routing policy fed from the database (the directory, the heads at the date of the
 * conduct, the active rules). The rules themselves are kept by {@link RoutingRules}. The units and their heads come from
 * the directory's {@link UnitTree}, kept in memory: a new report's holding body costs no query.
 */
@ApplicationScoped
public class RoutingService {

    private static final Set<UnitKind> BODIES = Set.of(UnitKind.DISCIPLINE_BODY, UnitKind.SUPERVISION_OFFICE);

    private final UnitTree tree;

    RoutingService(UnitTree tree) {
        this.tree = tree;
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
        Node unit = node(report.unit.id);
        UnitRef accused = ref(unit);
        if (accused.isDisciplineBody()) {
            return bodies.cityDisciplineBody().id();
        }
        // 干部管理权限: a 县处级 cadre is the city's (市管干部); a unit's head belongs to the body managing its heads
        if (report.accusedLevel != null && report.accusedLevel.cityManaged()) {
            return bodies.cityDisciplineBody().id();
        }
        Node manager = unit.headsManagedById() == null ? null : node(unit.headsManagedById());
        if (manager != null && manager.active() && manager.kind() == UnitKind.DISCIPLINE_BODY
                && accusation(report).namesHead()) {
            return manager.id();
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
        Candidate candidate = new Candidate(ref(node(target.id)), listedOnStaff(target, report),
                RoutingPolicy.namesHead(report.accusedName, report.accusedBadge, headsOn(target.id, report.occurredOn)),
                byException);
        return RoutingPolicy.conflict(candidate, accusation);
    }

    Accusation accusation(Report report) {
        // the head of the accused unit, or of any unit above it: their subordinates must not handle it either
        Node unit = node(report.unit.id);
        List<Head> heads = new ArrayList<>();
        for (Node u = unit; u != null; u = tree.parent(u).orElse(null)) {
            heads.addAll(headsOn(u.id(), report.occurredOn));
        }
        return new Accusation(report.category, ref(unit),
                RoutingPolicy.namesHead(report.accusedName, report.accusedBadge, heads), verifyingBody(unit));
    }

    /** The verifying body the directory records for the unit or the nearest unit above it that has one (active). */
    private UnitRef verifyingBody(Node unit) {
        for (Node u = unit; u != null; u = tree.parent(u).orElse(null)) {
            Node body = u.verifyingBodyId() == null ? null : node(u.verifyingBodyId());
            if (body != null && body.active()) {
                return ref(body);
            }
        }
        return null;
    }

    /** Who headed the unit on that date, once per badge the directory lists under their name in that unit. */
    private List<Head> headsOn(long unitId, LocalDate date) {
        return tree.headOn(unitId, date).map(term -> {
            List<Head> heads = new ArrayList<>(List.of(new Head(term.name(), null)));
            term.badges().forEach(badge -> heads.add(new Head(term.name(), badge)));
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
        return Staff.listed(target, badge, name);
    }

    /**
     * The city's discipline body is the one without a parent; an area's is the one directly under the area. The
     * supervision office is the city-level one.
     */
    private Bodies bodies() {
        UnitRef city = null;
        UnitRef office = null;
        Map<String, UnitRef> byArea = new HashMap<>();
        for (Node u : tree.active(BODIES)) {
            Node parent = tree.parent(u).orElse(null);
            if (u.kind() == UnitKind.SUPERVISION_OFFICE) {
                office = office == null && parent == null ? ref(u) : office;
            } else if (parent == null) {
                city = city == null ? ref(u) : city;
            } else if (parent.kind().isArea()) {
                byArea.putIfAbsent(parent.code(), ref(u));
            }
        }
        if (city == null) {
            throw new IllegalStateException("the directory has no active city-level discipline body");
        }
        return new Bodies(city, office, byArea);
    }

    /** Rules pointing at a unit no longer active are left out: the defaults (or a broader rule) apply instead. */
    private List<Rule> activeRules() {
        return RoutingRule.listActive().stream()
                .filter(r -> r.specificUnit == null || r.specificUnit.active)
                .map(r -> new Rule(r.id, r.category, r.unit == null ? null : r.unit.id, r.unitKind, r.handling,
                        r.specificUnit == null ? null : ref(node(r.specificUnit.id)),
                        Bilingual.of(r.explanationZh, r.explanationEn), r.exceptionReason))
                .toList();
    }

    private UnitRef ref(Node u) {
        return new UnitRef(u.id(), u.code(), u.kind(), tree.area(u).map(Node::code).orElse(null), u.name(), u.nameEn());
    }

    private Node node(long unitId) {
        return tree.unit(unitId).orElseThrow(() -> new IllegalStateException("unit " + unitId + " is not in the directory"));
    }
}
