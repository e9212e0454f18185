package cn.gov.yongzhou.qingfeng.accountability;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.gov.yongzhou.qingfeng.casework.Casework;
import cn.gov.yongzhou.qingfeng.casework.Conclusion;
import cn.gov.yongzhou.qingfeng.support.StaffClient;
import cn.gov.yongzhou.qingfeng.support.TestCases;
import cn.gov.yongzhou.qingfeng.support.TestReports;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * 澄清正名 and 诬告陷害 (issue 15): a name is cleared also where a case was partly substantiated, with the person's
 * consent, the manner and the audience recorded; a false accusation is recorded with where it was passed on. A
 * refused entry stores nothing and keeps what was typed.
 */
@QuarkusTest
class NameClearingTest {

    @Inject
    Casework casework;

    @Inject
    EntityManager em;

    long concluded(Conclusion conclusion, String mark) {
        var form = TestReports.valid();
        form.put("narrative", form.get("narrative") + mark);
        long id = TestReports.caseOf(em, TestReports.api(form).post("/api/v1/reports").then().statusCode(201)
                .extract().path("receipt"));
        TestCases.conclude(casework, em, id, "LL-JW", conclusion);
        return id;
    }

    static RequestSpecification inspector() {
        return StaffClient.formAs("inspector-qing", "inspector");
    }

    long count(String table, long caseId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from " + table + " where case_id = ?1").setParameter(1, caseId).getSingleResult())
                .longValue());
    }

    static String day(int daysFromToday) {
        return LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(daysFromToday).toString();
    }

    @Test
    void shouldClearANameOfAPartlySubstantiatedCaseWithConsentMannerAndAudience() {
        long id = concluded(Conclusion.PARTLY_SUBSTANTIATED, " 澄清一号");
        String path = "/staff/accountability/cases/" + id;
        StaffClient.as("inspector-qing", "inspector").get(path).then().statusCode(200)
                .body(containsString("id=\"clear-form\""), containsString("id=\"false-form\""));

        // cleared before the person consented, and no audience: refused, with the messages and what was typed
        inspector().formParam("consentOn", day(0)).formParam("manner", "MEETING").formParam("audience", " ")
                .formParam("clearedOn", day(-1)).formParam("clearNote", "仅就收受礼品部分澄清")
                .post(path + "/clear-name").then().statusCode(422)
                .body(containsString("请写明澄清范围。"), containsString("不能早于本人同意之日"),
                        containsString("仅就收受礼品部分澄清"), containsString("value=\"MEETING\" id=\"clear-manner-MEETING\" checked"));
        inspector().formParam("consentOn", day(1)).formParam("manner", "MEETING").formParam("audience", "中心全体")
                .formParam("clearedOn", day(1)).post(path + "/clear-name").then().statusCode(422)
                .body(containsString("请填写本人同意的日期（不能晚于今天）。"));
        inspector().formParam("consentOn", day(-3)).formParam("audience", "中心全体").formParam("clearedOn", day(0))
                .post(path + "/clear-name").then().statusCode(422).body(containsString("请选择澄清方式。"));
        assertEquals(0, count("name_clearing", id), "a refused clearing stored something");

        inspector().formParam("consentOn", day(-3)).formParam("manner", "MEETING")
                .formParam("audience", "零陵区政务服务中心全体工作人员").formParam("clearedOn", day(0))
                .formParam("clearNote", "仅就收受礼品部分澄清").post(path + "/clear-name").then().statusCode(303);
        assertEquals(1, count("name_clearing", id));
        StaffClient.as("inspector-qing", "inspector").get(path).then().statusCode(200)
                .body(containsString("id=\"cleared\""), containsString("在一定范围内召开会议说明"),
                        containsString("零陵区政务服务中心全体工作人员"), not(containsString("id=\"clear-form\"")));
        // once per case
        inspector().formParam("consentOn", day(-3)).formParam("manner", "WRITTEN").formParam("audience", "本人")
                .formParam("clearedOn", day(0)).post(path + "/clear-name").then().statusCode(404);
        assertEquals(1, count("name_clearing", id));
    }

    @Test
    void shouldRecordAFalseAccusationAndWhereItWasPassedOn() {
        long id = concluded(Conclusion.UNSUBSTANTIATED, " 诬告二号");
        String path = "/staff/accountability/cases/" + id;
        inspector().formParam("finding", "举报人承认捏造收受红包情节").formParam("passedTo", "PUBLIC_SECURITY")
                .formParam("recipient", " ").formParam("passedOn", day(0)).post(path + "/false-accusation").then()
                .statusCode(422).body(containsString("请写明接收单位的名称。"), containsString("举报人承认捏造收受红包情节"));
        assertEquals(0, count("false_accusation", id));
        inspector().formParam("finding", "举报人承认捏造收受红包情节").formParam("passedTo", "PUBLIC_SECURITY")
                .formParam("recipient", "永州市公安局零陵分局").formParam("passedOn", day(0))
                .post(path + "/false-accusation").then().statusCode(303);
        StaffClient.as("inspector-qing", "inspector").get(path).then().statusCode(200)
                .body(containsString("id=\"false-recorded\""), containsString("公安机关（涉嫌违法犯罪）"),
                        containsString("永州市公安局零陵分局"));
    }

    @Test
    void shouldOfferNeitherForACaseFoundTrue() {
        long id = concluded(Conclusion.SUBSTANTIATED, " 属实三号");
        String path = "/staff/accountability/cases/" + id;
        StaffClient.as("inspector-qing", "inspector").get(path).then().statusCode(200)
                .body(not(containsString("id=\"clear-name\"")), not(containsString("id=\"false-accusation\"")));
        inspector().formParam("consentOn", day(-3)).formParam("manner", "MEETING").formParam("audience", "全体")
                .formParam("clearedOn", day(0)).post(path + "/clear-name").then().statusCode(404);
        assertEquals(0, count("name_clearing", id));
    }
}
