package cn.gov.yongzhou.qingfeng.shared.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.yongzhou.qingfeng.calendar.CalendarEdits;
import cn.gov.yongzhou.qingfeng.directory.ServiceWindow;
import cn.gov.yongzhou.qingfeng.directory.Unit;
import cn.gov.yongzhou.qingfeng.directory.UnitEdits;
import cn.gov.yongzhou.qingfeng.directory.WindowEdits;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two instances on one database, as behind a load balancer: this test's application (A) and the packaged jar started
 * as a second process (B) in production mode. An admin's edit on A is on B's pages within a second. Run by failsafe
 * after {@code package} ({@code ./mvnw verify}), since it needs {@code target/quarkus-app/quarkus-run.jar}.
 */
@QuarkusTest
class TwoInstancesIT {

    static final Path JAR = Path.of(System.getProperty("qingfeng.it.jar", "target/quarkus-app/quarkus-run.jar"));
    static Process other;
    static int port;
    static Path log;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Inject
    CalendarEdits calendar;

    @Inject
    UnitEdits units;

    @Inject
    WindowEdits windows;

    @BeforeAll
    static void startTheOtherInstance() throws Exception {
        assertTrue(Files.exists(JAR), "run ./mvnw verify: this test needs the packaged app " + JAR);
        var config = ConfigProvider.getConfig();
        port = freePort();
        log = Files.createTempFile("qingfeng-instance-b", ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", JAR.toString()));
        ProcessBuilder b = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        var env = b.environment();
        env.put("QUARKUS_DATASOURCE_JDBC_URL", config.getValue("quarkus.datasource.jdbc.url", String.class));
        env.put("QUARKUS_DATASOURCE_USERNAME", config.getValue("quarkus.datasource.username", String.class));
        env.put("QUARKUS_DATASOURCE_PASSWORD", "");
        env.put("QUARKUS_FLYWAY_MIGRATE_AT_START", "false"); // A migrated it (and loaded the sample directory)
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        env.put("QUARKUS_MANAGEMENT_PORT", String.valueOf(freePort()));
        env.put("QINGFENG_CRYPTO_KEYS", config.getValue("qingfeng.crypto.keys", String.class));
        env.put("QINGFENG_CRYPTO_ACTIVE_KEY_ID", config.getValue("qingfeng.crypto.active-key-id", String.class));
        env.put("QINGFENG_CRYPTO_INDEX_KEY", config.getValue("qingfeng.crypto.index-key", String.class));
        config.getOptionalValue("qingfeng.crypto.password-keys", String.class)
                .ifPresent(k -> env.put("QINGFENG_CRYPTO_PASSWORD_KEYS", k));
        env.put("OIDC_AUTH_SERVER_URL", "http://127.0.0.1:9/realms/absent"); // B serves only public pages here
        for (String job : List.of("QINGFENG_OUTBOX_EVERY", "QINGFENG_CHASING_EVERY", "QINGFENG_AUDIT_SEAL_EVERY",
                "QINGFENG_CRYPTO_ROTATION_EVERY")) {
            env.put(job, "off");
        }
        env.put("QINGFENG_RETENTION_CRON", "off");
        other = b.start();
        long until = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < until) {
            assertTrue(other.isAlive(), () -> "instance B died: " + tail());
            if (status("/report") == 200) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("instance B not up within 90 s: " + tail());
    }

    @AfterAll
    static void stopTheOtherInstance() throws InterruptedException {
        if (other != null) {
            other.destroy();
            if (!other.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                other.destroyForcibly();
            }
        }
    }

    @Test
    void shouldShowACalendarEditOnTheOtherInstanceWithinASecond() throws Exception {
        String day = "/api/v1/calendar/2026-03-10"; // a Tuesday, no holiday
        assertTrue(body(day).contains("\"workingDay\":true"), body(day)); // B has read its calendar now
        try {
            assertEquals(0, calendar.putDay(2026, new CalendarEdits.DayEntry("2026-03-10", "两实例测试", "off",
                    "两个实例的测试"), "admin-test").all().size());
            long ms = waitFor(day, b -> b.contains("\"workingDay\":false") && b.contains("两实例测试"));
            assertTrue(ms <= 1000, "B saw the edit after " + ms + " ms");
        } finally {
            calendar.removeDay(2026, "2026-03-10", "两个实例的测试结束", "admin-test");
        }
        long ms = waitFor(day, b -> b.contains("\"workingDay\":true"));
        assertTrue(ms <= 1000, "B saw the removal after " + ms + " ms");
    }

    @Test
    void shouldShowAUnitAndWindowEditOnTheOtherInstancesFormWithinASecond() throws Exception {
        assertTrue(body("/w/LL-03").contains("零陵区政务服务中心"));
        Unit unit = QuarkusTransaction.requiringNew().call(() -> Unit.findByCode("LL-ZWFW").orElseThrow());
        ServiceWindow window = QuarkusTransaction.requiringNew()
                .call(() -> ServiceWindow.findByCode("LL-03").orElseThrow());
        String unitName = unit.name;
        String windowName = window.name;
        try {
            assertTrue(units.changeUnit(unit.id, new UnitEdits.UnitInput(unit.code, "零陵区政务服务大厅（改名）",
                    unit.nameEn, null, null, unit.mailbox, unit.dutyPhone, true), "admin-test").ok());
            long ms = waitFor("/report", b -> b.contains("零陵区政务服务大厅（改名）"));
            assertTrue(ms <= 1000, "B's form showed the unit's new name after " + ms + " ms");
            assertTrue(windows.changeWindow(window.id, new WindowEdits.WindowInput(window.code, "两实例测试窗口",
                    window.nameEn, true), "admin-test").ok());
            ms = waitFor("/w/LL-03", b -> b.contains("两实例测试窗口") && b.contains("零陵区政务服务大厅（改名）"));
            assertTrue(ms <= 1000, "B's window form showed the new name after " + ms + " ms");
            assertTrue(windows.setWindowActive(window.id, false, "admin-test").ok());
            long until = System.nanoTime();
            while (status("/w/LL-03") != 404) {
                assertTrue(System.nanoTime() - until < 1_000_000_000L, "B still opens a closed window's form");
                Thread.sleep(20);
            }
        } finally {
            windows.setWindowActive(window.id, true, "admin-test");
            windows.changeWindow(window.id, new WindowEdits.WindowInput(window.code, windowName, window.nameEn,
                    true), "admin-test");
            units.changeUnit(unit.id, new UnitEdits.UnitInput(unit.code, unitName, unit.nameEn, null, null,
                    unit.mailbox, unit.dutyPhone, true), "admin-test");
        }
    }

    /** Milliseconds until B's page at {@code path} satisfies {@code seen}; fails after 5 s. */
    static long waitFor(String path, Predicate<String> seen) throws Exception {
        long start = System.nanoTime();
        while (true) {
            if (seen.test(body(path))) {
                return (System.nanoTime() - start) / 1_000_000;
            }
            if (System.nanoTime() - start > 5_000_000_000L) {
                throw new AssertionError("B never showed the change at " + path);
            }
            Thread.sleep(20);
        }
    }

    static String body(String path) throws IOException, InterruptedException {
        return HTTP.send(request(path), HttpResponse.BodyHandlers.ofString()).body();
    }

    static int status(String path) {
        try {
            return HTTP.send(request(path), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException | InterruptedException e) {
            return -1;
        }
    }

    static HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(5))
                .header("Accept-Language", "zh-CN").build();
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    static String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }
}
