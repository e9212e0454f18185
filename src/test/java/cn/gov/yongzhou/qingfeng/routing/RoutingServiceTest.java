package cn.gov.yongzhou.qingfeng.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.yongzhou.qingfeng.casework.Transition;
import cn.gov.yongzhou.qingfeng.category.Category;
import cn.gov.yongzhou.qingfeng.directory.Unit;
import cn.gov.yongzhou.qingfeng.directory.UnitKind;
import cn.gov.yongzhou.qingfeng.intake.Report;
import cn.gov.yongzhou.qingfeng.routing.RoutingRules.RuleDraft;
import cn.gov.yongzhou.qingfeng.routing.RoutingRules.RuleRefused;
import cn.gov.yongzhou.qingfeng.shared.cache.ChangeFeed;
import cn.gov.yongzhou.qingfeng.shared.web.Messages;
import cn.gov.yongzhou.qingfeng.support.TestReports;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Routing on the sample directory: reports filed through the API, heads by the date of the conduct, rule history. */
@QuarkusTest
class RoutingServiceTest {

    @Inject
    RoutingService routing;

    @Inject
    RoutingRules routingRules;

    @Inject
    EntityManager em;

    @Inject
    ChangeFeed feed;

    static Report file(Map<String, String> fields) {
        String receipt = TestReports.api(fields).post("/api/v1/reports").then().statusCode(201).extract()
                .path("receipt");
        return Report.findByReceipt(receipt).orElseThrow();
    }

    /** Arrogant service at Lingling's service center about a person named, without a badge. */
    static Map<String, String> arrogantServiceNaming(String accusedName, String occurredDate) {
        Map<String, String> f = TestReports.valid();
        f.put("category", "ARROGANT_SERVICE");
        f.put("subcategory", "HARD_FACE");
        f.put("accusedName", accusedName);
        f.remove("accusedBadge");
        f.put("occurredDate", occurredDate);
        return f;
    }

    static Unit unit(String code) {
        return Unit.findByCode(code).orElseThrow();
    }

    static String code(RoutingPolicy.UnitRef ref) {
        return ref == null ? null : ref.code();
    }

    static RoutingRule seeded(Category category, UnitKind kind) {
        return RoutingRule.<RoutingRule> list("category = ?1 and unit is null and unitKind is not distinct from ?2",
                category, kind).get(0);
    }

    @Test
    @TestTransaction
    void shouldSendPettyCorruptionAtAServiceCenterToTheDistrictsDisciplineBody() {
        Report report = file(TestReports.valid());
        Route route = routing.route(report);
        assertEquals("LL-JW", code(route.handler()));
        assertNull(route.supervisor());
        assertEquals(Transition.ASSIGN, route.action());
        assertEquals(RouteReason.RULE, route.reason());
        assertEquals(seeded(Category.PETTY_CORRUPTION, null).id, route.rule().id());
        assertTrue(route.explain(Messages.CHINESE).contains("零陵区纪委监委"), route.explain(Messages.CHINESE));
        assertEquals(Conflict.OWN_UNIT, routing.conflict(unit("LL-ZWFW"), report));
        assertEquals(Conflict.NONE, routing.conflict(unit("LL-JW"), report));
    }

    @Test
    @TestTransaction
    void shouldSendArrogantServiceNamingTheHeadOfTheDayToTheDisciplineBody() {
        // 示例主任乙 heads 零陵区政务服务中心 from 2024-03-01
        Report report = file(arrogantServiceNaming("示例主任乙", "2024-06-03"));
        Route route = routing.route(report);
        assertEquals("LL-JW", code(route.handler()));
        assertEquals(RouteReason.NAMES_HEAD, route.reason());
        assertTrue(route.namesHead());
        assertEquals(seeded(Category.ARROGANT_SERVICE, null).id, route.setAside().id(), "the own-unit rule set aside");
        assertEquals(Conflict.HEAD_OF_UNIT, routing.conflict(unit("LL-ZWFW"), report));
        assertEquals(Conflict.NONE, routing.conflict(unit("LL-JW"), report));
    }

