package cn.gov.yongzhou.qingfeng.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.yongzhou.qingfeng.support.TestReports;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Unfinished uploads (issue 10): request bodies that stall or trickle are cut off, never hold the threads that serve
 * other pages, and are bounded per client address and in all. Raw sockets, each read with a time-out, so a failure
 * here is a failure, never a hang.
 */
@QuarkusTest
@TestProfile(RequestBodiesTest.FewThreads.class)
class RequestBodiesTest {

    /**
     * Fewer worker threads (8) than stalled bodies below, fewer unfinished bodies allowed (4) than threads, and a
     * short window, so the test is quick.
     */
    public static class FewThreads implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.thread-pool.max-threads", "8",
                    "qingfeng.request-bodies.window", "2s",
                    "qingfeng.request-bodies.min-bytes", "1K",
                    "qingfeng.request-bodies.max-unfinished-per-address", "2",
                    "qingfeng.request-bodies.max-unfinished", "4");
        }
    }

    @TestHTTPResource("/")
    URL base;

    @Inject
    RequestBodies bodies;

    static final Duration SOCKET_TIMEOUT = Duration.ofSeconds(15);
    static final String STILL_OPEN = "[still open after " + SOCKET_TIMEOUT + "]";

    /** The headers of a multipart POST /report announcing a megabyte, and the first boundary line: then nothing. */
    Socket stalledUpload(String path, String forwardedFor) throws IOException {
        Socket socket = new Socket(base.getHost(), base.getPort());
        socket.setSoTimeout((int) SOCKET_TIMEOUT.toMillis());
        OutputStream out = socket.getOutputStream();
        out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: multipart/form-data; boundary=slow\r\nContent-Length: 1000000\r\n"
                + (forwardedFor == null ? "" : "X-Forwarded-For: " + forwardedFor + "\r\n")
                + "\r\n--slow\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return socket;
    }

    /** What the server sent before closing the connection (or the read time-out), as text. */
    static String readUntilClosed(Socket socket) throws IOException {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        InputStream in = socket.getInputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) >= 0;) {
                received.write(buffer, 0, n);
            }
        } catch (SocketTimeoutException e) {
            return received.toString(StandardCharsets.UTF_8) + "\n" + STILL_OPEN;
        } catch (IOException reset) {
            // closed by the server while we still had unsent data: a reset is a close too
        }
        return received.toString(StandardCharsets.UTF_8);
    }

    HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build().send(
                HttpRequest.newBuilder(URI.create(base + path.substring(1))).timeout(Duration.ofSeconds(3)).GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void shouldCutOffAStalledBodyAndServeOtherPagesMeanwhile() throws Exception {
        List<Socket> stalled = new ArrayList<>();
        try {
            // more stalled bodies than worker threads, from several addresses (behind the trusted local proxy)
            for (int i = 0; i < 12; i++) {
                stalled.add(stalledUpload("/report", "198.51.100." + (10 + i / 3)));
            }
            Thread.sleep(300);
            long started = System.nanoTime();
            assertEquals(200, get("/track").statusCode());
            assertEquals(200, get("/report").statusCode());
            assertEquals(200, get("/api/v1/units").statusCode());
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertTrue(millis < 3000, "three pages answered in " + millis + " ms");

            // four were taken and cut off after the window, the others refused at once; none left open
            int cut = 0;
            for (Socket socket : stalled) {
                String answer = readUntilClosed(socket);
                assertTrue(!answer.contains(STILL_OPEN), answer);
                assertTrue(answer.matches("(?s)HTTP/1.1 (408|429|503) .*"), answer);
                if (answer.startsWith("HTTP/1.1 408")) {
                    cut++;
                    assertTrue(answer.contains("网络太慢"), answer);
                }
            }
            assertEquals(4, cut);
            // once they are gone, a whole report goes through
            TestReports.formPost(TestReports.valid(), TestReports.openForm()).post("/report").then().statusCode(200);
            assertEquals(0, bodies.unfinished());
        } finally {
            for (Socket socket : stalled) {
                socket.close();
            }
        }
    }

    /** One byte every half second is not an upload: cut off like a stalled one. */
    @Test
    void shouldCutOffABodyThatTrickles() throws Exception {
        try (Socket socket = stalledUpload("/report", "198.51.100.40")) {
            OutputStream out = socket.getOutputStream();
            long started = System.nanoTime();
            try {
                for (int i = 0; i < 40; i++) {
                    Thread.sleep(500);
                    out.write('x');
                    out.flush();
                }
            } catch (IOException closed) {
                // the server closed the connection: what we want
            }
            String answer = readUntilClosed(socket);
            long seconds = (System.nanoTime() - started) / 1_000_000_000;
            assertTrue(answer.startsWith("HTTP/1.1 408") || answer.isEmpty(), answer);
            assertTrue(seconds < 12, "cut off after " + seconds + " s");
        }
    }

    @Test
    void shouldRefuseMoreUnfinishedBodiesFromOneAddressBeforeReadingThem() throws Exception {
        List<Socket> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                stalled.add(stalledUpload("/report", "203.0.113.77"));
            }
            Thread.sleep(300);
            try (Socket fifth = stalledUpload("/report", "198.51.100.1, 203.0.113.77")) {
                String answer = readUntilClosed(fifth);
                assertTrue(answer.startsWith("HTTP/1.1 429") && !answer.contains(STILL_OPEN), answer);
                assertTrue(answer.contains("Retry-After: 10"), answer);
                assertTrue(answer.contains("同时上传的太多"), answer);
            }
            // another address is not affected
            try (Socket other = stalledUpload("/report", "203.0.113.78")) {
                other.getOutputStream().write("Content-Disposition: form-data; name=\"x\"\r\n\r\ny\r\n--slow--\r\n"
                        .getBytes(StandardCharsets.US_ASCII));
                String answer = readUntilClosed(other);
                assertTrue(!answer.startsWith("HTTP/1.1 429") && !answer.contains(STILL_OPEN), answer);
            }
        } finally {
            for (Socket socket : stalled) {
                socket.close();
            }
        }
    }

    @Test
    void shouldRefuseMoreUnfinishedBodiesThanTheInstanceTakes() throws Exception {
        List<Socket> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                stalled.add(stalledUpload("/report", "192.0.2." + (100 + i)));
            }
            Thread.sleep(300);
            try (Socket more = stalledUpload("/api/v1/reports", "192.0.2.200")) { // the API counts with the form
                String answer = readUntilClosed(more);
                assertTrue(answer.startsWith("HTTP/1.1 503") && !answer.contains(STILL_OPEN), answer);
                assertTrue(answer.contains("\"error\":\"too_many_uploads\""), answer);
            }
            assertEquals(200, get("/track").statusCode());
        } finally {
            for (Socket socket : stalled) {
                socket.close();
            }
        }
    }

    /** Over the size limit without a Content-Length (chunked): the API says what was too large, in both languages. */
    @Test
    void shouldTellTheApiWhatWasTooLarge() throws Exception {
        // the first token check fetches the provider's keys, which may take longer than the test's short window
        TestReports.api(TestReports.valid()).post("/api/v1/reports").then().statusCode(201);
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout((int) SOCKET_TIMEOUT.toMillis());
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/reports HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n"
                    + "Authorization: Bearer " + TestReports.intakeClientToken() + "\r\n"
                    + "Content-Type: multipart/form-data; boundary=big\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            byte[] head = ("--big\r\nContent-Disposition: form-data; name=\"evidence\"; filename=\"v.mp4\"\r\n"
                    + "Content-Type: video/mp4\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
            out.write((Integer.toHexString(head.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(head);
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[1024 * 1024];
            // written by a thread of its own: the server stops reading once it refuses, and a blocked write has no
            // time-out (closing the socket in the end releases it)
            Thread writer = new Thread(() -> {
                try {
                    for (int i = 0; i < 14; i++) { // 14 MB, over the 12 MB of the test profile
                        out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                        out.write(chunk);
                        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                } catch (IOException closed) {
                    // refused part-way: the answer is already there
                }
            });
            writer.setDaemon(true);
            writer.start();
            String answer = readUntilClosed(socket);
            assertTrue(answer.startsWith("HTTP/1.1 413") && !answer.contains(STILL_OPEN), answer);
            assertTrue(answer.contains("不能超过 12 MB"), answer);
            assertTrue(answer.contains("may not exceed 12 MB"), answer);
        }
    }

    /** A text field over the 64 KB the form allows: said so, not "invalid request". */
    @Test
    void shouldTellWhichLimitAFieldBroke() throws Exception {
        TestReports.Csrf csrf = TestReports.openForm();
        String body = "--b\r\nContent-Disposition: form-data; name=\"csrf-token\"\r\n\r\n" + csrf.token()
                + "\r\n--b\r\nContent-Disposition: form-data; name=\"narrative\"\r\n\r\n" + "长".repeat(30_000)
                + "\r\n--b--\r\n";
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(base + "report")).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "multipart/form-data; boundary=b").header("Cookie", "qf-csrf=" + csrf.cookie())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(413, response.statusCode(), response.body());
        assertTrue(response.body().contains("每一栏不能超过 64 KB"), response.body());
    }
}
