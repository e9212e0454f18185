package cn.gov.yongzhou.qingfeng.intake;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.gov.yongzhou.qingfeng.support.StaffClient;
import cn.gov.yongzhou.qingfeng.support.TestReports;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Evidence is never served to the public, and to inspectors only as a download that is recorded. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class EvidenceDownloadTest {

    @Inject
    EntityManager em;

    @io.quarkus.test.common.http.TestHTTPResource("/api/v1/reports")
    java.net.URI api;

    byte[] photo;
    long evidenceId;
    String receipt;

    @BeforeEach
    void fileAReportWithAPhoto() throws Exception {
        photo = EvidenceTest.png();
        java.net.http.HttpResponse<String> created = TestReports.postLikeABrowser(api, TestReports.valid(), "现场照片.png",
                photo, "image/png");
        assertEquals(201, created.statusCode(), created.body());
        receipt = io.restassured.path.json.JsonPath.from(created.body()).getString("receipt");
        evidenceId = ((Number) em.createNativeQuery(
                "select e.id from evidence e join report r on r.id = e.report_id where r.receipt_no = ?1")
                .setParameter(1, receipt).getSingleResult()).longValue();
    }

    @Test
    void shouldGiveAnInspectorTheFileAsAnAttachmentAndRecordIt() {
        byte[] body = StaffClient.as("inspector-wang", "inspector")
                .get("/staff/evidence/" + evidenceId).then().statusCode(200)
                .contentType("application/octet-stream")
                .header("Content-Disposition", containsString("attachment"))
                .header("Content-Disposition", containsString("filename*=UTF-8''%E7%8E%B0%E5%9C%BA"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .extract().asByteArray();
        assertArrayEquals(photo, body);
        Object actor = em.createNativeQuery("""
                select ev.actor from case_event ev join case_file c on c.id = ev.case_id join report r on r.id = c.report_id
                where r.receipt_no = ?1 and ev.action = 'EVIDENCE_DOWNLOADED' and not ev.public_event""")
                .setParameter(1, receipt).getSingleResult();
        assertEquals("inspector-wang", actor);
    }

    @Test
    void shouldRefuseAnonymousCallersAndOtherRoles() {
        StaffClient.assertSentToSignIn(StaffClient.anonymous().get("/staff/evidence/" + evidenceId));
        StaffClient.as("handler-li", "handler")
                .get("/staff/evidence/" + evidenceId).then().statusCode(403)
                .body(not(containsString("PNG")));
    }
}