    @Test
    @TestTransaction
    void shouldSendArrogantServiceAtAWindowToTheCentresManagingOfficeNeverToTheCentre() {
        // on 2024-02-15 示例主任甲 was the head; 示例主任乙 is then just a name
        Report report = file(arrogantServiceNaming("示例主任乙", "2024-02-15"));
        Route route = routing.route(report);
        assertEquals("LL-ZWGL", code(route.handler()), "零陵区政务服务管理办公室, the centre's managing office");
        assertEquals("CITY-DCS", code(route.supervisor()));
        assertEquals(RouteReason.RULE, route.reason());
        assertFalse(route.namesHead());
        assertEquals(Conflict.OWN_UNIT, routing.conflict(unit("LL-ZWFW"), report), "not the centre the staff work in");
        assertEquals(Conflict.NONE, routing.conflict(unit("LL-ZWGL"), report));

        Report aboutTheHeadThen = file(arrogantServiceNaming("示例主任甲", "2024-02-15"));
        Route other = routing.route(aboutTheHeadThen);
        assertEquals("LL-JW", code(other.handler()));
        assertEquals(RouteReason.NAMES_HEAD, other.reason());
        assertEquals(Conflict.HEAD_OF_UNIT, routing.conflict(unit("LL-ZWFW"), aboutTheHeadThen),
                "the head at the time of the conduct, though no longer head");
    }

    @Test
    @TestTransaction
    void shouldSendArrogantServiceWithoutAVerifyingBodyToTheAreasDisciplineBodyAndADepartmentsToItsGroup() {
        Map<String, String> f = arrogantServiceNaming("某科员", "2024-06-03");
        f.put("unit", "LL-GA");
        f.remove("window");
        Report report = file(f);
        assertEquals("LL-JW", code(routing.route(report).handler()), "no verifying body recorded for LL-GA");
        em.createNativeQuery("""
                insert into unit (code, name, kind, parent_id)
                select 'LL-JW-GA', '零陵区纪委监委派驻区公安分局纪检监察组', 'DISCIPLINE_BODY', id from unit where code = 'LL-JW'""")
                .executeUpdate();
        em.createNativeQuery("update unit set verifying_body_id = (select id from unit where code = 'LL-JW-GA') "
                + "where code = 'LL-GA'").executeUpdate();
        feed.changedHere("unit"); // written past Hibernate: the directory in memory is told, as an edit page does
        em.clear();
        Route route = routing.route(Report.findById(report.id));
        assertEquals("LL-JW-GA", code(route.handler()), "the department's resident discipline group");
        assertNull(route.supervisor(), "a discipline body answers along its own line");
    }

    @Test
    @TestTransaction
    void shouldSendACaseBackToTheAccusedsUnitOnlyByAnExplicitReasonedException() {
        Report report = file(arrogantServiceNaming("某科员", "2024-06-03"));
        assertEquals(Conflict.OWN_UNIT, routing.conflict(unit("LL-ZWFW"), report));
        RoutingRule rule = routingRules.createRule(new RuleDraft(Category.ARROGANT_SERVICE, "LL-ZWFW", null,
                Handling.OWN_UNIT, null, "零陵区政务服务中心设有独立的投诉核查科。", "The Lingling centre has an independent complaints office.",
                "中心投诉核查科与窗口分设，经区纪委监委同意"), "admin-zhao", "试点");
        Route route = routing.route(report);
        assertEquals("LL-ZWFW", code(route.handler()));
        assertEquals(rule.id, route.rule().id());
        assertEquals(Conflict.NONE, routing.conflict(unit("LL-ZWFW"), report), "the exception's own target");
        assertEquals("中心投诉核查科与窗口分设，经区纪委监委同意",
                RoutingRuleHistory.of(rule.id).get(0).newValue.exceptionReason());

        Report namingTheHead = file(arrogantServiceNaming("示例主任乙", "2024-06-03"));
        assertEquals("LL-JW", code(routing.route(namingTheHead).handler()), "no exception for the head");
        assertEquals(Conflict.HEAD_OF_UNIT, routing.conflict(unit("LL-ZWFW"), namingTheHead));
    }

    @Test
    @TestTransaction
    void shouldHaveMovedTheSeededOwnUnitRuleToTheVerifyingBodyWithItsHistory() {
        RoutingRule rule = seeded(Category.ARROGANT_SERVICE, null);
        List<RoutingRuleHistory> history = RoutingRuleHistory.of(rule.id);
        RoutingRuleHistory moved = history.get(history.size() - 1);
        assertEquals(RuleChange.UPDATED, moved.change);
        assertEquals(Handling.OWN_UNIT, moved.oldValue.handling());
        assertEquals(Handling.VERIFYING_BODY, moved.newValue.handling());
        assertEquals("V90__routing_without_exposure.sql", moved.actor);
    }

