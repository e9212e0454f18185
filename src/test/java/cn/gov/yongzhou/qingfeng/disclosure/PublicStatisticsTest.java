package cn.gov.yongzhou.qingfeng.disclosure;

import static cn.gov.yongzhou.qingfeng.support.TestClock.at;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import cn.gov.yongzhou.qingfeng.casework.Casework;
import cn.gov.yongzhou.qingfeng.casework.Conclusion;
import cn.gov.yongzhou.qingfeng.support.TestCases;
import cn.gov.yongzhou.qingfeng.support.TestReports;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The public figures of 2021 in Qiyang (no other test files reports there or then), counted by hand: four reports
 * (March: two arrogant service, one petty corruption; May: one petty corruption), two concluded, one of them found
 * true; eight limits completed, one of them late.
 */
@QuarkusTest
class PublicStatisticsTest {

    @Inject
    Casework casework;

    @Inject
    EntityManager em;

    long file(String category, String subcategory, String unit, String occurred) {
        Map<String, String> form = TestReports.valid();
        form.put("category", category);
        form.put("subcategory", subcategory);
        form.put("unit", unit);
        form.remove("window");
        form.put("place", "祁阳市 办事大厅");
        form.put("occurredDate", occurred);
        form.put("reporterName", "统计测试人");
        String receipt = TestReports.api(form).post("/api/v1/reports").then().statusCode(201).extract().path("receipt");
        return TestReports.caseOf(em, receipt);
    }

    @Inject
    cn.gov.yongzhou.qingfeng.casework.Telling telling;

    @Inject
    java.time.Clock clock;

    /**
     * Accepted (and the reporter told by phone: 告知 closes its limit only when given), assigned, findings and
     * approval all on the day: four limits met.
     */
    void conclude(long id, String unit, Conclusion conclusion) {
        TestCases.conclude(casework, em, id, unit, conclusion);
        telling.recordByStaff(id, cn.gov.yongzhou.qingfeng.casework.DeadlineStage.ACCEPTANCE_NOTICE,
                cn.gov.yongzhou.qingfeng.casework.ReporterNotice.Method.CALL, java.time.OffsetDateTime.now(clock),
                "电话告知已受理", null, "inspector-he");
    }

    @Test
    void shouldPublishTheYearsFiguresByMonthAndCountyWithoutAnyReporter() {
        at("2021-03-04T10:00:00");
        long a = file("ARROGANT_SERVICE", "HARD_FACE", "QY-RS", "2021-03-01");
        file("ARROGANT_SERVICE", "HARD_TO_DO", "QY-GA", "2021-03-02");
        long p = file("PETTY_CORRUPTION", "BANQUET", "QY-ZWFW", "2021-03-03");
        conclude(a, "QY-RS", Conclusion.UNSUBSTANTIATED);
        // five working days to accept from Thursday 03-04 ended Thursday 03-11: accepted on the 12th, late
        at("2021-03-12T10:00:00");
        conclude(p, "QY-JW", Conclusion.SUBSTANTIATED);
        at("2021-05-20T10:00:00");
        file("PETTY_CORRUPTION", "EXTORTION", "QY-ZWFW", "2021-05-18");
        at("2026-11-29T10:00:00");

        given().get("/api/v1/statistics/2021").then().statusCode(200)
                .body("year", equalTo(2021))
                .body("months[2].arrogantService", equalTo(2)).body("months[2].pettyCorruption", equalTo(1))
                .body("months[4].pettyCorruption", equalTo(1)).body("months[0].total", equalTo(0))
                .body("areas.find { it.code == 'QY' }.received", equalTo(4))
                .body("areas.find { it.code == 'QY' }.concluded", equalTo(2))
                .body("areas.find { it.code == 'QY' }.found", equalTo(1))
                .body("areas.find { it.code == 'QY' }.foundRate", equalTo(50))
                .body("areas.find { it.code == 'QY' }.limitsClosed", equalTo(10))
                .body("areas.find { it.code == 'QY' }.limitsMet", equalTo(9))
                .body("areas.find { it.code == 'QY' }.onTimeRate", equalTo(90))
                .body(not(containsString("统计测试人")));

        given().get("/statistics?year=2021").then().statusCode(200)
                .body(containsString("id=\"area-QY\"><td>祁阳市人民政府</td><td>4</td><td>2</td><td>50%</td><td>90%</td>"),
                        not(containsString("统计测试人")));
        given().get("/statistics/2021/areas.csv").then().statusCode(200)
                .body(startsWith("\uFEFF年份 year,地区代码 area_code"), containsString("2021,QY,祁阳市人民政府,4,2,1,50,10,9,90"),
                        not(containsString("统计测试人")));
        given().get("/statistics/2021/monthly.csv").then().statusCode(200)
                .body(containsString("\r\n2021,3,2,1,3\r\n"));
        given().get("/api/v1/statistics/2031").then().statusCode(404);
    }
}
