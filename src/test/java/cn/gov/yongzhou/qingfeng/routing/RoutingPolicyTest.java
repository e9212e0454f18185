package cn.gov.yongzhou.qingfeng.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.yongzhou.qingfeng.casework.Transition;
import cn.gov.yongzhou.qingfeng.category.Category;
import cn.gov.yongzhou.qingfeng.directory.UnitKind;
import cn.gov.yongzhou.qingfeng.routing.RoutingPolicy.Accusation;
import cn.gov.yongzhou.qingfeng.routing.RoutingPolicy.Bodies;
import cn.gov.yongzhou.qingfeng.routing.RoutingPolicy.Candidate;
import cn.gov.yongzhou.qingfeng.routing.RoutingPolicy.Head;
import cn.gov.yongzhou.qingfeng.routing.RoutingPolicy.Rule;
import cn.gov.yongzhou.qingfeng.routing.RoutingPolicy.UnitRef;
import cn.gov.yongzhou.qingfeng.shared.web.Bilingual;
import cn.gov.yongzhou.qingfeng.shared.web.Messages;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The routing policy as a table, on a small directory shaped like the sample one: city-level units, Lingling (LL) and
 * Qiyang (QY) with their discipline bodies, and an area XX whose discipline body is missing from the directory.
 */
class RoutingPolicyTest {

    static final Map<String, UnitRef> UNITS = new LinkedHashMap<>();

    static {
        unit("CITY-JW", UnitKind.DISCIPLINE_BODY, null, "永州市纪委监委");
        unit("CITY-DCS", UnitKind.SUPERVISION_OFFICE, null, "永州市人民政府督查室");
        unit("CITY-GA", UnitKind.CITY_DEPARTMENT, null, "永州市公安局");
        unit("LL", UnitKind.COUNTY_GOVERNMENT, "LL", "零陵区人民政府");
        unit("LL-ZWFW", UnitKind.SERVICE_CENTER, "LL", "零陵区政务服务中心");
        unit("LL-ZWGL", UnitKind.CITY_DEPARTMENT, "LL", "零陵区政务服务管理办公室");
        unit("LL-JW", UnitKind.DISCIPLINE_BODY, "LL", "零陵区纪委监委");
        unit("LL-GA", UnitKind.CITY_DEPARTMENT, "LL", "零陵区公安分局");
        unit("QY-JW", UnitKind.DISCIPLINE_BODY, "QY", "祁阳市纪委监委");
        unit("XX-GA", UnitKind.CITY_DEPARTMENT, "XX", "某区公安分局");
    }

    static void unit(String code, UnitKind kind, String area, String name) {
        UNITS.put(code, new UnitRef(UNITS.size() + 1, code, kind, area, name, null));
    }

    static UnitRef u(String code) {
        UnitRef ref = UNITS.get(code);
        if (ref == null) {
            throw new IllegalArgumentException(code);
        }
        return ref;
    }

    static final Bodies BODIES = new Bodies(u("CITY-JW"), u("CITY-DCS"), Map.of("LL", u("LL-JW"), "QY", u("QY-JW")));

    /** The verifying bodies the directory records (the centre's managing office); none for any other unit. */
    static final Map<String, String> VERIFIERS = Map.of("LL-ZWFW", "LL-ZWGL");

    static Accusation accusation(String category, String accused, boolean namesHead) {
        String verifier = VERIFIERS.get(accused);
        return new Accusation(category.equals("AS") ? AS : PC, u(accused), namesHead,
                verifier == null ? null : u(verifier));
    }

    static final Category AS = Category.ARROGANT_SERVICE;
    static final Category PC = Category.PETTY_CORRUPTION;

    /** Rules by name: the four seeded by V6 ("seeded"), and rules an admin might write, wise or not. */
    static final Map<String, Rule> RULES = new LinkedHashMap<>();