    @Test
    @TestTransaction
    void shouldRefuseEveryUnitThatListsTheAccusedOnItsStaff() {
        Map<String, String> f = TestReports.valid();
        f.put("unit", "LL-GA");
        f.remove("window");
        f.put("accusedBadge", "ll0301"); // a window staff member of 零陵区政务服务中心
        Report report = file(f);
        assertEquals("LL-JW", code(routing.route(report).handler()));
        assertEquals(Conflict.OWN_UNIT, routing.conflict(unit("LL-GA"), report));
        assertEquals(Conflict.OWN_UNIT, routing.conflict(unit("LL-ZWFW"), report));
        assertEquals(Conflict.NONE, routing.conflict(unit("LL-JW"), report));
    }

    @Test
    @TestTransaction
    void shouldSendReportsAboutADisciplineBodyOneLevelUpAndBeyondTheCity() {
        Map<String, String> f = TestReports.valid();
        f.remove("window");
        f.put("unit", "LL-JW");
        Route county = routing.route(file(f));
        assertEquals("CITY-JW", code(county.handler()));
        assertEquals(Transition.ASSIGN, county.action());

        f.put("unit", "CITY-JW");
        f.put("idNumber", TestReports.idNumber());
        Route city = routing.route(file(f));
        assertTrue(city.transferOutside());
        assertEquals(Transition.TRANSFER, city.action());
        assertEquals(RouteReason.ABOUT_CITY_DISCIPLINE_BODY, city.reason());
        assertTrue(city.explain(Messages.CHINESE).contains("上级纪委监委"));
    }

    @Test
    @TestTransaction
    void shouldKeepEveryRuleChangeInTheHistory() {
        Map<String, String> f = TestReports.valid();
        f.put("unit", "LL-GA");
        f.remove("window");
        Report report = file(f);
        assertEquals("LL-JW", code(routing.route(report).handler()));

        RoutingRule rule = routingRules.createRule(new RuleDraft(Category.PETTY_CORRUPTION, "LL-GA", null,
                Handling.CITY_DISCIPLINE_BODY, null, "零陵区公安分局的索拿卡要由市纪委监委直接办理。",
                "Petty corruption at the Lingling police goes straight to the city's discipline body."),
                "admin-zhao", "区纪委监委申请回避");
        Route byRule = routing.route(report);
        assertEquals("CITY-JW", code(byRule.handler()));
        assertEquals(rule.id, byRule.rule().id());

        routingRules.changeRule(rule.id, new RuleDraft(Category.PETTY_CORRUPTION, "LL-GA", null, Handling.SPECIFIC_UNIT,
                "QY-JW", "零陵区公安分局的索拿卡要由祁阳市纪委监委异地办理。",
                "Petty corruption at the Lingling police is handled by Qiyang's discipline body."),
                "admin-zhao", "改为异地办理");
        assertEquals("QY-JW", code(routing.route(report).handler()));

        routingRules.deactivateRule(rule.id, "admin-qian", "回避事由消除");
        assertEquals("LL-JW", code(routing.route(report).handler()), "the defaults apply again");

        List<RoutingRuleHistory> history = RoutingRuleHistory.of(rule.id);
        assertEquals(List.of(RuleChange.CREATED, RuleChange.UPDATED, RuleChange.DEACTIVATED),
                history.stream().map(h -> h.change).toList());
        assertNull(history.get(0).oldValue);
        assertEquals(Handling.CITY_DISCIPLINE_BODY, history.get(1).oldValue.handling());
        assertEquals("QY-JW", history.get(1).newValue.specificUnitCode());
        assertTrue(history.get(2).oldValue.active());
        assertFalse(history.get(2).newValue.active());
        assertEquals(List.of("admin-zhao", "admin-zhao", "admin-qian"), history.stream().map(h -> h.actor).toList());
        assertEquals("改为异地办理", history.get(1).reason);

        em.flush();
        List<?> stored = em.createNativeQuery("select new_value ->> 'unitCode' || ' ' || (new_value ->> 'handling') "
                + "from routing_rule_history where rule_id = ?1 order by id").setParameter(1, rule.id).getResultList();
        assertEquals(List.of("LL-GA CITY_DISCIPLINE_BODY", "LL-GA SPECIFIC_UNIT", "LL-GA SPECIFIC_UNIT"), stored);
    }

