package cn.gov.yongzhou.qingfeng.ledger;

import static cn.gov.yongzhou.qingfeng.category.Category.ARROGANT_SERVICE;
import static cn.gov.yongzhou.qingfeng.category.Category.PETTY_CORRUPTION;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.yongzhou.qingfeng.support.StaffClient;
import cn.gov.yongzhou.qingfeng.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The ledger's figures against {@link LedgerFixture}, counted by hand; the exports; who may see them. */
@QuarkusTest
class LedgerTest {

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

    static Ledger.Row row(Ledger.View view, String code) {
        return view.rows().stream().filter(r -> code.equals(r.unitCode())).findFirst()
                .orElseThrow(() -> new AssertionError("no line for " + code));
    }

    @Test
    void shouldChargeEachFigureToWhoeverItConcernsAsCountedByHand() {
        Ledger.View view = jiangyong(Period.year(2022));
        assertFalse(view.ranked(), "rule 10: no ranking without the city government's approval");
        assertEquals(List.of("JY-GA", "JY-JW", "JY-ZRZY"), view.rows().stream().map(Ledger.Row::unitCode).toList(),
                "by unit code while the ranking is off; the discipline body has a line of its own");
        assertTrue(view.rows().stream().allMatch(r -> r.rank() == 0 && r.standing() == null));

        Ledger.Row ga = row(view, "JY-GA");
        assertEquals(3, ga.received(), "A, B and C, received at 23:30 Beijing on 12-31");
        assertEquals(2, ga.accepted(), "C was accepted in 2023");
        assertEquals(2, ga.concluded());
        assertEquals(1, ga.substantiated());
        assertEquals("50.0%", ga.substantiatedRate().percent());
        assertEquals(20, ga.workingDays(), "A 8 working days, B 12");
        assertEquals("10.0", ga.averageWorkingDays());
        assertEquals(1, ga.matters(), "A's head (petty corruption substantiated)");
        assertEquals(0, ga.limitsClosed(), "every limit of A, B and C was the discipline body's or the handling unit's");
        assertEquals(0, ga.overdue(), "B's acceptance and result notice were missed by JY-JW, not by the accused");
        assertEquals(0, ga.escalated());
        assertEquals(0, ga.extensions());
        assertEquals(0, ga.rated(), "the reporter rates the handling, which JY-GA did not do");
        assertEquals(0, ga.dissatisfied(), "B's bad rating is no deduction from the accused unit");
        assertEquals("—", ga.onTime().percent());
        assertEquals(30_000, ga.services(), "2,500 a month, imported");
        assertEquals(12, ga.volumeMonths());
        assertEquals("1.00", ga.reportsRate().text(), "3 reports over 30,000 services");
        assertEquals("0.33", ga.substantiatedPerServices().text(), "1 over 30,000");
        assertEquals("江永县人民政府", ga.area().name());

        Ledger.Row jw = row(view, "JY-JW");
        assertEquals(0, jw.received(), "nobody reported the discipline body");
        assertEquals(0, jw.substantiated(), "it verified A (substantiated) and D (partly): no figure of its own");
        assertEquals(19, jw.limitsClosed(),
                "A's six, B's acceptance, acceptance notice, signing for, investigation and review, D's six, E's two");
        assertEquals(18, jw.limitsMet(), "B's acceptance, its own, was met two days late");
        assertEquals("94.7%", jw.onTime().percent());
        assertEquals(4, jw.overdue(), "its own misses: B's acceptance (due 03-14), result notice (due 04-14, open), and"
                + " the visit back (due 03-31) and rectification (due 04-15) of B's bad rating, never done");
        assertEquals(1, jw.escalated());
        assertEquals(1, jw.extensions(), "B's investigation, which it verified as the handling unit");
        assertEquals(3, jw.rated(), "A, B and D");
        assertEquals(2, jw.satisfied());
        assertEquals(1, jw.dissatisfied());
        assertEquals("66.7%", jw.satisfaction().percent());
        assertEquals(0, jw.services());
        assertEquals("—", jw.reportsRate().text(), "no service volume, no rate");

        Ledger.Row zr = row(view, "JY-ZRZY");
        assertEquals(2, zr.received());
        assertEquals(1, zr.accepted(), "E was rejected");
        assertEquals(1, zr.concluded());
        assertEquals("100.0%", zr.substantiatedRate().percent(), "partly substantiated counts");
        assertEquals("5.0", zr.averageWorkingDays());
        assertEquals(0, zr.limitsClosed());
        assertEquals(0, zr.matters(), "partly substantiated arrogant service: below the threshold");
        assertEquals(2_400, zr.services(), "400 a month, January to June");
        assertEquals(6, zr.volumeMonths());
        assertEquals("8.33", zr.reportsRate().text(), "2 over 2,400");
        assertEquals("4.17", zr.substantiatedPerServices().text(), "1 over 2,400");

        Ledger.View city = ledger.ledger(Period.year(2022), null);
        assertEquals(ga.received(), row(city, "JY-GA").received(), "the same line in the city's ledger");
        assertEquals(jw.limitsMet(), row(city, "JY-JW").limitsMet());
        assertEquals(ga.workingDays(), row(city, "JY-GA").workingDays(), "the working-day span covers the whole city");

        Ledger.Row t = view.totals();
        assertTrue(t.totals());
        assertEquals(5, t.received());
        assertEquals(3, t.accepted());
        assertEquals(3, t.concluded());
        assertEquals("66.7%", t.substantiatedRate().percent());
        assertEquals("94.7%", t.onTime().percent(), "18 of 19");
        assertEquals("8.3", t.averageWorkingDays(), "25 working days over 3 cases");
        assertEquals(4, t.overdue());
        assertEquals("66.7%", t.satisfaction().percent());
        assertEquals(1, t.matters());
        assertEquals(32_400, t.services(), "every unit with reports has its volume");
        assertEquals("1.54", t.reportsRate().text(), "5 over 32,400");
        assertEquals("0.62", t.substantiatedPerServices().text(), "2 over 32,400");

        assertEquals(List.of(), view.praise(), "three ratings at least, none dissatisfied: nobody this year");
    }

