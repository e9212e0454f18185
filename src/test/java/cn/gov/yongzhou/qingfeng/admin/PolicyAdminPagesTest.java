package cn.gov.yongzhou.qingfeng.admin;

import static cn.gov.yongzhou.qingfeng.admin.AdminForms.admin;
import static cn.gov.yongzhou.qingfeng.admin.AdminForms.adminForm;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import cn.gov.yongzhou.qingfeng.calendar.CalendarService;
import cn.gov.yongzhou.qingfeng.casework.CaseRole;
import cn.gov.yongzhou.qingfeng.casework.Casework;
import cn.gov.yongzhou.qingfeng.casework.Transition;
import cn.gov.yongzhou.qingfeng.support.StaffClient;
import cn.gov.yongzhou.qingfeng.support.TestReports;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The deadline policy as an admin changes it. Other tests count on the default limits, so the changes here are made
 * to a limit of its own for extortion (索取财物), which no other test files a report of, and ended afterwards.
 */
@QuarkusTest
class PolicyAdminPagesTest {

    static final Casework.Actor INSPECTOR = new Casework.Actor("inspector-wang", CaseRole.INSPECTOR);

    @Inject
    EntityManager em;

    @Inject
    Casework casework;

    @Inject
    CalendarService calendar;

    @AfterEach
    void endTheExtortionLimit() {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update deadline_policy set valid_to = "
                + "greatest(now(), valid_from) where subcategory = 'EXTORTION' and valid_to is null").executeUpdate());
    }

    long number(String sql, Object... params) {
        var q = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        return ((Number) q.getSingleResult()).longValue();
    }

    long acceptanceLimit() {
        return number("select id from deadline_policy where stage = 'ACCEPTANCE' and category is null and valid_to is null");
    }

    /** An extortion report at Lingling, accepted and assigned to Lingling's discipline body: verification starts. */
    long investigatedCase() {
        Map<String, String> form = TestReports.valid();
        form.put("subcategory", "EXTORTION");
        String receipt = TestReports.api(form).post("/api/v1/reports").then().statusCode(201).extract().path("receipt");
        long id = TestReports.caseOf(em, receipt);
        int v = casework.perform(id, Transition.ACCEPT, INSPECTOR, null, 0).version();
        casework.assign(id, TestReports.unitId(em, "LL-JW"), INSPECTOR, null, v);
        return id;
    }

    LocalDate dueOf(long caseId) {
        return LocalDate.parse(em.createNativeQuery("select due_on::text from case_deadline where case_id = ?1 and "
                + "stage = 'INVESTIGATION' and closed_at is null").setParameter(1, caseId).getSingleResult().toString());
    }

    long policyOf(long caseId) {
        return number("select policy_id from case_deadline where case_id = ?1 and stage = 'INVESTIGATION' and "
                + "closed_at is null", caseId);
    }

    LocalDate startOf(long caseId) {
        return LocalDate.parse(em.createNativeQuery("select started_on::text from case_deadline where case_id = ?1 "
                + "and stage = 'INVESTIGATION' and closed_at is null").setParameter(1, caseId).getSingleResult()
                .toString());
    }

    static long idFrom(String location) {
        String path = location.substring(location.indexOf("/staff/admin/policy/") + "/staff/admin/policy/".length());
        return Long.parseLong(path.substring(0, path.indexOf('?')));
    }

    @Test
    void shouldShowTheLimitsInForceInBothLanguages() {
        admin().get("/staff/admin/policy").then().statusCode(200).header("Cache-Control", "no-store")
                .body(containsString("id=\"limit-" + acceptanceLimit() + "\""), containsString("个工作日"),
                        containsString("纪检监察机关处理检举控告工作规则（2020）第十六条"), containsString("索拿卡要"),
                        containsString("个自然日"));
        admin().queryParam("lang", "en").get("/staff/admin/policy").then().statusCode(200)
                .body(containsString("working days"), containsString("calendar days"), containsString("Petty corruption"));
        admin().get("/staff/admin/policy/" + acceptanceLimit()).then().statusCode(200)
                .body(containsString("id=\"policy-history\""), containsString("default"),
                        not(containsString("id=\"end-limit\"")));
    }

    @Test
    void shouldGiveANewCaseTheNewLimitAndLeaveARunningCaseItsOwn() {
        String added = adminForm().formParam("stage", "INVESTIGATION").formParam("category", "PETTY_CORRUPTION")
                .formParam("subcategory", "EXTORTION").formParam("days", "20").formParam("dayKind", "WORKING")
                .formParam("maxExtensionDays", "10").formParam("source", "本市政策：索取财物从快核查")
                .formParam("reason", "索取财物从快查处").post("/staff/admin/policy").then().statusCode(303)
                .extract().header("Location");
        long first = idFrom(added);

        long running = investigatedCase();
        LocalDate runningDue = dueOf(running);
        assertEquals(calendar.addWorkingDays(startOf(running), 20).date(), runningDue);
        assertEquals(first, policyOf(running));

        String changed = adminForm().formParam("days", "10").formParam("dayKind", "WORKING")
                .formParam("maxExtensionDays", "5").formParam("source", "本市政策：索取财物从快核查")
                .formParam("reason", "试点缩短核查时限").post("/staff/admin/policy/" + first).then().statusCode(303)
                .header("Location", containsString("msg=policyChanged")).extract().header("Location");
        long second = idFrom(changed);
        assertNotEquals(first, second);

        long fresh = investigatedCase();
        assertEquals(runningDue, dueOf(running), "the running stage keeps the limit it started under");
        assertEquals(first, policyOf(running));
        assertEquals(calendar.addWorkingDays(startOf(fresh), 10).date(), dueOf(fresh), "a new stage gets the new limit");
        assertEquals(second, policyOf(fresh));
        assertEquals(1, number("select count(*) from deadline_policy where id = ?1 and valid_to is not null", first));

        admin().get("/staff/admin/policy/" + second).then().statusCode(200)
                .body(containsString("id=\"row-" + first + "\""), containsString("id=\"row-" + second + "\""),
                        containsString("试点缩短核查时限"), containsString("索取财物从快查处"),
                        containsString("id=\"end-limit\""));
        assertEquals(List.of("CREATED", "CHANGED"), em.createNativeQuery("select action from admin_change where "
                + "subject = 'deadlinePolicy' and subject_ref = 'INVESTIGATION/PETTY_CORRUPTION/EXTORTION' "
                + "and actor = 'admin-wang' order by id").getResultList());

        adminForm().formParam("reason", "试点结束").post("/staff/admin/policy/" + second + "/end").then()
                .statusCode(303).header("Location", containsString("msg=policyEnded"));
        admin().get("/staff/admin/policy").then().statusCode(200).body(not(containsString("id=\"limit-" + second + "\"")));
        assertEquals(0, number("select count(*) from deadline_policy where subcategory = 'EXTORTION' and valid_to is null"));
    }

    @Test
    void shouldRefuseABadLimitKeepingWhatWasTypedAndStoringNothing() {
        long limit = acceptanceLimit();
        long rows = number("select count(*) from deadline_policy");
        adminForm().formParam("days", "0").formParam("dayKind", "WORKING").formParam("maxExtensionDays", "-1")
                .formParam("source", "新依据文字").formParam("reason", " ").post("/staff/admin/policy/" + limit).then()
                .statusCode(422).body(containsString("请填写天数，1 到 3650 之间的整数"),
                        containsString("请填写最多可延期天数"), containsString("请填写修改理由"),
                        containsString("value=\"新依据文字\""), containsString("value=\"-1\""));
        adminForm().formParam("days", "5").formParam("dayKind", "WORKING").formParam("maxExtensionDays", "0")
                .formParam("source", "纪检监察机关处理检举控告工作规则（2020）第十六条").formParam("reason", "无改动")
                .post("/staff/admin/policy/" + limit).then().statusCode(422).body(containsString("没有改动"));
        adminForm().formParam("reason", "试试").post("/staff/admin/policy/" + limit + "/end").then().statusCode(422)
                .body(containsString("不能终止"));
        adminForm().formParam("stage", "ACCEPTANCE").formParam("category", "ARROGANT_SERVICE")
                .formParam("subcategory", "HINTING").formParam("days", "3").formParam("dayKind", "WORKING")
                .formParam("maxExtensionDays", "0").formParam("source", "x").formParam("reason", "x")
                .queryParam("lang", "en").post("/staff/admin/policy").then().statusCode(422)
                .body(containsString("does not belong to the category chosen"));
        assertEquals(rows, number("select count(*) from deadline_policy"));
        assertEquals(limit, acceptanceLimit());
    }

    @Test
    void shouldKeepThePolicyFromAnyoneButAdmins() {
        long limit = acceptanceLimit();
        for (String role : AdminForms.OTHER_ROLES) {
            StaffClient.as("someone", role).get("/staff/admin/policy").then().statusCode(403);
            StaffClient.formAs("someone", role).formParam("days", "1").formParam("dayKind", "WORKING")
                    .formParam("maxExtensionDays", "0").formParam("source", "x").formParam("reason", "x")
                    .post("/staff/admin/policy/" + limit).then().statusCode(403);
        }
        assertEquals(limit, acceptanceLimit());
    }
}