    @Test
    void shouldSeedTheDefaultsAsRulesWithTheirHistory() {
        QuarkusTransaction.requiringNew().run(() -> {
            for (RoutingRule rule : List.of(seeded(Category.ARROGANT_SERVICE, null),
                    seeded(Category.PETTY_CORRUPTION, null), seeded(Category.ARROGANT_SERVICE, UnitKind.DISCIPLINE_BODY),
                    seeded(Category.PETTY_CORRUPTION, UnitKind.DISCIPLINE_BODY))) {
                List<RoutingRuleHistory> history = RoutingRuleHistory.of(rule.id);
                assertEquals(RuleChange.CREATED, history.get(0).change);
                RoutingRuleHistory latest = history.get(history.size() - 1);
                assertEquals(rule.handling, latest.newValue.handling());
                assertEquals(rule.explanationEn, latest.newValue.explanationEn());
            }
            assertEquals(Handling.VERIFYING_BODY, seeded(Category.ARROGANT_SERVICE, null).handling);
            assertEquals(Handling.AREA_DISCIPLINE_BODY, seeded(Category.PETTY_CORRUPTION, null).handling);
        });
    }

    @Test
    void shouldRefuseRulesThatBreakTheProtectionsAndWriteNothing() {
        long rules = counts().get(0);
        long history = counts().get(1);
        String zh = "说明";
        String en = "explanation";
        Map<String, RuleDraft> refused = Map.of(
                "routing.rule.error.ownUnit",
                new RuleDraft(Category.PETTY_CORRUPTION, "LL-GA", null, Handling.OWN_UNIT, null, zh, en),
                "routing.rule.error.disciplineBodyOnly",
                new RuleDraft(Category.PETTY_CORRUPTION, "LL-GA", null, Handling.SPECIFIC_UNIT, "CITY-GA", zh, en),
                "routing.rule.error.duplicate",
                new RuleDraft(Category.PETTY_CORRUPTION, null, null, Handling.CITY_DISCIPLINE_BODY, null, zh, en),
                "routing.rule.error.scope",
                new RuleDraft(Category.ARROGANT_SERVICE, "LL-GA", UnitKind.CITY_DEPARTMENT, Handling.OWN_UNIT, null, zh,
                        en),
                "routing.rule.error.specificUnit",
                new RuleDraft(Category.ARROGANT_SERVICE, "LL-GA", null, Handling.SPECIFIC_UNIT, null, zh, en),
                "routing.rule.error.explanation",
                new RuleDraft(Category.ARROGANT_SERVICE, "LL-GA", null, Handling.OWN_UNIT, null, zh, " "),
                "routing.rule.error.unknownUnit",
                new RuleDraft(Category.ARROGANT_SERVICE, "NO-SUCH-UNIT", null, Handling.OWN_UNIT, null, zh, en),
                "routing.rule.error.exceptionReason",
                new RuleDraft(Category.ARROGANT_SERVICE, "LL-GA", null, Handling.OWN_UNIT, null, zh, en));
        refused.forEach((key, draft) -> assertEquals(key,
                assertThrows(RuleRefused.class, () -> routingRules.createRule(draft, "admin-zhao", "理由")).messageKey));
        RuleDraft byNameNoReason = new RuleDraft(Category.ARROGANT_SERVICE, "LL-GA", null, Handling.SPECIFIC_UNIT,
                "LL-GA", zh, en, " ");
        assertEquals("routing.rule.error.exceptionReason", assertThrows(RuleRefused.class,
                () -> routingRules.createRule(byNameNoReason, "admin-zhao", "理由")).messageKey);
        RuleDraft fine = new RuleDraft(Category.ARROGANT_SERVICE, "LL-GA", null, Handling.OWN_UNIT, null, zh, en,
                "该单位单独设立了投诉核查科室");
        assertEquals("routing.rule.error.reason",
                assertThrows(RuleRefused.class, () -> routingRules.createRule(fine, "admin-zhao", " ")).messageKey);
        long seededId = QuarkusTransaction.requiringNew().call(() -> seeded(Category.PETTY_CORRUPTION, null).id);
        RuleDraft backToTheUnit = new RuleDraft(Category.PETTY_CORRUPTION, null, null, Handling.OWN_UNIT, null, zh, en);
        assertEquals("routing.rule.error.ownUnit", assertThrows(RuleRefused.class,
                () -> routingRules.changeRule(seededId, backToTheUnit, "admin-zhao", "理由")).messageKey);
        assertEquals(List.of(rules, history), counts(), "no rule and no history row written");
    }

    static List<Long> counts() {
        return QuarkusTransaction.requiringNew().call(() -> List.of(RoutingRule.count(), RoutingRuleHistory.count()));
    }
}
