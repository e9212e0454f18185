package cn.gov.yongzhou.qingfeng.admin;

import static cn.gov.yongzhou.qingfeng.admin.AdminForms.admin;
import static cn.gov.yongzhou.qingfeng.admin.AdminForms.adminForm;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.gov.yongzhou.qingfeng.support.StaffClient;
import cn.gov.yongzhou.qingfeng.support.TestReports;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * 办件量 as the supervision office keeps it: typed in, imported from CSV or XLSX, refused with the reason beside the
 * field or the line, nothing stored half-way. 2019 and the units of 道县 (DX) are this test's own.
 */
@QuarkusTest
class VolumeAdminPagesTest {

    @Inject
    EntityManager em;

    long services(String unit, String month) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var rows = em.createNativeQuery("select v.services from service_volume v join unit u on u.id = v.unit_id"
                    + " where u.code = ?1 and v.month = cast(?2 as date)").setParameter(1, unit)
                    .setParameter(2, month + "-01").getResultList();
            return rows.isEmpty() ? -1L : ((Number) rows.get(0)).longValue();
        });
    }

    long count2019() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from service_volume where month >= '2019-01-01' and month < '2020-01-01'")
                .getSingleResult()).longValue());
    }

    static RequestSpecification upload(RequestSpecification who, String name, byte[] bytes, String type) {
        TestReports.Csrf csrf = TestReports.openForm();
        return who.config(io.restassured.RestAssured.config().multiPartConfig(
                io.restassured.config.MultiPartConfig.multiPartConfig().defaultCharset("UTF-8")))
                .cookie("qf-csrf", csrf.cookie()).contentType("multipart/form-data")
                .multiPart("csrf-token", csrf.token()).multiPart("file", name, bytes, type);
    }

    @Test
    void shouldKeepAMonthTypedInAndReplaceItWhenTypedAgain() {
        StaffClient.form(StaffClient.supervisor("ducha-volume")).formParam("unit", "DX-GA").formParam("month", "2019-03")
                .formParam("services", "12,345").post("/staff/admin/volumes").then().statusCode(303)
                .header("Location", containsString("year=2019&msg=entered"));
        assertEquals(12_345, services("DX-GA", "2019-03"));
        adminForm().formParam("unit", "DX-GA").formParam("month", "2019-03").formParam("services", "12000")
                .post("/staff/admin/volumes").then().statusCode(303);
        assertEquals(12_000, services("DX-GA", "2019-03"), "the second entry replaces the first");
        admin().get("/staff/admin/volumes?year=2019").then().statusCode(200).header("Cache-Control", "no-store")
                .body(containsString("id=\"volume-DX-GA\""), containsString("12000"));
        assertEquals(2L, QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from admin_change where subject = 'service_volume' and subject_ref = 'DX-GA'"
                        + " and detail like '%2019-03%'")
                .getSingleResult()).longValue()), "both changes in the admin log");
    }

    @Test
    void shouldRefuseABadEntryInChineseKeepingWhatWasTyped() {
        long before = count2019();
        adminForm().formParam("unit", "").formParam("month", "2019-13").formParam("services", "一万")
                .post("/staff/admin/volumes").then().statusCode(422)
                .body(containsString("id=\"error-summary\""), containsString("请选择单位。"),
                        containsString("月份格式应为 2026-03。"), containsString("办件量应为 0 至 1 亿之间的整数。"),
                        containsString("value=\"一万\""), containsString("value=\"2019-13\""));
        adminForm().formParam("unit", "DX-GA").formParam("month", "2019-04").formParam("services", "-5")
                .queryParam("lang", "en").post("/staff/admin/volumes").then().statusCode(422)
                .body(containsString("must be a whole number from 0 to 100 million"));
        assertEquals(before, count2019(), "nothing stored");
    }

    @Test
    void shouldImportACsvFileWholeOrNotAtAll() {
        String bad = "单位代码,月份,办件量\r\nDX-RS,2019-01,300\r\nNO-SUCH,2019-02,300\r\nDX-RS,2019年3月,三百\r\n";
        upload(admin(), "bad.csv", bad.getBytes(StandardCharsets.UTF_8), "text/csv").post("/staff/admin/volumes/import")
                .then().statusCode(422)
                .body(containsString("id=\"import-errors\""), containsString("第3行：没有单位代码“NO-SUCH”。"),
                        containsString("第4行：办件量“三百”应为 0 至 1 亿之间的整数。"), not(containsString("第2行")));
        assertEquals(-1, services("DX-RS", "2019-01"), "one bad line: nothing imported");

        String good = "\uFEFFDX-RS,2019-01,300\r\ndx-rs,2019/2,\"1,300\"\r\n\r\n";
        upload(StaffClient.supervisor("ducha-volume"), "good.csv", good.getBytes(StandardCharsets.UTF_8), "text/csv")
                .post("/staff/admin/volumes/import").then().statusCode(303)
                .header("Location", containsString("msg=imported&n=2"));
        assertEquals(300, services("DX-RS", "2019-01"));
        assertEquals(1_300, services("DX-RS", "2019-02"));

        upload(admin(), "twice.csv", "DX-RS,2019-05,1\nDX-RS,2019-05,2\n".getBytes(StandardCharsets.UTF_8),
                "text/csv").post("/staff/admin/volumes/import").then().statusCode(422)
                .body(containsString("DX-RS 的 2019-05 在文件中出现了两次。"));
        upload(admin(), "empty.csv", new byte[0], "text/csv").post("/staff/admin/volumes/import").then().statusCode(422)
                .body(containsString("请选择要导入的文件。"));
    }

    @Test
    void shouldImportAnExcelWorkbook() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            XSSFSheet sheet = book.createSheet("办件量");
            XSSFRow header = sheet.createRow(0);
            header.createCell(0).setCellValue("单位代码");
            header.createCell(1).setCellValue("月份");
            header.createCell(2).setCellValue("办件量");
            XSSFRow row = sheet.createRow(1);
            row.createCell(0).setCellValue("DX-ZWFW");
            row.createCell(1).setCellValue("2019-07");
            row.createCell(2).setCellValue(45_678);
            book.write(out);
        }
        upload(admin(), "volumes.xlsx", out.toByteArray(),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").post("/staff/admin/volumes/import")
                .then().statusCode(303).header("Location", containsString("n=1"));
        assertEquals(45_678, services("DX-ZWFW", "2019-07"));
    }

    @Test
    void shouldLetOnlyTheSupervisionOfficeAndAdminsKeepVolumes() {
        for (String role : new String[] { StaffClient.INSPECTOR, StaffClient.HANDLER }) {
            StaffClient.as("volume-" + role, role).get("/staff/admin/volumes").then().statusCode(403);
            StaffClient.formAs("volume-" + role, role).formParam("unit", "DX-GA").formParam("month", "2019-09")
                    .formParam("services", "1").post("/staff/admin/volumes").then().statusCode(403);
        }
        assertEquals(-1, services("DX-GA", "2019-09"));
        StaffClient.assertSentToSignIn(StaffClient.anonymous().get("/staff/admin/volumes"));
    }
}
