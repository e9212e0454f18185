package cn.gov.yongzhou.qingfeng.ledger;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.yongzhou.qingfeng.support.StaffClient;
import cn.gov.yongzhou.qingfeng.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The 先进/后进 ranking as it runs once the city government has approved it (rule 10), against {@link LedgerFixture}:
 * scores by rates where a unit's services are known for the whole period, the approval stated, praise from one rating.
 */
@QuarkusTest
@TestProfile(LedgerRankingTest.Approved.class)
class LedgerRankingTest {

    static final String APPROVAL = "永州市人民政府《关于同意开展执行力考核排名的批复》（永政函〔2027〕12号）";

    public static class Approved implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("qingfeng.ledger.ranking.enabled", "true", "qingfeng.ledger.ranking.approval", APPROVAL,
                    "qingfeng.ledger.praise.min-ratings", "1");
        }
    }

    @Inject
    LedgerFixture fixture;

    @Inject
    Ledger ledger;

    @BeforeEach
    void fixture() {
        fixture.ensure();
        TestClock.at("2023-01-10T09:00:00");
    }

    Ledger.View jiangyong(Period period) {
        return ledger.ledger(period, ledger.area("JY").orElseThrow());
    }

    @Test
    void shouldRankByScoresCountedByHandOnceApproved() {
        Ledger.View year = jiangyong(Period.year(2022));
        assertEquals(APPROVAL, year.approval());
        assertEquals(List.of("JY-ZRZY", "JY-JW", "JY-GA"), year.rows().stream().map(Ledger.Row::unitCode).toList());

        Ledger.Row jw = LedgerTest.row(year, "JY-JW");
        assertEquals(100 - 4 * 2 - 1, jw.score(), "its own four misses and the bad rating of its handling");
        assertEquals(2, jw.rank());
        assertEquals(Standing.WITHIN, jw.standing());

        Ledger.Row zr = LedgerTest.row(year, "JY-ZRZY");
        assertEquals(100 - 5, zr.score(), "services for 6 of 12 months only: D counts per case");
        assertEquals(1, zr.rank());
        assertEquals(Standing.ABOVE, zr.standing());

        Ledger.Row ga = LedgerTest.row(year, "JY-GA");
        assertEquals(88, ga.score(), "100 − 5 × (1 per 30,000 = 0.33 per 10,000) − 10 for the head = 88.3");
        assertEquals(3, ga.rank());
        assertEquals(Standing.WITHIN, ga.standing());

        Ledger.Row q2 = LedgerTest.row(jiangyong(Period.quarter(2022, 2)), "JY-ZRZY");
        assertEquals(1_200, q2.services());
        assertEquals(58, q2.score(), "100 − 5 × (1 per 1,200 = 8.33 per 10,000) = 58.3: services known all quarter");
        assertEquals(Standing.BELOW, q2.standing());
        assertEquals(83, LedgerTest.row(jiangyong(Period.quarter(2022, 1)), "JY-GA").score(),
                "100 − 5 × (1 per 7,500 = 1.33 per 10,000) − 10 = 83.3");
    }

    @Test
    void shouldNeverScoreTheInvestigatingBodyByItsConclusion() {
        Ledger.Row jw = LedgerTest.row(jiangyong(Period.year(2022)), "JY-JW");
        // JY-JW verified A (substantiated), B (unsubstantiated) and D (partly substantiated): had it found all three
        // untrue, its line would be the same, for none of its figures reads a conclusion
        assertEquals(0, jw.substantiated());
        assertEquals(0, jw.concluded());
        assertEquals(jw.score(), ledger.score(new Ledger.Row("X", null, null, 0, 0, 0, 0, jw.limitsClosed(),
                jw.limitsMet(), 0, jw.overdue(), jw.escalated(), jw.extensions(), jw.rated(), jw.satisfied(),
                jw.dissatisfied(), 0, 0, 0, 0, 0, 0, null), 12));
    }

    @Test
    void shouldStateTheApprovalAndPraiseOnThePageAndInTheExport() {
        String page = StaffClient.as("ledger-supervisor", "supervisor").get("/staff/ledger?period=year&year=2022&area=JY")
                .then().statusCode(200)
                .body(containsString("id=\"ranking-approval\""), containsString("考核排名依据：" + APPROVAL),
                        containsString("class=\"standing-above\""), containsString("id=\"def-score\""),
                        containsString("考核得分 = 100 − 5 × 每万件办件量属实"), containsString("id=\"praise-list\""),
                        containsString("id=\"praise-staff-handler-jyjw-2\""))
                .extract().asString();
        assertFalse(page.contains("id=\"ranking-off\""));
        assertFalse(page.contains("id=\"praise-staff-handler-jyjw\""), "B, which that handler verified, was rated badly");
        assertFalse(page.contains("id=\"praise-unit-JY-JW\""), "one bad rating of its handling");
        assertTrue(page.indexOf("id=\"ledger-JY-JW\"") < page.indexOf("id=\"ledger-JY-GA\""), "ranked");
        assertTrue(page.indexOf("id=\"ledger-JY-ZRZY\"") < page.indexOf("id=\"ledger-JY-JW\""), "ranked");

        String csv = new String(StaffClient.as("ledger-supervisor", "supervisor")
                .get("/staff/ledger.csv?period=year&year=2022&area=JY").asByteArray(), StandardCharsets.UTF_8);
        List<String> lines = csv.substring(1).lines().toList();
        assertTrue(lines.get(0).startsWith("排名,单位,所属区县,"), lines.get(0));
        assertTrue(lines.get(0).endsWith(",考核得分,考核结果"), lines.get(0));
        assertTrue(lines.get(1).startsWith("1,江永县自然资源局,"), lines.get(1));
        assertTrue(lines.get(1).endsWith(",95,先进"), lines.get(1));
        assertTrue(lines.get(2).startsWith("2,江永县纪委监委,") && lines.get(2).endsWith(",91,达标"), lines.get(2));
        assertTrue(lines.get(3).endsWith(",88,达标"), lines.get(3));
    }
}