    @Test
    void shouldCountOnlyWhatHappenedInTheQuarterOrMonth() {
        Ledger.View q1 = jiangyong(Period.quarter(2022, 1));
        assertEquals(2, row(q1, "JY-GA").received());
        assertEquals(7_500, row(q1, "JY-GA").services());
        assertEquals(11, row(q1, "JY-JW").limitsClosed());
        assertEquals(2, row(q1, "JY-JW").overdue(),
                "B's acceptance and its rating's visit (03-31); the rest fell due in April");
        assertEquals(row(jiangyong(Period.month(2022, 3)), "JY-JW").limitsClosed(), 11);
        assertEquals(3, row(q1, "JY-ZRZY").volumeMonths(), "a unit with services and no report has its line: 0 per 10,000");
        assertEquals("0.00", row(q1, "JY-ZRZY").reportsRate().text());

        Ledger.View q2 = jiangyong(Period.quarter(2022, 2));
        assertEquals(0, row(q2, "JY-GA").received());
        assertEquals(0, row(q2, "JY-GA").overdue());
        assertEquals(2, row(q2, "JY-JW").overdue(), "B's result notice, due 2022-04-14, and rectification, due 04-15");

        Ledger.View q4 = jiangyong(Period.quarter(2022, 4));
        assertEquals(List.of("JY-GA"), q4.rows().stream().map(Ledger.Row::unitCode).toList(),
                "C's limits fall due in 2023; JY-ZRZY entered no services for the quarter");
        assertEquals(1, row(q4, "JY-GA").received());

        Ledger.Row next = row(jiangyong(Period.year(2023)), "JY-GA");
        assertEquals(0, next.received());
        assertEquals(1, next.accepted(), "C, accepted on 2023-01-04");

        Ledger.View january = jiangyong(Period.month(2022, 1));
        assertEquals(List.of("JY-GA", "JY-ZRZY"), january.rows().stream().map(Ledger.Row::unitCode).toList(),
                "services only");
        assertTrue(january.rows().stream().allMatch(r -> r.received() == 0 && r.volumeMonths() == 1));
        assertTrue(jiangyong(Period.month(2022, 11)).rows().stream().allMatch(r -> r.received() == 0));
    }

