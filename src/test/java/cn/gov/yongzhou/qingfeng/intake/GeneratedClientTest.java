package cn.gov.yongzhou.qingfeng.intake;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.yongzhou.qingfeng.support.StaffClient;
import cn.gov.yongzhou.qingfeng.support.TestReports;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import reportclient.ApiClient;
import reportclient.ApiException;
import reportclient.api.ReportsApi;
import reportclient.model.Created;
import reportclient.model.Status;

/**
 * The report API as a 12345 system would call it: through the client openapi-generator writes from the published
 * document (pom.xml), not through a client of our own. Chinese text arrives as typed, with an evidence file; a refused
 * report comes back with the documented error shape. (This generated client refuses a file name that is not ASCII:
 * OkHttp's header check, before anything is sent; README says so.)
 */
@QuarkusTest
class GeneratedClientTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    EntityManager em;

    ReportsApi api() {
        ApiClient client = new ApiClient();
        client.setBasePath(base.toString().replaceAll("/$", ""));
        client.setBearerToken(TestReports.intakeClientToken());
        return new ReportsApi(client);
    }

    Created file(ReportsApi api, String idNumber, String narrative, File evidence) throws ApiException {
        return api.fileReport("PETTY_CORRUPTION", "HINTING", "LL-ZWFW", LocalDate.parse("2026-11-20"),
                "零陵区政务服务中心 不动产登记窗口", narrative, "yes", "on", "on", "zh-CN", null, "LL-03", "10:30", null,
                "LL0301", "戴眼镜的男性工作人员", null, null, "WO-" + System.nanoTime(), "REAL_NAME", "PERSON", "欧阳·清风",
                null, "RESIDENT_ID", idNumber, TestReports.phone(), null, null, null, "PHONE", "PHONE",
                evidence == null ? null : List.of(evidence));
    }

    @Test
    void shouldFileAReportWithTheGeneratedClientAndReadItBack() throws Exception {
        String narrative = "办理不动产登记时，工作人员暗示“懂规矩”就能当天办好——我没有给，被要求下周再来。（生成的客户端）"
                + System.nanoTime();
        Path photo = Files.createTempDirectory("client").resolve("scene-photo.png");
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(40, 30, java.awt.image.BufferedImage.TYPE_INT_RGB),
                "png", photo.toFile());
        ReportsApi api = api();
        Created created = file(api, TestReports.idNumber(), narrative, photo.toFile());
        assertNotNull(created.getReceipt());
        assertEquals("REGISTERED", created.getStatus());

        Status status = api.reportStatus(created.getReceipt(), created.getPassword());
        assertEquals(created.getReceipt(), status.getReceipt());
        assertEquals("PETTY_CORRUPTION", status.getCategory());

        // the inspector reads exactly what was sent: the narrative in Chinese, and the file
        long caseId = TestReports.caseOf(em, created.getReceipt());
        StaffClient.inspector("inspector-he").get("/staff/cases/" + caseId).then().statusCode(200)
                .body(containsString(narrative), containsString("scene-photo.png"));
    }

    @Test
    void shouldAnswerARefusedReportInTheDocumentedShape() {
        ApiException refused = assertThrows(ApiException.class,
                () -> file(api(), "431102199001011238", "工作人员暗示给好处才办，我没有给，被要求下周再来。", null));
        assertEquals(400, refused.getCode());
        assertTrue(refused.getResponseBody().contains("\"field\":\"idNumber\""), refused.getResponseBody());
        assertTrue(refused.getResponseBody().contains("身份证号码校验位不正确"), refused.getResponseBody());
    }
}
