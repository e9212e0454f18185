package cn.gov.yongzhou.qingfeng.disclosure;

import static cn.gov.yongzhou.qingfeng.support.TestClock.at;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.gov.yongzhou.qingfeng.accountability.Accountability;
import cn.gov.yongzhou.qingfeng.accountability.DispositionKind;
import cn.gov.yongzhou.qingfeng.casework.Casework;
import cn.gov.yongzhou.qingfeng.casework.Conclusion;
import cn.gov.yongzhou.qingfeng.support.StaffClient;
import cn.gov.yongzhou.qingfeng.support.TestCases;
import cn.gov.yongzhou.qingfeng.support.TestReports;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A portal set to name sanctioned staff the way a real 通报 does: the person dealt with in the case by full name, unit
 * and window; anyone else of the unit still as 张某, and the reporter never.
 */
@QuarkusTest
@TestProfile(DisclosureNamingTest.FullNames.class)
class DisclosureNamingTest {

    public static class FullNames implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("qingfeng.disclosure.naming", "full");
        }
    }

    @Inject
    Casework casework;

    @Inject
    Accountability accountability;

    @Inject
    EntityManager em;

    record Person(long id, String name, String unit, String window) {
    }

    Person staff(String badge) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object[] row = (Object[]) em.createNativeQuery("select s.id, s.name, u.name as unit, coalesce(w.name, '') "
                    + "from staff s join unit u on u.id = s.unit_id left join service_window w on w.id = s.window_id "
                    + "where s.badge_no = ?1").setParameter(1, badge).getSingleResult();
            return new Person(((Number) row[0]).longValue(), (String) row[1], (String) row[2], (String) row[3]);
        });
    }

    @Test
    void shouldNameOnlyTheStaffDealtWithInFullAndNeverTheReporter() {
        at("2026-11-23T10:00:00");
        Map<String, String> form = TestReports.valid();
        form.put("reporterName", "司马知远");
        String receipt = TestReports.api(form).post("/api/v1/reports").then().statusCode(201).extract().path("receipt");
        long caseId = TestReports.caseOf(em, receipt);
        TestCases.conclude(casework, em, caseId, "LL-JW", Conclusion.SUBSTANTIATED);
        Person accused = staff("LL0301");
        Person colleague = staff("LL0302");
        assertEquals(List.of(), accountability.dispose(caseId, accused.id(), DispositionKind.DEMERIT,
                LocalDate.parse("2026-11-23"), null, "inspector-a").all());

        StaffClient.inspector("inspector-a").get("/staff/disclosure/new?case=" + caseId).then().statusCode(200)
                .body(containsString(accused.unit() + accused.window() + "工作人员" + accused.name()),
                        containsString(accused.name() + "受到记过处分"), containsString("实名通报"));

        String title = "零陵区政务服务中心工作人员“索拿卡要”问题-" + caseId;
        StaffClient.form(StaffClient.inspector("inspector-a")).formParam("case", caseId).formParam("title", title)
                .formParam("body", accused.name() + "与" + colleague.name() + "在办理业务时暗示群众给予好处。")
                .post("/staff/disclosure/new").then().statusCode(422)
                .body(containsString("含有“" + colleague.name() + "”的全名，此人未在本案受到处理"));
        StaffClient.form(StaffClient.inspector("inspector-a")).formParam("case", caseId).formParam("title", title)
                .formParam("body", "经司马知远举报，" + accused.name() + "受到记过处分。").post("/staff/disclosure/new").then()
                .statusCode(422).body(containsString("公开材料不得出现举报人"));
        String body = "2026年11月，" + accused.unit() + accused.window() + "工作人员" + accused.name()
                + "在办理业务时暗示群众给予好处。" + accused.name() + "受到记过处分。";
        StaffClient.form(StaffClient.inspector("inspector-a")).formParam("case", caseId).formParam("title", title)
                .formParam("body", body).post("/staff/disclosure/new").then().statusCode(303);
        long id = QuarkusTransaction.requiringNew().call(() -> TypicalCase.ofCase(caseId).orElseThrow().id);
        StaffClient.form(StaffClient.inspector("inspector-b")).post("/staff/disclosure/" + id + "/approve").then()
                .statusCode(303);
        given().get("/cases/" + id).then().statusCode(200).body(containsString(accused.name() + "受到记过处分"),
                not(containsString(colleague.name())), not(containsString("司马")));
    }
}
