package cn.gov.yongzhou.qingfeng.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The packaged jar ({@code target/quarkus-app/quarkus-run.jar}) started as a process of its own in production mode,
 * on the database of the running {@code @QuarkusTest} (which migrated it and loaded the sample directory) and with its
 * keys. Only its public pages work: its identity provider is an address where nobody answers. For the {@code *IT}
 * tests, which failsafe runs after {@code package} ({@code ./mvnw verify}).
 */
public final class PackagedApp implements AutoCloseable {

    public static final Path JAR = Path.of(System.getProperty("qingfeng.it.jar",
            "target/quarkus-app/quarkus-run.jar"));

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final int port;
    private final Path log;

    private PackagedApp(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts the jar and waits until it serves the report form (at most 90 s). */
    public static PackagedApp start() throws Exception {
        return start(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", JAR.toString()));
    }

    /**
     * Starts the jar the way the image does, through {@code docker/start.sh}, with its class-data archive in
     * {@code cdsDir}.
     */
    public static PackagedApp startScript(Path cdsDir) throws Exception {
        ProcessBuilder b = new ProcessBuilder("sh", "docker/start.sh");
        var env = b.environment();
        env.put("APP_HOME", JAR.toAbsolutePath().getParent().toString());
        env.put("QINGFENG_CDS_DIR", cdsDir.toString());
        env.put("JAVA_OPTS", "-Xmx256m");
        env.put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":" + env.getOrDefault("PATH", ""));
        return start(b);
    }

    private static PackagedApp start(ProcessBuilder b) throws Exception {
        assertTrue(Files.exists(JAR), "run ./mvnw verify: this test needs the packaged app " + JAR);
        var config = ConfigProvider.getConfig();
        int port = freePort();
        Path log = Files.createTempFile("qingfeng-packaged", ".log");
        b.redirectErrorStream(true).redirectOutput(log.toFile());
        var env = b.environment();
        env.put("QUARKUS_DATASOURCE_JDBC_URL", config.getValue("quarkus.datasource.jdbc.url", String.class));
        env.put("QUARKUS_DATASOURCE_USERNAME", config.getValue("quarkus.datasource.username", String.class));
        env.put("QUARKUS_DATASOURCE_PASSWORD", "");
        env.put("QUARKUS_FLYWAY_MIGRATE_AT_START", "false"); // the test's application migrated it
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        env.put("QUARKUS_MANAGEMENT_PORT", String.valueOf(freePort()));
        env.put("QINGFENG_CRYPTO_KEYS", config.getValue("qingfeng.crypto.keys", String.class));
        env.put("QINGFENG_CRYPTO_ACTIVE_KEY_ID", config.getValue("qingfeng.crypto.active-key-id", String.class));
        env.put("QINGFENG_CRYPTO_INDEX_KEY", config.getValue("qingfeng.crypto.index-key", String.class));
        config.getOptionalValue("qingfeng.crypto.password-keys", String.class)
                .ifPresent(k -> env.put("QINGFENG_CRYPTO_PASSWORD_KEYS", k));
        env.put("OIDC_AUTH_SERVER_URL", "http://127.0.0.1:9/realms/absent"); // public pages only
        for (String job : List.of("QINGFENG_OUTBOX_EVERY", "QINGFENG_CHASING_EVERY", "QINGFENG_AUDIT_SEAL_EVERY",
                "QINGFENG_CRYPTO_ROTATION_EVERY")) {
            env.put(job, "off");
        }
        env.put("QINGFENG_RETENTION_CRON", "off");
        PackagedApp app = new PackagedApp(b.start(), port, log);
        long until = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < until) {
            assertTrue(app.process.isAlive(), () -> "the packaged app died: " + app.tail());
            if (app.status("/report") == 200) {
                return app;
            }
            Thread.sleep(250);
        }
        app.close();
        throw new AssertionError("the packaged app was not up within 90 s: " + app.tail());
    }

    /** Stops it as a container is stopped (SIGTERM to the process started; start.sh passes it on). */
    @Override
    public void close() throws InterruptedException {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        children.forEach(ProcessHandle::destroyForcibly);
    }

    /** Whether the JVM serving the app has {@code file} mapped into its memory (Linux: /proc/PID/maps). */
    public boolean maps(Path file) throws IOException {
        ProcessHandle jvm = process.descendants().findFirst().orElse(process.toHandle());
        return Files.readAllLines(Path.of("/proc", String.valueOf(jvm.pid()), "maps")).stream()
                .anyMatch(line -> line.endsWith(file.toAbsolutePath().toString()));
    }

    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(30))
                .header("Accept-Language", "zh-CN");
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
    }

    public String body(String path) throws IOException, InterruptedException {
        return get(path).body();
    }

    /** The status of a GET, or -1 while nothing answers. */
    public int status(String path) {
        try {
            return HTTP.send(request(path).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException | InterruptedException e) {
            return -1;
        }
    }

    /** The last 40 lines of the app's log, for a failure message. */
    public String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