    static {
        rule("seedAs", AS, null, null, Handling.VERIFYING_BODY, null);
        rule("seedPc", PC, null, null, Handling.AREA_DISCIPLINE_BODY, null);
        rule("seedAsJw", AS, null, UnitKind.DISCIPLINE_BODY, Handling.CITY_DISCIPLINE_BODY, null);
        rule("seedPcJw", PC, null, UnitKind.DISCIPLINE_BODY, Handling.CITY_DISCIPLINE_BODY, null);
        // no data constraint lets these two in; the policy must refuse them anyway
        rule("pcOwn", PC, "LL-GA", null, Handling.OWN_UNIT, null);
        rule("pcSelf", PC, "LL-GA", null, Handling.SPECIFIC_UNIT, "LL-GA");
        rule("pcDept", PC, "LL-GA", null, Handling.SPECIFIC_UNIT, "CITY-GA");
        rule("pcCity", PC, "LL-GA", null, Handling.CITY_DISCIPLINE_BODY, null);
        rule("asCenters", AS, null, UnitKind.SERVICE_CENTER, Handling.CITY_DISCIPLINE_BODY, null);
        rule("asLlDcs", AS, "LL-ZWFW", null, Handling.SPECIFIC_UNIT, "CITY-DCS");
        rule("asJwOwn", AS, null, UnitKind.DISCIPLINE_BODY, Handling.OWN_UNIT, null);
        rule("pcJwPeer", PC, "LL-JW", null, Handling.SPECIFIC_UNIT, "QY-JW");
        // the accused's own unit: refused unless an explicit, reasoned exception, and never for petty corruption
        rule("asOwn", AS, "LL-ZWFW", null, Handling.OWN_UNIT, null);
        rule("asOwnByName", AS, "LL-ZWFW", null, Handling.SPECIFIC_UNIT, "LL-ZWFW");
        exception("asOwnEx", AS, "LL-ZWFW", Handling.OWN_UNIT);
        exception("asDcsEx", AS, "CITY-DCS", Handling.OWN_UNIT);
        exception("pcOwnEx", PC, "LL-GA", Handling.OWN_UNIT);
    }

    static void rule(String name, Category category, String unit, UnitKind kind, Handling handling, String specific) {
        RULES.put(name, new Rule(RULES.size() + 100, category, unit == null ? null : u(unit).id(), kind, handling,
                specific == null ? null : u(specific), Bilingual.of("规则 " + name, "rule " + name)));
    }

    static void exception(String name, Category category, String unit, Handling handling) {
        RULES.put(name, new Rule(RULES.size() + 100, category, u(unit).id(), null, handling, null,
                Bilingual.of("规则 " + name, "rule " + name), "该中心已单独设立投诉核查科室"));
    }

