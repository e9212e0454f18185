package cn.gov.yongzhou.qingfeng.admin;

import static cn.gov.yongzhou.qingfeng.admin.AdminForms.admin;
import static cn.gov.yongzhou.qingfeng.admin.AdminForms.adminForm;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.gov.yongzhou.qingfeng.support.StaffClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The routing rules as an admin changes them; a rule made here is deactivated again, so routing stays the default. */
@QuarkusTest
class RoutingAdminPagesTest {

    static final String EXPLANATION_ZH = "祁阳市政务服务中心的傲慢服务举报，由祁阳市纪委监委直接办理（测试规则）。";

    @Inject
    EntityManager em;

    @AfterEach
    void deactivateTheTestRules() {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update routing_rule set active = false "
                + "where explanation_zh like '%（测试规则）%'").executeUpdate());
    }

    long number(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }

    static RequestSpecification rule(RequestSpecification form, String category, String unitCode, String handling,
            String specificUnitCode, String reason) {
        return form.formParam("category", category).formParam("unitKind", "").formParam("unitCode", unitCode)
                .formParam("handling", handling).formParam("specificUnitCode", specificUnitCode)
                .formParam("explanationZh", EXPLANATION_ZH)
                .formParam("explanationEn", "Arrogant service at Qiyang's service center goes to Qiyang's discipline "
                        + "body (test rule).")
                .formParam("reason", reason);
    }

    @Test
    void shouldListTheActiveRulesWithTheirExplanationInThePagesLanguage() {
        admin().get("/staff/admin/routing").then().statusCode(200).header("Cache-Control", "no-store")
                .body(containsString("索拿卡要（第九条）：不由被举报单位办理"), containsString("所有单位"),
                        containsString("纪委监委"), containsString("id=\"new-rule\""));
        admin().queryParam("lang", "en").get("/staff/admin/routing").then().statusCode(200)
                .body(containsString("Petty corruption (rule 9): never handled by the accused"),
                        not(containsString("索拿卡要（第九条）")));
    }

    @Test
    void shouldRefusePettyCorruptionToTheAccusedsOwnUnitSayingWhyAndStoringNothing() {
        long rules = number("select count(*) from routing_rule");
        long history = number("select count(*) from routing_rule_history");
        long log = number("select count(*) from admin_change where subject = 'routingRule'");

        rule(adminForm(), "PETTY_CORRUPTION", "QY-ZWFW", "OWN_UNIT", "", "由本单位自查").post("/staff/admin/routing")
                .then().statusCode(422)
                .body(containsString("id=\"rule-refusal\""), containsString("索拿卡要以及涉及纪委监委本身的举报，不能交回被举报单位办理。"),
                        containsString(EXPLANATION_ZH), containsString("由本单位自查"),
                        containsString("<option value=\"QY-ZWFW\" selected>"));
        // a rule naming the unit itself as the handler is the same thing
        rule(adminForm(), "PETTY_CORRUPTION", "QY-ZWFW", "SPECIFIC_UNIT", "QY-ZWFW", "指定本单位")
                .queryParam("lang", "en").post("/staff/admin/routing").then().statusCode(422)
                .body(containsString("may not go back to the accused unit"));
        // one active rule per category and scope: arrogant service everywhere already has one
        rule(adminForm(), "ARROGANT_SERVICE", "", "CITY_DISCIPLINE_BODY", "", "全部交市纪委").post("/staff/admin/routing")
                .then().statusCode(422).body(containsString("同一类别、同一范围已有一条在用的规则"));
        rule(adminForm(), "ARROGANT_SERVICE", "QY-ZWFW", "CITY_DISCIPLINE_BODY", "", " ").post("/staff/admin/routing")
                .then().statusCode(422).body(containsString("请填写修改理由"));
        // arrogant service back to the accused's unit: only as an explicit exception with its reason
        rule(adminForm(), "ARROGANT_SERVICE", "QY-ZWFW", "OWN_UNIT", "", "由中心自查").post("/staff/admin/routing")
                .then().statusCode(422).body(containsString("只有写明理由、作为例外才能保存"),
                        containsString("id=\"rule-exception\""), containsString("由中心自查"));

        assertEquals(rules, number("select count(*) from routing_rule"));
        assertEquals(history, number("select count(*) from routing_rule_history"));
        assertEquals(log, number("select count(*) from admin_change where subject = 'routingRule'"));
    }

    @Test
    void shouldSaveAnOwnUnitRuleOnlyAsAReasonedExceptionAndShowItAsOne() {
        String location = rule(adminForm(), "ARROGANT_SERVICE", "QY-ZWFW", "OWN_UNIT", "", "试点")
                .formParam("exceptionReason", "中心投诉核查科与窗口分设（测试）").post("/staff/admin/routing")
                .then().statusCode(303).extract().header("Location");
        admin().get(location).then().statusCode(200).body(containsString("中心投诉核查科与窗口分设（测试）"),
                containsString("例外"));
        admin().get("/staff/admin/routing").then().statusCode(200)
                .body(containsString("中心投诉核查科与窗口分设（测试）"));
    }

    @Test
    void shouldCreateChangeAndDeactivateARuleKeepingItsHistory() {
        String location = rule(adminForm(), "ARROGANT_SERVICE", "QY-ZWFW", "SPECIFIC_UNIT", "QY-JW", "祁阳试点")
                .post("/staff/admin/routing").then().statusCode(303)
                .header("Location", containsString("msg=ruleCreated")).extract().header("Location");
        long id = Long.parseLong(location.replaceAll(".*/staff/admin/routing/(\\d+)\\?.*", "$1"));
        admin().get("/staff/admin/routing").then().statusCode(200).body(containsString("id=\"rule-" + id + "\""),
                containsString(EXPLANATION_ZH));

        rule(adminForm(), "ARROGANT_SERVICE", "QY-ZWFW", "AREA_DISCIPLINE_BODY", "", "改为按区域分办")
                .post("/staff/admin/routing/" + id).then().statusCode(303)
                .header("Location", containsString("msg=ruleChanged"));
        adminForm().formParam("reason", "").post("/staff/admin/routing/" + id + "/deactivate").then().statusCode(422)
                .body(containsString("请填写修改理由"));
        adminForm().formParam("reason", "试点结束").post("/staff/admin/routing/" + id + "/deactivate").then()
                .statusCode(303).header("Location", containsString("msg=ruleDeactivated"));

        admin().get("/staff/admin/routing/" + id).then().statusCode(200)
                .body(containsString("祁阳试点"), containsString("改为按区域分办"), containsString("试点结束"),
                        containsString("新建"), containsString("修改"), containsString("停用"), containsString("QY-JW"),
                        containsString("admin-wang"), not(containsString("id=\"change-rule\"")));
        assertEquals(List.of("CREATED", "UPDATED", "DEACTIVATED"), em.createNativeQuery("select change from "
                + "routing_rule_history where rule_id = " + id + " order by id").getResultList());
        assertEquals(List.of("CREATED", "CHANGED", "ENDED"), em.createNativeQuery("select action from admin_change "
                + "where subject = 'routingRule' and subject_ref = '" + id + "' order by id").getResultList());
        // an inactive rule is not changed again
        rule(adminForm(), "ARROGANT_SERVICE", "QY-ZWFW", "CITY_DISCIPLINE_BODY", "", "再改").post("/staff/admin/routing/" + id)
                .then().statusCode(422).body(containsString("这条规则已停用"));
    }

    @Test
    void shouldKeepTheRulesFromAnyoneButAdmins() {
        long rules = number("select count(*) from routing_rule");
        for (String role : AdminForms.OTHER_ROLES) {
            StaffClient.as("someone", role).get("/staff/admin/routing").then().statusCode(403);
            rule(StaffClient.formAs("someone", role), "ARROGANT_SERVICE", "QY-ZWFW", "CITY_DISCIPLINE_BODY", "", "x")
                    .post("/staff/admin/routing").then().statusCode(403);
        }
        assertEquals(rules, number("select count(*) from routing_rule"));
    }
}
