package cn.gov.yongzhou.qingfeng.intake;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.yongzhou.qingfeng.casework.CaseRole;
import cn.gov.yongzhou.qingfeng.casework.Casework;
import cn.gov.yongzhou.qingfeng.casework.RejectionGround;
import cn.gov.yongzhou.qingfeng.support.StaffClient;
import cn.gov.yongzhou.qingfeng.support.TestReports;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Art. 14 of the 2020 rules: a report of the same matter from the same person is registered, kept on file and merged
 * into the open case, found through the keyed indexes of ID number and phone; it opens no limits of its own and is
 * counted once.
 */
@QuarkusTest
class RepeatedReportsTest {

    @Inject
    EntityManager em;

    @Inject
    Casework casework;

    JsonPath file(Map<String, String> form) {
        return TestReports.api(form).post("/api/v1/reports").then().statusCode(201).extract().jsonPath();
    }

    /** A report at a unit and on a day nobody else's tests use, so only this person's reports can match. */
    static Map<String, String> first() {
        Map<String, String> form = TestReports.valid();
        form.put("occurredDate", "2026-10-" + String.format("%02d", 1 + (int) (System.nanoTime() % 28)));
        return form;
    }

    Object one(String sql, Object... params) {
        var q = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        return q.getSingleResult();
    }

    long count(String sql, Object... params) {
        return ((Number) one(sql, params)).longValue();
    }

    @Test
    void shouldMergeASecondReportOfTheSameMatterFromTheSamePersonIntoTheOpenCase() {
        Map<String, String> form = first();
        JsonPath a = file(form);
        Map<String, String> again = new java.util.HashMap<>(form);
        again.put("narrative", "上周反映的事情还没有结果，我再说一遍：窗口工作人员暗示要“懂规矩”，拖着不给办理不动产登记。");
        JsonPath b = file(again);
        long caseA = TestReports.caseOf(em, a.getString("receipt"));
        long caseB = TestReports.caseOf(em, b.getString("receipt"));

        assertEquals("MERGED", one("select state from case_file where id = ?1", caseB));
        assertEquals(caseA, ((Number) one("select merged_into_id from case_file where id = ?1", caseB)).longValue());
        assertEquals(0L, count("select count(*) from case_deadline where case_id = ?1", caseB),
                "a repeat opens no limits: not accepted again, not told again (art. 21)");
        assertEquals(2L, count("select count(*) from case_deadline where case_id = ?1 and closed_at is null", caseA),
                "the first case's limits run as before");
        assertEquals(1L, count("select count(*) from case_event where case_id = ?1 and action = 'REPEAT_MERGED'", caseA));
        assertEquals(1L, count("select count(*) from case_event where case_id = ?1 and action = 'REPEAT_REGISTERED'", caseB));
        assertEquals(0L, count("select count(*) from case_fact where case_id = ?1", caseB),
                "one matter is one row in the figures, the ledger and the queue");
        assertEquals(1L, count("select count(*) from case_fact where case_id = ?1", caseA));

        given().header("X-Query-Password", b.getString("password")).get("/api/v1/reports/" + b.getString("receipt"))
                .then().statusCode(200).body(containsString("\"status\":\"MERGED\""), containsString("已并案"));
    }

    @Test
    void shouldRecogniseTheSamePersonByThePhoneAloneAndShowTheInspectorTheirOtherReports() {
        Map<String, String> form = first();
        JsonPath a = file(form);
        Map<String, String> again = new java.util.HashMap<>(form);
        again.put("idNumber", TestReports.idNumber()); // mistyped or another document: the phone is the same
        JsonPath b = file(again);
        long caseA = TestReports.caseOf(em, a.getString("receipt"));
        long caseB = TestReports.caseOf(em, b.getString("receipt"));
        assertEquals("MERGED", one("select state from case_file where id = ?1", caseB));

        String page = StaffClient.inspector("inspector-wang").get("/staff/cases/" + caseA).then().statusCode(200)
                .extract().asString();
        assertTrue(page.contains("id=\"earlier\"") && page.contains(b.getString("receipt")), "the other report is listed");
        assertTrue(page.contains("id=\"repeats\""), "and shown as merged into this case");
        StaffClient.inspector("inspector-wang").get("/staff/cases/" + caseB).then().statusCode(200)
                .body(containsString("id=\"merged-into\""), containsString(a.getString("receipt")),
                        containsString("重复举报"));
    }

    @Test
    void shouldOpenACaseOfItsOwnForAnotherMatterAnotherPersonOrAFiledCase() {
        Map<String, String> form = first();
        JsonPath a = file(form);
        long caseA = TestReports.caseOf(em, a.getString("receipt"));

        Map<String, String> otherDay = new java.util.HashMap<>(form);
        otherDay.put("occurredDate", "2026-09-15");
        Map<String, String> otherStaff = new java.util.HashMap<>(form);
        otherStaff.put("accusedBadge", "LL0399");
        Map<String, String> otherPerson = new java.util.HashMap<>(form);
        otherPerson.put("idNumber", TestReports.idNumber());
        otherPerson.put("phone", TestReports.phone());
        for (Map<String, String> f : List.of(otherDay, otherStaff, otherPerson)) {
            long c = TestReports.caseOf(em, file(f).getString("receipt"));
            assertEquals("REGISTERED", one("select state from case_file where id = ?1", c));
            assertNull(one("select merged_into_id from case_file where id = ?1", c));
        }

        casework.reject(caseA, new Casework.Actor("inspector-wang", CaseRole.INSPECTOR), RejectionGround.OUTSIDE_REMIT,
                "拨打12345热线", "不属于受理范围", null, 0);
        long after = TestReports.caseOf(em, file(form).getString("receipt"));
        assertEquals("REGISTERED", one("select state from case_file where id = ?1", after),
                "a refused matter takes in no repeat: the inspector decides (不予受理 as 重复件, or handle it)");
    }

    @Test
    void shouldNeverShowAHandlerTheReportersOtherReports() {
        Map<String, String> form = first();
        file(form);
        long caseB = TestReports.caseOf(em, file(form).getString("receipt"));
        StaffClient.handler("handler-li").get("/staff/unit-cases/" + caseB).then().statusCode(404)
                .body(not(containsString("earlier")));
    }
}