    @Test
    void shouldTrendTheYearByMonthAndCategory() {
        List<Ledger.Month> trend = jiangyong(Period.quarter(2022, 2)).trend();
        assertEquals(12, trend.size(), "the whole year, whatever the period");
        assertEquals(new Ledger.Month(3, Map.of(ARROGANT_SERVICE, 1L, PETTY_CORRUPTION, 1L)), trend.get(2));
        assertEquals(new Ledger.Month(6, Map.of(ARROGANT_SERVICE, 1L, PETTY_CORRUPTION, 1L)), trend.get(5));
        assertEquals(new Ledger.Month(12, Map.of(PETTY_CORRUPTION, 1L)), trend.get(11));
        assertEquals(0, trend.get(11).count(ARROGANT_SERVICE));
        assertEquals(5, trend.stream().mapToLong(Ledger.Month::total).sum());
    }

    @Test
    void shouldShowTheLedgerUnrankedWithItsRatesChartsAndDefinitions() {
        String page = StaffClient.as("ledger-supervisor", "supervisor").get("/staff/ledger?period=year&year=2022&area=JY")
                .then().statusCode(200).header("Cache-Control", "no-store")
                .body(containsString("执行力台账"), containsString("id=\"ledger-JY-GA\""),
                        containsString("id=\"ledger-JY-JW\""), containsString("94.7%"), containsString("18/19"),
                        containsString("id=\"def-on-time\""), containsString("id=\"ranking-off\""),
                        containsString("第十条"), containsString("id=\"def-fairness\""),
                        containsString("id=\"def-services\""), containsString("8.33"), containsString("已录6/12个月"),
                        containsString("id=\"praise-none\""))
                .extract().asString();
        assertFalse(page.contains("class=\"standing-"), "no 先进/后进 marks without an approval");
        assertFalse(page.contains("id=\"def-score\""), "no score without an approval");
        assertTrue(page.contains("<svg") && page.contains("id=\"chart-trend-title\"")
                && page.contains("id=\"chart-on-time-title\""), "both charts, with their titles");
        assertTrue(page.indexOf("id=\"ledger-JY-GA\"") < page.indexOf("id=\"ledger-JY-ZRZY\""), "by code");
        assertFalse(page.contains("<script"), "no script");
        assertFalse(page.contains(LedgerFixture.REPORTER_NAME));
        assertTrue(page.contains("href=\"/staff/ledger.xlsx?period=year&amp;year=2022&amp;area=JY\""));

        StaffClient.as("ledger-inspector", "inspector").get("/staff/ledger?period=quarter&year=2022&q=4&area=JY&lang=en")
                .then().statusCode(200).body(containsString("Q4 2022"), containsString("Execution ledger"),
                        containsString("Reports per 10,000 services"));
        StaffClient.as("ledger-inspector", "inspector").get("/staff/ledger?period=month&year=2022&m=13").then()
                .statusCode(400);
        StaffClient.as("ledger-inspector", "inspector").get("/staff/ledger?area=JY-GA").then().statusCode(400);
    }

    @Test
    void shouldLetOnlyTheSupervisionOfficeAndInspectorsSeeTheLedger() {
        for (String path : List.of("/staff/ledger", "/staff/ledger.csv", "/staff/ledger.xlsx", "/staff/ledger/cases.csv",
                "/staff/ledger/cases.xlsx")) {
            for (String role : List.of("handler", "admin")) {
                StaffClient.as("ledger-" + role, role).get(path + "?year=2022&area=JY").then().statusCode(403);
            }
            StaffClient.as("ledger-supervisor", "supervisor").get(path + "?year=2022&area=JY").then().statusCode(200);
            StaffClient.assertSentToSignIn(StaffClient.anonymous().get(path));
        }
    }

    void assertNoReporter(String text) {
        for (String secret : List.of(LedgerFixture.REPORTER_NAME, LedgerFixture.REPORTER_ID,
                LedgerFixture.REPORTER_PHONE, LedgerFixture.NARRATIVE.substring(0, 8))) {
            assertFalse(text.contains(secret), "an export holds " + secret);
        }
    }

