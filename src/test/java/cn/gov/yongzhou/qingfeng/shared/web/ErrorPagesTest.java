package cn.gov.yongzhou.qingfeng.shared.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.yongzhou.qingfeng.support.TestReports;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ErrorPagesTest {

    @Inject
    EntityManager em;

    @Test
    void shouldShowAPageForAnUnknownAddress() {
        given().accept("text/html").get("/no/such/page").then().statusCode(404)
                .body(containsString("找不到这个页面"), containsString("href=\"/\""));
    }

    @TestHTTPResource("/report")
    URI report;

    /** A multipart body that does not parse (sqlmap sends such) is the client's error: 400, not an error id. */
    @Test
    void shouldAnswerABrokenMultipartBodyAsABadRequest() throws Exception {
        TestReports.Csrf csrf = TestReports.openForm();
        String body = "--b\r\nContent-Disposition: form-data; name=\"csrf-token\"\r\n\r\n" + csrf.token()
                + "\r\n--b\r\nno header here\r\n\r\nx\r\n--b--\r\n";
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(report)
                .header("Content-Type", "multipart/form-data; boundary=b")
                .header("Cookie", "qf-csrf=" + csrf.cookie())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().contains("请求无效"), response.body());
    }

    @TestHTTPResource("/track")
    URI track;

    /** A form field with a broken %-escape (sqlmap sends "%%27"): 400, not an error id. */
    @Test
    void shouldAnswerAnUndecodableFormFieldAsABadRequest() throws Exception {
        TestReports.Csrf csrf = TestReports.openForm();
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(track)
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("Cookie", "qf-csrf=" + csrf.cookie())
                .POST(HttpRequest.BodyPublishers.ofString("csrf-token=" + csrf.token()
                        + "&receipt=YZ261130ABCDEF%%27&password=x"))
                .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().contains("请求无效"), response.body());
    }

    /** As a browser sends it: a multipart body with its Content-Length, over the limit. */
    @Test
    void shouldShowAClearPageForAnOversizedSubmission() throws Exception {
        long before = ((Number) em.createNativeQuery("select count(*) from report").getSingleResult()).longValue();
        TestReports.Csrf csrf = TestReports.openForm();
        String boundary = "----qingfeng" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"csrf-token\"\r\n\r\n" + csrf.token()
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"evidence\"; filename=\"huge.mp4\"\r\n"
                + "Content-Type: video/mp4\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(new byte[13 * 1024 * 1024]); // over the 12M the test profile allows
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(report)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Cookie", "qf-csrf=" + csrf.cookie())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(413, response.statusCode());
        assertTrue(response.body().contains("上传的内容太大"), response.body());
        assertFalse(response.body().contains("Exception"));
        long after = ((Number) em.createNativeQuery("select count(*) from report").getSingleResult()).longValue();
        assertEquals(before, after);
    }
}
