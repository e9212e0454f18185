package cn.gov.yongzhou.qingfeng.casework;

import static cn.gov.yongzhou.qingfeng.support.TestClock.at;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import cn.gov.yongzhou.qingfeng.support.StaffClient;
import cn.gov.yongzhou.qingfeng.support.TestReports;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Five years after a case ended its reporter's data and evidence are erased, and nothing else: the case still
 * counts in the statistics, the reporter can still follow it, a case still running is left alone.
 */
@QuarkusTest
class RetentionTest {

    static final Casework.Actor INSPECTOR = new Casework.Actor("inspector-he", CaseRole.INSPECTOR);

    @Inject
    Retention retention;

    @Inject
    Casework casework;

    @Inject
    EntityManager em;

    static byte[] jpeg() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "jpg", out);
        return out.toByteArray();
    }

    JsonPath file(String name) throws IOException {
        Map<String, String> form = TestReports.valid();
        form.put("occurredDate", "2020-06-01");
        form.put("reporterName", name);
        form.put("email", "retention-" + System.nanoTime() + "@example.cn");
        return TestReports.api(form).multiPart("evidence", "现场照片.jpg", jpeg(), "image/jpeg")
                .post("/api/v1/reports").then().statusCode(201).extract().jsonPath();
    }

    @Transactional
    Object[] row(String receipt) {
        return (Object[]) em
                .createNativeQuery(
                        """
                                select r.reporter_name_enc, r.narrative_enc, r.reporter_phone_index, r.anonymised_at,
                                       (select count(*) from evidence_content ec join evidence e on e.id = ec.evidence_id where e.report_id = r.id),
                                       (select count(*) from evidence e where e.report_id = r.id and e.file_name_enc is not null),
                                       (select count(*) from outbox_message m where m.report_id = r.id),
                                       r.category, r.unit_id
                                from report r where r.receipt_no = ?1""")
                .setParameter(1, receipt).getSingleResult();
    }

    @Test
    void shouldEraseTheReportersDataFiveYearsAfterTheCaseEndedAndKeepTheFigures() throws IOException {
        at("2020-06-02T10:00:00");
        JsonPath ended = file("司徒清");
        JsonPath running = file("司徒明");
        long endedCase = TestReports.caseOf(em, ended.getString("receipt"));
        casework.reject(endedCase, INSPECTOR, RejectionGround.OUTSIDE_REMIT, "拨打12345热线", "不属于受理范围", null, 0);
        int received = given().get("/api/v1/statistics/2020").then().extract().path("areas.find { it.code == 'LL' }.received");

        at("2025-06-01T10:00:00"); // five years less a day
        assertEquals(0, retention.eraseDue());
        assertNotNull(row(ended.getString("receipt"))[0]);

        at("2025-06-03T10:00:00");
        assertEquals(1, retention.eraseDue());
        assertEquals(0, retention.eraseDue(), "once");
        Object[] erased = row(ended.getString("receipt"));
        assertNull(erased[0], "name");
        assertNull(erased[1], "narrative");
        assertNull(erased[2], "phone index");
        assertNotNull(erased[3], "anonymised_at");
        assertEquals(0L, ((Number) erased[4]).longValue(), "evidence bytes");
        assertEquals(0L, ((Number) erased[5]).longValue(), "evidence file names");
        assertEquals(0L, ((Number) erased[6]).longValue(), "queued mail");
        assertEquals("PETTY_CORRUPTION", erased[7]);

        Object[] kept = row(running.getString("receipt"));
        assertNotNull(kept[0]);
        assertEquals(1L, ((Number) kept[4]).longValue());

        given().get("/api/v1/statistics/2020").then().statusCode(200)
                .body("areas.find { it.code == 'LL' }.received", org.hamcrest.Matchers.equalTo(received));
        TestReports.Csrf csrf = TestReports.openForm();
        given().cookie("qf-csrf", csrf.cookie()).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", csrf.token()).formParam("receipt", ended.getString("receipt"))
                .formParam("password", ended.getString("password")).post("/track").then().statusCode(200)
                .body(containsString("不予受理"), not(containsString("司徒")));
        String inspector = StaffClient.token("inspector-he", "inspector");
        String page = given().auth().oauth2(inspector).get("/staff/cases/" + endedCase).then().statusCode(200)
                .body(not(containsString("司徒")), containsString("保存期满")).extract().asString();
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("/staff/evidence/(\\d+)").matcher(page);
        if (link.find()) {
            given().auth().oauth2(inspector).get("/staff/evidence/" + link.group(1)).then().statusCode(404);
        }
    }
}