    @Test
    void shouldExportTheLedgerAsCsvWithABomAndWithoutTheReporter() {
        Response response = StaffClient.as("ledger-supervisor", "supervisor")
                .get("/staff/ledger.csv?period=year&year=2022&area=JY");
        response.then().statusCode(200).contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("qingfeng-ledger-2022-JY.csv"));
        byte[] bytes = response.asByteArray();
        assertArrayEquals(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, Arrays.copyOf(bytes, 3));
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        assertEquals("单位,所属区县,收到举报,受理,办结,属实（含部分属实）,属实率,办件量,每万件举报数,每万件属实数,"
                + "到期事项办结数,按时办结数,按时办结率,平均办结工作日,超期,督办,延期,评价数,满意率,问责,异议复核", lines.get(0),
                "no rank, score or standing while the ranking is off");
        assertEquals(5, lines.size(), "header, three units, totals");
        assertEquals("江永县公安局,江永县人民政府,3,2,2,1,50.0%,30000,1.00,0.33,0,0,—,10.0,0,0,0,0,—,1,0", lines.get(1));
        assertEquals("江永县纪委监委,江永县人民政府,0,0,0,0,—,—,—,—,19,18,94.7%,—,4,1,1,3,66.7%,0,0", lines.get(2));
        assertEquals("江永县自然资源局,江永县人民政府,2,1,1,1,100.0%,2400,8.33,4.17,0,0,—,5.0,0,0,0,0,—,0,0",
                lines.get(3));
        assertEquals("合计,,5,3,3,2,66.7%,32400,1.54,0.62,19,18,94.7%,8.3,4,1,1,3,66.7%,1,0", lines.get(4));
        assertTrue(text.contains("\r\n"), "CRLF line ends");
        assertNoReporter(text);
    }

    @Inject
    jakarta.persistence.EntityManager em;

    String reference(int which) {
        return cn.gov.yongzhou.qingfeng.casework.CaseFile
                .reference(cn.gov.yongzhou.qingfeng.support.TestReports.caseOf(em, fixture.receipt(which)));
    }

    @Test
    void shouldExportTheCasesOfThePeriodWithoutTheReporter() throws IOException {
        Response csv = StaffClient.as("ledger-inspector", "inspector")
                .get("/staff/ledger/cases.csv?period=year&year=2022&area=JY");
        csv.then().statusCode(200);
        byte[] bytes = csv.asByteArray();
        assertEquals((byte) 0xEF, bytes[0]);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        assertEquals("案件编号,举报类别,具体情形,被举报单位,所属区县,收到时间,办理状态,核查结论,受理日期,办结日期,是否按期",
                lines.get(0));
        assertEquals(6, lines.size(), "five cases");
        assertEquals(reference(0) + ",索拿卡要,暗示给予好处,江永县公安局,江永县人民政府,2022-03-01 10:00,已归档,属实,"
                + "2022-03-02,2022-03-11,是", lines.get(1));
        assertTrue(lines.get(2).startsWith(reference(1) + ",傲慢服务,"), lines.get(2));
        assertTrue(lines.get(2).endsWith(",不属实,2022-03-16,2022-03-23,否"), lines.get(2));
        assertTrue(lines.get(5).startsWith(reference(2) + ","), "received last, at 23:30 on 12-31");
        assertTrue(lines.get(5).contains(",2022-12-31 23:30,"), lines.get(5));
        assertNoReporter(text);
        for (int k = 0; k < 5; k++) {
            assertFalse(text.contains(fixture.receipt(k)), "the case reference, never the receipt number");
        }

        Response xlsx = StaffClient.as("ledger-inspector", "inspector")
                .get("/staff/ledger/cases.xlsx?period=year&year=2022&area=JY");
        xlsx.then().statusCode(200).contentType(containsString("spreadsheetml"));
        try (XSSFWorkbook book = new XSSFWorkbook(xlsx.asInputStream())) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertEquals("案件清单", sheet.getSheetName());
            assertEquals("案件编号", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals(5, sheet.getLastRowNum());
            assertEquals(reference(0), sheet.getRow(1).getCell(0).getStringCellValue());
            assertNoReporter(String.join("\n", cells(book)));
        }
    }

    @Test
    void shouldExportTheLedgerAsAWorkbookThatOpens() throws IOException {
        Response xlsx = StaffClient.as("ledger-supervisor", "supervisor")
                .get("/staff/ledger.xlsx?period=year&year=2022&area=JY");
        xlsx.then().statusCode(200).header("Content-Disposition", containsString("qingfeng-ledger-2022-JY.xlsx"));
        try (XSSFWorkbook book = new XSSFWorkbook(xlsx.asInputStream())) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertEquals("执行力台账", sheet.getSheetName());
            Row header = sheet.getRow(0);
            assertEquals("单位", header.getCell(0).getStringCellValue());
            assertEquals("每万件举报数", header.getCell(8).getStringCellValue());
            assertEquals("按时办结率", header.getCell(12).getStringCellValue());
            assertEquals(21, header.getLastCellNum(), "no score while the ranking is off");
            Row ga = sheet.getRow(1);
            assertEquals("江永县公安局", ga.getCell(0).getStringCellValue());
            assertEquals(CellType.NUMERIC, ga.getCell(2).getCellType());
            assertEquals(3, ga.getCell(2).getNumericCellValue());
            assertEquals(30_000, ga.getCell(7).getNumericCellValue());
            assertEquals(1.0, ga.getCell(8).getNumericCellValue(), 1e-9);
            assertEquals("0.00", ga.getCell(8).getCellStyle().getDataFormatString());
            assertEquals(10.0, ga.getCell(13).getNumericCellValue());
            Row jw = sheet.getRow(2);
            assertEquals(18.0 / 19, jw.getCell(12).getNumericCellValue(), 1e-9);
            assertEquals("0.0%", jw.getCell(12).getCellStyle().getDataFormatString());
            assertEquals("—", jw.getCell(8).getStringCellValue());
            assertEquals("合计", sheet.getRow(4).getCell(0).getStringCellValue());
            assertNoReporter(String.join("\n", cells(book)));
        }
    }

    static List<String> cells(XSSFWorkbook book) {
        List<String> all = new ArrayList<>();
        for (Row row : book.getSheetAt(0)) {
            for (Cell cell : row) {
                all.add(cell.toString());
            }
        }
        return all;
    }

    @Test
    void shouldNeutraliseFormulasAndQuoteCsvFields() {
        assertEquals("'=HYPERLINK(\"x\")".replace("\"", "\"\"").transform(s -> '"' + s + '"'),
                Exports.csvField("=HYPERLINK(\"x\")"));
        assertEquals("'+1", Exports.csvField("+1"));
        assertEquals("'-2", Exports.csvField("-2"));
        assertEquals("'@SUM(A1)", Exports.csvField("@SUM(A1)"));
        assertEquals("\"a,b\"", Exports.csvField("a,b"));
        assertEquals("\"two\r\nlines\"", Exports.csvField("two\r\nlines"));
        assertEquals("12", Exports.csvField(12L));
        assertEquals("—", Exports.csvField(new Share(0, 0)));
        assertEquals("33.3%", Exports.csvField(new Share(1, 3)));
    }

    @Test
    void shouldDrawChartsThatNameThemselves() {
        Ledger.View view = jiangyong(Period.year(2022));
        String trend = Charts.trend(view.trend(), 2022, cn.gov.yongzhou.qingfeng.shared.web.Messages.CHINESE, "t");
        assertTrue(trend.startsWith("<svg") && trend.contains("role=\"img\"") && trend.contains("viewBox=\"0 0 400 "));
        assertTrue(trend.contains("<title id=\"t-title\">2022年各月收到举报（按类别）</title>"), trend);
        assertTrue(trend.contains("<title>3月 索拿卡要 1</title>"));
        assertFalse(trend.contains("style="), "the CSP allows no inline style");
        String onTime = Charts.onTime(view.rows(), cn.gov.yongzhou.qingfeng.shared.web.Messages.CHINESE, "o");
        assertNotNull(onTime);
        assertTrue(onTime.contains("江永县纪委监委") && !onTime.contains("江永县公安局"), "only units with limits of their own");
        assertTrue(onTime.contains("94.7%"));
        assertNull(Charts.onTime(List.of(), cn.gov.yongzhou.qingfeng.shared.web.Messages.CHINESE, "x"));
        assertEquals(4, Charts.niceCeiling(0));
        assertEquals(8, Charts.niceCeiling(5));
        assertEquals(12, Charts.niceCeiling(9));
        assertEquals(20, Charts.niceCeiling(12));
        assertEquals("&lt;b&gt; &amp; &quot;", Charts.esc("<b> & \""));
    }
}
