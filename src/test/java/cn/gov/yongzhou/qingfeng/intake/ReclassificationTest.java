package cn.gov.yongzhou.qingfeng.intake;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.gov.yongzhou.qingfeng.casework.CaseRole;
import cn.gov.yongzhou.qingfeng.casework.Casework;
import cn.gov.yongzhou.qingfeng.casework.RejectionGround;
import cn.gov.yongzhou.qingfeng.casework.Transition;
import cn.gov.yongzhou.qingfeng.support.StaffClient;
import cn.gov.yongzhou.qingfeng.support.TestClock;
import cn.gov.yongzhou.qingfeng.support.TestReports;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * 更正 (V7's promise): an inspector corrects what a report is about after reading it; routing and the limits follow,
 * what was there before and the reason are kept, and bad input changes nothing.
 */
@QuarkusTest
class ReclassificationTest {

    static final Casework.Actor INSPECTOR = new Casework.Actor("inspector-wang", CaseRole.INSPECTOR);

    @Inject
    EntityManager em;

    @Inject
    Casework casework;

    long arrogantService() {
        Map<String, String> form = TestReports.valid();
        form.put("category", "ARROGANT_SERVICE");
        form.put("subcategory", "HARD_FACE");
        form.put("occurredDate", "2026-10-30");
        String receipt = TestReports.api(form).post("/api/v1/reports").then().statusCode(201).extract().path("receipt");
        return TestReports.caseOf(em, receipt);
    }

    Object one(String sql, Object... params) {
        var q = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        return q.getSingleResult();
    }

    static java.time.LocalDate day(Object o) {
        return o instanceof java.sql.Date d ? d.toLocalDate() : (java.time.LocalDate) o;
    }

    int version(long caseId) {
        return ((Number) one("select version from case_file where id = ?1", caseId)).intValue();
    }

    static Map<String, String> correction(String subcategory, String unit, String reason, int version) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("subcategory", subcategory);
        f.put("unit", unit);
        f.put("window", "LL-03");
        f.put("accusedBadge", "LL0301");
        f.put("accusedName", "李某");
        f.put("reason", reason);
        f.put("version", String.valueOf(version));
        return f;
    }

    @Test
    void shouldCorrectTheCategoryAndLetTheRunningLimitFollowIt() {
        TestClock.at("2026-11-02T10:00:00"); // Monday
        long id = arrogantService();
        int v = casework.perform(id, Transition.ACCEPT, INSPECTOR, null, 0).version();
        casework.perform(id, Transition.INQUIRE, INSPECTOR, null, v);
        // arrogant service: verified within 15 working days of 2 November
        assertEquals(java.time.LocalDate.of(2026, 11, 23), day(one("select due_on from case_deadline "
                + "where case_id = ?1 and stage = 'INVESTIGATION' and closed_at is null", id)));

        TestClock.at("2026-11-03T10:00:00");
        StaffClient.form(StaffClient.inspector("inspector-wang"),
                correction("HINTING", "LL-ZWFW", "细读举报，工作人员暗示“懂规矩”，属索拿卡要", version(id)))
                .post("/staff/cases/" + id + "/reclassify").then().statusCode(303)
                .header("Location", endsWith("msg=reclassified"));

        assertEquals("PETTY_CORRUPTION", one("select category from case_file where id = ?1", id));
        assertEquals("HINTING", one("select r.subcategory from report r join case_file c on c.report_id = r.id "
                + "where c.id = ?1", id));
        assertEquals("李某", one("select r.accused_name from report r join case_file c on c.report_id = r.id "
                + "where c.id = ?1", id));
        // petty corruption: 30 working days from the same start, 2 November; no round closed as met
        assertEquals(java.time.LocalDate.of(2026, 12, 14), day(one("select due_on from case_deadline "
                + "where case_id = ?1 and stage = 'INVESTIGATION' and closed_at is null", id)));
        assertEquals(1L, ((Number) one("select count(*) from case_deadline where case_id = ?1 "
                + "and stage = 'INVESTIGATION'", id)).longValue());
        assertEquals("ARROGANT_SERVICE", one("select r.old_category from report_correction r join case_file c "
                + "on c.report_id = r.report_id where c.id = ?1", id), "what was there before is kept");
        assertEquals(1L, ((Number) one("select count(*) from case_event where case_id = ?1 and action = 'RECLASSIFIED' "
                + "and not public_event", id)).longValue());

        String page = StaffClient.inspector("inspector-wang").get("/staff/cases/" + id).then().statusCode(200)
                .body(containsString("id=\"corrections\""), containsString("傲慢服务 · 脸难看（态度生硬、不耐烦、训斥） → <strong>索拿卡要"),
                        containsString("属索拿卡要"), containsString("更正问题类别或被举报对象"))
                .extract().asString();
        String route = page.substring(page.indexOf("id=\"route-explanation\""));
        route = route.substring(0, route.indexOf("</p>"));
        org.junit.jupiter.api.Assertions.assertTrue(route.contains("零陵区纪委监委"),
                "the route follows: petty corruption goes to the district's discipline body: " + route);
    }

    @Test
    void shouldKeepWhatWasTypedAndChangeNothingWhenTheCorrectionIsWrong() {
        long id = arrogantService();
        Map<String, String> f = correction("HINTING", "LL-ZWFW", "", 0);
        f.put("category", "ARROGANT_SERVICE");
        f.put("accusedName", "王某某");
        StaffClient.form(StaffClient.inspector("inspector-wang"), f)
                .post("/staff/cases/" + id + "/reclassify").then().statusCode(422)
                .body(containsString("所选具体情形不属于所选问题类别"), containsString("请写明更正的理由"),
                        containsString("value=\"王某某\""), containsString("<details id=\"reclassify\" open>"));
        assertEquals("ARROGANT_SERVICE", one("select category from case_file where id = ?1", id));
        assertEquals(0L, ((Number) one("select count(*) from report_correction r join case_file c "
                + "on c.report_id = r.report_id where c.id = ?1", id)).longValue());
    }

    @Transactional
    void assignedTo(long caseId, String unit) {
        em.createNativeQuery("update case_file set assigned_unit_id = (select id from unit where code = ?2), "
                + "state = 'ASSIGNED' where id = ?1").setParameter(1, caseId).setParameter(2, unit).executeUpdate();
    }

    @Test
    void shouldRefuseACorrectionThatPutsTheCaseWithTheAccusedsOwnUnit() {
        long id = arrogantService();
        assignedTo(id, "LL-ZRZY");
        Map<String, String> f = correction("HARD_FACE", "LL-ZRZY", "被举报人实为自然资源局派驻窗口人员", version(id));
        f.remove("window");
        StaffClient.form(StaffClient.inspector("inspector-wang"), f)
                .post("/staff/cases/" + id + "/reclassify").then().statusCode(422)
                .body(containsString("不能这样更正"));
        assertEquals("LL-ZWFW", one("select u.code from report r join case_file c on c.report_id = r.id "
                + "join unit u on u.id = r.unit_id where c.id = ?1", id));
    }

    @Test
    void shouldOfferNoCorrectionOnceTheCaseEnded() {
        long id = arrogantService();
        casework.reject(id, INSPECTOR, RejectionGround.DUPLICATE, null, "重复", null, 0);
        StaffClient.inspector("inspector-wang").get("/staff/cases/" + id).then().statusCode(200)
                .body(not(containsString("id=\"reclassify\"")));
        StaffClient.form(StaffClient.inspector("inspector-wang"), correction("HINTING", "LL-ZWFW", "理由", version(id)))
                .post("/staff/cases/" + id + "/reclassify").then().statusCode(303)
                .header("Location", endsWith("msg=WRONG_STATE"));
    }
}