    static List<Rule> rules(String names) {
        if (names == null) {
            return List.of();
        }
        return Arrays.stream(names.split(" ")).flatMap(n -> n.equals("seeded")
                ? Stream.of("seedAs", "seedPc", "seedAsJw", "seedPcJw")
                : Stream.of(n)).map(RULES::get).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # case                                           | cat | accused  | head  | rules                    | handler  | supervisor | reason                     | action   | set aside
            arrogant service at a county service center      | AS  | LL-ZWFW  | false | -                        | LL-ZWGL  | CITY-DCS   | CATEGORY_DEFAULT           | ASSIGN   | -
            the same under the seeded rules                  | AS  | LL-ZWFW  | false | seeded                   | LL-ZWGL  | CITY-DCS   | RULE                       | ASSIGN   | -
            arrogant service, no verifying body recorded     | AS  | LL-GA    | false | -                        | LL-JW    | -          | CATEGORY_DEFAULT           | ASSIGN   | -
            the same under the seeded rules                  | AS  | LL-GA    | false | seeded                   | LL-JW    | -          | RULE                       | ASSIGN   | -
            arrogant service at the managing office itself   | AS  | LL-ZWGL  | false | seeded                   | LL-JW    | -          | RULE                       | ASSIGN   | -
            a rule to the own unit, no exception             | AS  | LL-ZWFW  | false | seeded asOwn             | LL-ZWGL  | CITY-DCS   | CATEGORY_DEFAULT           | ASSIGN   | asOwn
            a rule to the own unit by name, no exception     | AS  | LL-ZWFW  | false | seeded asOwnByName       | LL-ZWGL  | CITY-DCS   | CATEGORY_DEFAULT           | ASSIGN   | asOwnByName
            an explicit exception to the own unit            | AS  | LL-ZWFW  | false | seeded asOwnEx           | LL-ZWFW  | CITY-DCS   | RULE                       | ASSIGN   | -
            no exception holds when the head is named        | AS  | LL-ZWFW  | true  | seeded asOwnEx           | LL-JW    | -          | NAMES_HEAD                 | ASSIGN   | asOwnEx
            no exception for petty corruption                | PC  | LL-GA    | false | seeded pcOwnEx           | LL-JW    | -          | CATEGORY_DEFAULT           | ASSIGN   | pcOwnEx
            petty corruption at a county department          | PC  | LL-GA    | false | -                        | LL-JW    | -          | CATEGORY_DEFAULT           | ASSIGN   | -
            the same under the seeded rules                  | PC  | LL-GA    | false | seeded                   | LL-JW    | -          | RULE                       | ASSIGN   | -
            petty corruption at a city department            | PC  | CITY-GA  | false | -                        | CITY-JW  | -          | CATEGORY_DEFAULT           | ASSIGN   | -
            the same under the seeded rules                  | PC  | CITY-GA  | false | seeded                   | CITY-JW  | -          | RULE                       | ASSIGN   | -
            petty corruption at the county government itself | PC  | LL       | false | seeded                   | LL-JW    | -          | RULE                       | ASSIGN   | -
            petty corruption, area without a discipline body | PC  | XX-GA    | false | -                        | CITY-JW  | -          | CATEGORY_DEFAULT           | ASSIGN   | -
            arrogant service naming the head                 | AS  | LL-ZWFW  | true  | -                        | LL-JW    | -          | NAMES_HEAD                 | ASSIGN   | -
            the same: the seeded own-unit rule set aside     | AS  | LL-ZWFW  | true  | seeded                   | LL-JW    | -          | NAMES_HEAD                 | ASSIGN   | seedAs
            the same at a city department                    | AS  | CITY-GA  | true  | seeded                   | CITY-JW  | -          | RULE                       | ASSIGN   | -
            a report about a county discipline body          | AS  | LL-JW    | false | -                        | CITY-JW  | -          | ABOUT_DISCIPLINE_BODY      | ASSIGN   | -
            the same under the seeded rules                  | PC  | LL-JW    | false | seeded                   | CITY-JW  | -          | RULE                       | ASSIGN   | -
            a report about the city discipline body          | PC  | CITY-JW  | false | -                        | -        | -          | ABOUT_CITY_DISCIPLINE_BODY | TRANSFER | -
            the same: the seeded rule would keep it there    | AS  | CITY-JW  | true  | seeded                   | -        | -          | ABOUT_CITY_DISCIPLINE_BODY | TRANSFER | seedAsJw
            a rule: petty corruption to the own unit         | PC  | LL-GA    | false | seeded pcOwn             | LL-JW    | -          | CATEGORY_DEFAULT           | ASSIGN   | pcOwn
            a rule: petty corruption to the unit, by name    | PC  | LL-GA    | false | pcSelf                   | LL-JW    | -          | CATEGORY_DEFAULT           | ASSIGN   | pcSelf
            a rule: petty corruption to a department         | PC  | LL-GA    | false | pcDept                   | LL-JW    | -          | CATEGORY_DEFAULT           | ASSIGN   | pcDept
            a rule: petty corruption to the city body        | PC  | LL-GA    | false | seeded pcCity            | CITY-JW  | -          | RULE                       | ASSIGN   | -
            that rule holds when the head is named           | PC  | LL-GA    | true  | seeded pcCity            | CITY-JW  | -          | RULE                       | ASSIGN   | -
            a kind rule beats an any-unit rule               | AS  | LL-ZWFW  | false | seeded asCenters         | CITY-JW  | -          | RULE                       | ASSIGN   | -
            a unit rule beats a kind rule                    | AS  | LL-ZWFW  | false | asCenters asLlDcs seeded | CITY-DCS | CITY-JW    | RULE                       | ASSIGN   | -
            the supervision office is not its own supervisor | AS  | CITY-DCS | false | asDcsEx                  | CITY-DCS | CITY-JW    | RULE                       | ASSIGN   | -
            a discipline body never looks into itself        | AS  | LL-JW    | false | asJwOwn                  | CITY-JW  | -          | ABOUT_DISCIPLINE_BODY      | ASSIGN   | asJwOwn
            a discipline body goes up, not to a peer         | PC  | LL-JW    | false | seeded pcJwPeer          | CITY-JW  | -          | ABOUT_DISCIPLINE_BODY      | ASSIGN   | pcJwPeer
            """)
    void shouldRoute(String description, String category, String accused, boolean namesHead, String ruleNames,
            String handler, String supervisor, RouteReason reason, Transition action, String setAside) {
        Accusation a = accusation(category, accused, namesHead);
        Route route = RoutingPolicy.route(a, BODIES, rules(ruleNames));
        assertEquals(handler, route.handler() == null ? null : route.handler().code(), "handler");
        assertEquals(supervisor, route.supervisor() == null ? null : route.supervisor().code(), "supervisor");
        assertEquals(reason, route.reason());
        assertEquals(action, route.action());
        assertEquals(setAside == null ? null : RULES.get(setAside), route.setAside(), "rule set aside");
        assertEquals(reason == RouteReason.RULE, route.rule() != null, "the deciding rule is named");
        assertEquals(namesHead, route.namesHead());
        if (route.handler() != null) {
            boolean byException = route.rule() != null && route.rule().exception();
            assertEquals(Conflict.NONE, RoutingPolicy.conflict(new Candidate(route.handler(), false, false,
                    byException), a), "a route never lands where assigning is refused");
        }
        assertFalse(route.explain(Messages.CHINESE).contains("routeReason"), "the explanation has its text");
        assertFalse(route.explain(Messages.ENGLISH).contains("{"), "the explanation has its arguments");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                                    | cat | accused | head  | target   | on staff | is head | exception | conflict
            petty corruption to the accused's own unit                | PC  | LL-GA   | false | LL-GA    | false    | false   | false     | OWN_UNIT
            the same, even by an exception rule                       | PC  | LL-GA   | false | LL-GA    | false    | false   | true      | OWN_UNIT
            petty corruption to the area's discipline body            | PC  | LL-GA   | false | LL-JW    | false    | false   | false     | NONE
            petty corruption to a unit listing the accused            | PC  | LL-ZWFW | false | LL-GA    | true     | false   | false     | OWN_UNIT
            arrogant service to the accused's own unit                | AS  | LL-ZWFW | false | LL-ZWFW  | true     | false   | false     | OWN_UNIT
            the same by an explicit exception rule                    | AS  | LL-ZWFW | false | LL-ZWFW  | true     | false   | true      | NONE
            arrogant service to the unit the accused is seconded from | AS  | LL-ZWFW | false | LL-GA    | true     | false   | false     | OWN_UNIT
            arrogant service to the centre's managing office          | AS  | LL-ZWFW | false | LL-ZWGL  | false    | false   | false     | NONE
            arrogant service naming the head, to the head's unit      | AS  | LL-ZWFW | true  | LL-ZWFW  | false    | true    | false     | HEAD_OF_UNIT
            naming the county head, to the own unit                   | AS  | LL-ZWFW | true  | LL-ZWFW  | false    | false   | false     | OWN_UNIT
            the same, even by an exception rule                       | AS  | LL-ZWFW | true  | LL-ZWFW  | false    | false   | true      | OWN_UNIT
            the same, to the county government                        | AS  | LL-ZWFW | true  | LL       | false    | true    | false     | HEAD_OF_UNIT
            any unit the accused headed at the time                   | PC  | LL-GA   | false | CITY-GA  | false    | true    | false     | HEAD_OF_UNIT
            arrogant service at a discipline body, to that body       | AS  | LL-JW   | false | LL-JW    | false    | false   | false     | OWN_UNIT
            the same, even by an exception rule                       | AS  | LL-JW   | false | LL-JW    | false    | false   | true      | OWN_UNIT
            arrogant service to the supervision office                | AS  | LL-ZWFW | false | CITY-DCS | false    | false   | false     | NONE
            petty corruption to the city's discipline body            | PC  | CITY-GA | true  | CITY-JW  | false    | false   | false     | NONE
            """)
    void shouldRefuseAssigningWhereTheAccusedWorks(String description, String category, String accused,
            boolean namesHead, String target, boolean onStaff, boolean isHead, boolean byException,
            Conflict expected) {
        Accusation a = new Accusation(category.equals("AS") ? AS : PC, u(accused), namesHead);
        assertEquals(expected, RoutingPolicy.conflict(new Candidate(u(target), onStaff, isHead, byException), a));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # case                          | accused name | accused badge | head name | head badge | names head
            the same name                   | 示例主任乙        | -             | 示例主任乙     | -          | true
            the same name, spaced out       | 示例 主任乙       | -             | 示例主任乙     | -          | true
            another name                    | 示例主任甲        | -             | 示例主任乙     | -          | false
            the head's badge, in other case | -            | ll0009        | 示例主任乙     | LL0009     | true
            a staff member's badge          | -            | LL0301        | 示例主任乙     | LL0009     | false
            no badge known for the head     | -            | LL0301        | 示例主任乙     | -          | false
            nothing said about the accused  | -            | -             | 示例主任乙     | -          | false
            blank name                      | '  '         | -             | 示例主任乙     | -          | false
            """)
    void shouldTellWhetherTheReportNamesTheHead(String description, String name, String badge, String headName,
            String headBadge, boolean expected) {
        assertEquals(expected, RoutingPolicy.namesHead(name, badge, List.of(new Head(headName, headBadge))));
    }

    @Test
    void shouldNameNoHeadWhenTheUnitHadNone() {
        assertFalse(RoutingPolicy.namesHead("示例主任乙", "LL0009", List.of()));
    }

    @Test
    void shouldExplainTheRouteWithTheUnitsAndTheRule() {
        Accusation a = accusation("AS", "LL-ZWFW", true);
        Route route = RoutingPolicy.route(a, BODIES, rules("seeded"));
        String zh = route.explain(Messages.CHINESE);
        assertTrue(zh.contains("零陵区政务服务中心") && zh.contains("零陵区纪委监委"), zh);
        assertTrue(zh.contains("#" + RULES.get("seedAs").id()), "says which rule was set aside: " + zh);
        Route byRule = RoutingPolicy.route(new Accusation(PC, u("LL-GA"), false), BODIES, rules("seeded"));
        assertTrue(byRule.explain(Messages.ENGLISH).contains("rule seedPc"), byRule.explain(Messages.ENGLISH));
        Route outside = RoutingPolicy.route(new Accusation(PC, u("CITY-JW"), false), BODIES, List.of());
        assertTrue(outside.transferOutside());
        assertNull(outside.supervisor());
        assertTrue(outside.explain(Messages.CHINESE).contains("上级纪委监委"), outside.explain(Messages.CHINESE));
    }
}
