package cn.gov.yongzhou.qingfeng.directory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.gov.yongzhou.qingfeng.casework.Casework;
import cn.gov.yongzhou.qingfeng.casework.Conclusion;
import cn.gov.yongzhou.qingfeng.ledger.Ledger;
import cn.gov.yongzhou.qingfeng.ledger.Period;
import cn.gov.yongzhou.qingfeng.support.StaffClient;
import cn.gov.yongzhou.qingfeng.support.TestCases;
import cn.gov.yongzhou.qingfeng.support.TestClock;
import cn.gov.yongzhou.qingfeng.support.TestReports;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The area of a unit is the nearest county, district or zone above it, however deep the unit lies, and every
 * feature that counts or filters by area agrees: the ledger, the public statistics and the inspector's queue. (The
 * statistics used to look two levels up and the queue two levels down, so a unit three levels below 东安县 counted
 * in the county's ledger but as a city-level unit in the statistics, and was missing from the county's queue.)
 * 东安县 (DA) in 2020 is this test's own: no other test files reports there then.
 */
@QuarkusTest
class AreaOfAUnitTest {

    static final String DEEP = "DA-ZWFW-BDC-DJK"; // 东安县 → 政务服务中心 → 不动产登记分中心 → 登记科

    @Inject
    EntityManager em;

    @Inject
    Casework casework;

    @Inject
    Ledger ledger;

    void unitsThreeLevelsDown() {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into unit (code, name, name_en, kind, parent_id)
                select 'DA-ZWFW-BDC', '东安县不动产登记分中心', 'Dong''an Real Estate Registration Branch',
                       'CITY_DEPARTMENT', id from unit where code = 'DA-ZWFW'
                on conflict (code) do nothing;
                insert into unit (code, name, name_en, kind, parent_id)
                select 'DA-ZWFW-BDC-DJK', '东安县不动产登记分中心登记科', 'Registration Section, Dong''an Branch',
                       'CITY_DEPARTMENT', id from unit where code = 'DA-ZWFW-BDC'
                on conflict (code) do nothing""").executeUpdate());
    }

    @Test
    void shouldCountAUnitThreeLevelsBelowACountyInThatCountyEverywhere() {
        unitsThreeLevelsDown();
        TestClock.at("2020-05-11T10:00:00");
        Map<String, String> form = TestReports.valid();
        form.put("unit", DEEP);
        form.remove("window");
        form.put("place", "东安县政务服务中心 不动产登记分中心");
        form.put("occurredDate", "2020-05-08");
        String receipt = TestReports.api(form).post("/api/v1/reports").then().statusCode(201).extract().path("receipt");
        long caseId = TestReports.caseOf(em, receipt);
        TestCases.conclude(casework, em, caseId, "DA-JW", Conclusion.SUBSTANTIATED);

        Ledger.Row line = ledger.ledger(Period.year(2020), ledger.area("DA").orElseThrow()).rows().stream()
                .filter(r -> DEEP.equals(r.unitCode())).findFirst().orElseThrow();
        assertEquals("东安县人民政府", line.area().in(java.util.Locale.CHINA), "the ledger counts it in 东安县");
        assertEquals(1, line.received());

        given().get("/api/v1/statistics/2020").then().statusCode(200)
                .body("areas.find { it.code == 'DA' }.received", equalTo(1))
                .body("areas.find { it.code == 'DA' }.concluded", equalTo(1))
                .body("areas.find { it.code == 'DA' }.found", equalTo(1));

        StaffClient.inspector("inspector-wang").get("/staff/cases?area=DA").then().statusCode(200)
                .body(containsString(receipt));
    }

    /** Counties in the city's own order (零陵区, 冷水滩区, 祁阳市, 东安县 …), the same on every page, never by code. */
    @Test
    void shouldListTheAreasInTheCitysOrderOnEveryPage() {
        java.util.List<String> queue = areaOptions(StaffClient.inspector("inspector-order").get("/staff/cases").then()
                .statusCode(200).extract().asString());
        java.util.List<String> ledger = areaOptions(StaffClient.supervisor("supervisor-order").get("/staff/ledger")
                .then().statusCode(200).extract().asString());
        java.util.List<String> city = java.util.List.of("LL", "LST", "QY", "DA", "SP", "DX", "JY", "NY", "LS", "XT",
                "JH", "JD", "HLX", "JKQ");
        assertEquals(city, queue.stream().filter(city::contains).toList(),
                "counties and districts in the city's order, then the zones (units other tests add come after)");
        assertEquals(queue, ledger, "the ledger lists them in the same order");
    }

    private static java.util.List<String> areaOptions(String html) {
        String select = html.substring(html.indexOf("<select id=\"area\""));
        select = select.substring(0, select.indexOf("</select>"));
        java.util.List<String> codes = new java.util.ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<option value=\"([A-Z-]+)\"").matcher(select);
        while (m.find()) {
            codes.add(m.group(1));
        }
        return codes;
    }
}
