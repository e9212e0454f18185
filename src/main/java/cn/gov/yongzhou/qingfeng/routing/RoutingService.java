package cn.gov.yongzhou.qingfeng.routing;

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
import cn.gov.yongzhou.qingfeng.shared.web.Bilingual;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The routing decisions: the routing policy fed from the database (the directory, the heads at the date of the
 * conduct, the active rules). The rules themselves are kept by {@link RoutingRules}.
 */
@ApplicationScoped
public class RoutingService {

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
}
