package cn.gov.yongzhou.qingfeng.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import cn.gov.yongzhou.qingfeng.support.TestCases;
import cn.gov.yongzhou.qingfeng.support.TestReports;
import io.quarkus.narayana.jta.QuarkusTransaction;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A few thousand malformed requests to the public endpoints, from a seeded generator (the seed is printed; run
 * again with -Dqingfeng.fuzz.seed=N): valid requests mutated field by field (wrong types, empty, 100 KB strings,
 * control characters, RTL override, emoji, invalid UTF-8 as raw bytes, broken multipart, missing CSRF, duplicated
 * fields, numbers out of range, impossible dates, path traversal in file names, wrong content types). No answer is a
 * server error, and afterwards every stored report was answered with a receipt, has its case, and nothing else was
 * left half-written.
 */
@QuarkusTest
class PublicInputFuzzTest {

    static final int REQUESTS = Integer.getInteger("qingfeng.fuzz.requests", 2500);
    static final int THREADS = Integer.getInteger("qingfeng.fuzz.clients", 2);
    static final Pattern RECEIPT_PAGE = Pattern.compile("id=\"receipt-no\" class=\"code\">([A-Z0-9]+)<");
    static final Pattern RECEIPT_JSON = Pattern.compile("\"receipt\"\\s*:\\s*\"([A-Z0-9]+)\"");
    static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    static final Pattern PASS = Pattern.compile("name=\"pass\" value=\"([^\"]+)\"");

    @TestHTTPResource("/")
    URI base;

    @Inject
    EntityManager em;

    @Inject
    cn.gov.yongzhou.qingfeng.casework.Casework casework;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** One request as sent: what it was (compact, for the failure message) and its bytes. */
    record Req(String what, String method, String path, Map<String, String> headers, byte[] body) {
    }

    /** What the generator needs from the running app: the CSRF pair, a bearer token, a real receipt and its pass. */
    record Session(String csrfCookie, String csrfToken, String apiToken, String receipt, String password,
            String pass) {
    }

    @Test
    void shouldNeverAnswerWithAServerErrorNorStoreHalfAReport() throws Exception {
        long seed = Long.getLong("qingfeng.fuzz.seed", 20261129L);
        System.out.println("PublicInputFuzzTest seed=" + seed + " requests=" + REQUESTS
                + " (repeat with -Dqingfeng.fuzz.seed=" + seed + ")");
        Random random = new Random(seed);
        Session session = session();
        long maxReport = max("report");
        long maxOutbox = max("outbox_message");
        long maxEvidence = max("evidence");

        Set<String> receipts = new LinkedHashSet<>();
        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> statuses = new java.util.TreeMap<>();
        Map<String, Long> millisByKind = new java.util.TreeMap<>();
        Generator generator = new Generator(random, session);
        List<Req> requests = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            requests.add(generator.next());
        }
        // generated in order from the seed, sent by a few clients at once (as the public would)
        long started = System.nanoTime();
        java.util.concurrent.ExecutorService clients = java.util.concurrent.Executors.newFixedThreadPool(THREADS);
        List<java.util.concurrent.Future<Answer>> answers = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            int n = i;
            answers.add(clients.submit(() -> answer(n, requests.get(n))));
        }
        for (java.util.concurrent.Future<Answer> future : answers) {
            Answer a = future.get(120, java.util.concurrent.TimeUnit.SECONDS);
            statuses.merge(a.status(), 1, Integer::sum);
            millisByKind.merge(a.kind(), a.millis(), Long::sum);
            if (a.failure() != null) {
                failures.add(a.failure());
            }
            if (a.receipt() != null) {
                receipts.add(a.receipt());
            }
        }
        clients.shutdown();
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("PublicInputFuzzTest: " + REQUESTS + " requests in " + millis + " ms, statuses " + statuses
                + ", reports acknowledged " + receipts.size() + ", ms by kind " + millisByKind);
        if (!failures.isEmpty()) {
            fail(failures.size() + " server errors or requests left unanswered (seed " + seed + "):\n" + String.join("\n",
                    failures.subList(0, Math.min(40, failures.size()))));
        }

        assertEquals(receipts.size(), count("select count(*) from report where id > ?1", maxReport),
                "every report stored was answered with its receipt");
        if (!receipts.isEmpty()) {
            assertEquals(receipts.size(), count("select count(*) from report where id > ?1 and receipt_no in ("
                    + String.join(",", receipts.stream().map(r -> "'" + r + "'").toList()) + ")", maxReport),
                    "the receipts given are the reports stored");
        }
        assertEquals(0, count("""
                select count(*) from report r where r.id > ?1
                and not exists (select 1 from case_file c where c.report_id = r.id)""", maxReport), "reports without a case");
        assertEquals(0, count("""
                select count(*) from evidence e where e.id > ?1
                and (not exists (select 1 from report r where r.id = e.report_id)
                     or not exists (select 1 from evidence_content c where c.evidence_id = e.id))""", maxEvidence),
                "evidence without its report or its content");
        assertEquals(0, count("""
                select count(*) from case_file c where not exists (select 1 from report r where r.id = c.report_id)
                and ?1 = ?1""", 0L), "cases without a report");
        long mails = count("select count(*) from outbox_message where id > ?1", maxOutbox);
        // one receipt per channel (a text, and a mail where an address was given) and what the real report's steps told
        assertTrue(mails <= 2L * receipts.size() + generator.actedOnTheRealReport,
                mails + " notices queued for " + receipts.size() + " receipts");
        assertEquals(0, count("""
                select count(*) from (select report_id from outbox_message where id > ?1 and kind = 'RECEIPT'
                group by report_id, channel having count(*) > 1) twice""", maxOutbox), "a receipt sent twice");
    }

    // ---- what the fuzzing found, as plain cases ------------------------------------------------------------------

    @Test
    void shouldAnswer400ToAMultipartBodyCutShortOrWithAnotherBoundary() throws Exception {
        Session s = session();
        Map<String, String> headers = Map.of("Cookie", "qf-csrf=" + s.csrfCookie(),
                "Content-Type", "multipart/form-data; boundary=other");
        byte[] body = utf8("--bnd\r\nContent-Disposition: form-data; name=\"category\"\r\n\r\nPETTY");
        assertEquals(400, send(new Req("cut", "POST", "/report", headers, body)).statusCode());
        Map<String, String> api = Map.of("Authorization", "Bearer " + s.apiToken(),
                "Content-Type", "multipart/form-data; boundary=bnd; charset=EBCDIC");
        assertEquals(400, send(new Req("charset", "POST", "/api/v1/reports", api, body)).statusCode());
        Map<String, String> form = Map.of("Cookie", "qf-csrf=" + s.csrfCookie(),
                "Content-Type", "application/x-www-form-urlencoded");
        assertEquals(400, send(new Req("escape", "POST", "/track", form, utf8("receipt=%G1&password=%"))).statusCode());
        // and the next request on the same client is answered
        assertEquals(200, send(new Req("after", "GET", "/report", Map.of(), null)).statusCode());
    }

    @Test
    void shouldServeAPageDespiteAMalformedAcceptHeader() throws Exception {
        for (Map<String, String> headers : List.of(Map.of("Accept", "nonsense"), Map.of("Accept", "*/*;q=x"),
                Map.of("Accept-Language", "*;q=2"), Map.of("Accept-Language", ";;;"))) {
            HttpResponse<byte[]> page = send(new Req("accept", "GET", "/statistics", headers, null));
            assertEquals(200, page.statusCode(), headers.toString());
            assertEquals(404, send(new Req("accept", "GET", "/w/NONE", headers, null)).statusCode(), headers.toString());
        }
    }

    @Test
    void shouldFindNothingForACodeWithNul() throws Exception {
        assertEquals(404, send(new Req("nul", "GET", "/w/LL-03%00", Map.of(), null)).statusCode());
        assertEquals(404, send(new Req("nul", "GET", "/api/v1/reports/YZ%00", Map.of("X-Query-Password", "x"), null))
                .statusCode());
        Session s = session();
        HttpResponse<byte[]> tracked = send(new Req("nul", "POST", "/track", Map.of("Cookie", "qf-csrf="
                + s.csrfCookie(), "Content-Type", "application/x-www-form-urlencoded"), utf8(
                        "csrf-token="
                                + java.net.URLEncoder.encode(s.csrfToken(), StandardCharsets.UTF_8) + "&receipt=" + s.receipt()
                                + "%00&password=x")));
        assertEquals(404, tracked.statusCode());
        Map<String, String> form = TestReports.valid();
        form.put("unit", "LL-ZWFW\u0000");
        TestReports.api(form).post("/api/v1/reports").then().statusCode(400);
    }

    @Test
    void shouldTakeAnObjectionWithoutItsControlCharacters() throws Exception {
        Session s = session();
        HttpResponse<byte[]> objected = send(new Req("objection", "POST", "/track/object", Map.of("Cookie", "qf-csrf="
                + s.csrfCookie(), "Content-Type", "application/x-www-form-urlencoded; charset=UTF-8"), utf8(
                        "csrf-token=" + java.net.URLEncoder.encode(s.csrfToken(), StandardCharsets.UTF_8) + "&pass="
                                + java.net.URLEncoder.encode(s.pass(), StandardCharsets.UTF_8)
                                + "&objection=%E6%9C%89%00%E8%AF%81%E4%BA%BA")));
        assertEquals(200, objected.statusCode());
        // the note is sealed at rest (note_enc): read it back through the entity, decrypted
        assertEquals(List.of("有证人"), em.createQuery("select e.note from CaseEvent e where e.caseFile.reportId = ?1"
                + " and e.action = cn.gov.yongzhou.qingfeng.casework.CaseAction.OBJECTED", String.class)
                .setParameter(1, id(s.receipt())).getResultList());
    }

    long id(String receipt) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select id from report where receipt_no = ?1").setParameter(1, receipt).getSingleResult()).longValue());
    }

    /** What came back for one request: its status (-1: the connection was dropped), a receipt, a failure. */
    record Answer(int status, String kind, long millis, String receipt, String failure) {
    }

    Answer answer(int i, Req req) throws Exception {
        String kind = req.what().startsWith("GET ") ? "GET " + req.path().replaceAll("^(/[^/?]*(/v1/[^/?]*)?).*", "$1")
                : req.what().split(" ")[0];
        long t0 = System.nanoTime();
        HttpResponse<byte[]> response;
        try {
            response = send(req);
        } catch (java.net.http.HttpTimeoutException e) {
            return new Answer(-3, kind, (System.nanoTime() - t0) / 1_000_000, null, "#" + i + " no answer in 30 s: "
                    + req.what());
        } catch (java.io.IOException e) {
            // the server may close the connection on a request it cannot parse: not a server error; counted apart
            return new Answer(-1, kind, (System.nanoTime() - t0) / 1_000_000, null, null);
        } catch (IllegalArgumentException e) {
            // a header the client itself refuses to send: nothing reached the server
            return new Answer(-2, kind, 0, null, null);
        }
        long millis = (System.nanoTime() - t0) / 1_000_000;
        int status = response.statusCode();
        String body = new String(response.body(), StandardCharsets.UTF_8);
        // 429 (a rate limit) and 413 are answers too; only the server's own failures count against it
        String failure = status >= 500 ? "#" + i + " " + status + " " + req.what() + " → " + compact(body, 160) : null;
        String receipt = null;
        if (req.method().equals("POST") && req.path().startsWith("/report") && status == 200) {
            Matcher m = RECEIPT_PAGE.matcher(body);
            receipt = m.find() ? m.group(1) : null;
        }
        if (req.method().equals("POST") && req.path().equals("/api/v1/reports") && status == 201) {
            Matcher m = RECEIPT_JSON.matcher(body);
            receipt = m.find() ? m.group(1) : null;
            if (receipt == null) {
                failure = "#" + i + " 201 without a receipt: " + compact(body, 160);
            }
        }
        return new Answer(status, kind, millis, receipt, failure);
    }

    // ---- the generator ------------------------------------------------------------------------------------------

    /** Valid requests to each public endpoint, then mutated; everything drawn from one seeded Random. */
    static final class Generator {

        final Random r;
        final Session s;
        int actedOnTheRealReport;

        Generator(Random r, Session s) {
            this.r = r;
            this.s = s;
        }

        Req next() {
            int pick = r.nextInt(100);
            // the tracking form checks a password hash (on purpose slow) for every attempt: fewer of those
            if (pick < 22) {
                return reportForm(true);
            }
            if (pick < 38) {
                return reportForm(false);
            }
            if (pick < 40) {
                return track();
            }
            if (pick < 50) {
                return followThrough();
            }
            return get();
        }

        /** The web form (with CSRF) or the intake API (with a bearer token), as multipart, then broken. */
        Req reportForm(boolean web) {
            Map<String, List<byte[]>> fields = new LinkedHashMap<>();
            TestReports.valid().forEach((k, v) -> fields.put(k, new ArrayList<>(List.of(utf8(v)))));
            fields.put("email", new ArrayList<>(List.of(utf8("fuzz" + r.nextInt(1000) + "@example.cn"))));
            if (web) {
                fields.put("csrf-token", new ArrayList<>(List.of(utf8(s.csrfToken()))));
                if (r.nextInt(4) == 0) {
                    fields.put("submissionKey", new ArrayList<>(List.of(utf8("k" + r.nextInt(50)))));
                }
            } else if (r.nextInt(6) == 0) {
                fields.put("channel", new ArrayList<>(List.of(utf8(pickOf("PHONE", "LETTER", "VISIT", "WEB", "API",
                        "phone", "X")))));
            }
            List<String> what = new ArrayList<>();
            int mutations = 1 + r.nextInt(3);
            List<String> names = new ArrayList<>(fields.keySet());
            names.add("unknownField");
            for (int i = 0; i < mutations; i++) {
                String name = names.get(r.nextInt(names.size()));
                Mutation m = mutate(name);
                what.add(name + "=" + m.what());
                if (m.value() == null) {
                    fields.remove(name);
                } else if (r.nextInt(8) == 0) {
                    fields.computeIfAbsent(name, k -> new ArrayList<>()).add(m.value());
                    what.add("(dup)");
                } else {
                    fields.put(name, new ArrayList<>(List.of(m.value())));
                }
            }
            List<Part> files = new ArrayList<>();
            if (r.nextInt(5) == 0) {
                files.addAll(files(what));
            }
            Map<String, String> headers = new LinkedHashMap<>();
            boolean cookie = !web || r.nextInt(12) != 0;
            if (web && cookie) {
                headers.put("Cookie", "qf-csrf=" + (r.nextInt(20) == 0 ? "forged" : s.csrfCookie()));
            } else if (web) {
                what.add("no-csrf-cookie");
            }
            if (!web && r.nextInt(15) != 0) {
                headers.put("Authorization", "Bearer " + s.apiToken());
            }
            if (!web && r.nextInt(6) == 0) {
                headers.put("Idempotency-Key", ascii(pickOf("k" + r.nextInt(30), "", " ", bigAscii(2000))));
                what.add("idem");
            }
            if (r.nextInt(10) == 0) {
                headers.put("Accept-Language", pickOf("en", "en-US", "zh-CN", "xx", "*", ";;;", "en;q=abc"));
            }
            String path = web ? (r.nextInt(15) == 0 ? "/report?lang=" + pct(string()) : "/report") : "/api/v1/reports";
            String boundary = "----fuzz" + Long.toHexString(r.nextLong());
            byte[] body = multipart(boundary, fields, files);
            String contentType = "multipart/form-data; boundary=" + boundary;
            int structural = r.nextInt(14);
            switch (structural) {
                case 0 -> {
                    contentType = "multipart/form-data; boundary=other" + boundary;
                    what.add("boundary-mismatch");
                }
                case 1 -> {
                    body = java.util.Arrays.copyOf(body, r.nextInt(Math.max(1, body.length)));
                    what.add("truncated");
                }
                case 2 -> {
                    contentType = "multipart/form-data";
                    what.add("no-boundary");
                }
                case 3 -> {
                    contentType = pickOf("application/json", "text/plain", "application/x-www-form-urlencoded",
                            "application/octet-stream", "multipart/mixed; boundary=" + boundary, "",
                            "multipart/form-data; boundary=" + boundary + "; charset=EBCDIC");
                    what.add("content-type=" + contentType);
                    if (contentType.equals("application/json")) {
                        body = utf8(pickOf("{\"category\":1,\"narrative\":null}", "[]", "{", "\"x\"",
                                "{\"reporterName\":\"\\u0000\"}"));
                    } else if (contentType.startsWith("application/x-www")) {
                        body = urlencoded(fields);
                    }
                }
                case 4 -> {
                    body = withoutClosing(body, boundary);
                    what.add("no-closing-boundary");
                }
                case 5 -> {
                    body = garbagePart(boundary, body);
                    what.add("garbage-part");
                }
                case 6 -> {
                    body = randomBytes(r.nextInt(3000));
                    what.add("random-bytes");
                }
                default -> {
                }
            }
            if (!contentType.isEmpty()) {
                headers.put("Content-Type", contentType);
            }
            return new Req((web ? "web " : "api ") + String.join(" ", what), "POST", path, headers, body);
        }

        record Part(String name, String fileName, String type, byte[] bytes) {
        }

        List<Part> files(List<String> what) {
            List<Part> parts = new ArrayList<>();
            int n = r.nextInt(10) == 0 ? 12 : 1 + r.nextInt(2);
            for (int i = 0; i < n; i++) {
                String name = pickOf("photo.png", "../../etc/passwd", "..\\..\\boot.ini", "/tmp/x.png", "a\u0000.png",
                        "现场照片.jpg", "", "\u202Egnp.exe", bigAscii(5000) + ".png", "a\r\nContent-Type: text/html.png",
                        "con.png", "x.pdf", "x.mp4", "x.heic");
                String type = pickOf("image/png", "image/jpeg", "application/pdf", "application/x-msdownload",
                        "text/html", "", "image/png; charset=\u00ff", "video/mp4");
                byte[] bytes = switch (r.nextInt(5)) {
                    case 0 -> new byte[0];
                    case 1 -> png();
                    case 2 -> concat(java.util.Arrays.copyOf(png(), 20), randomBytes(200));
                    case 3 -> utf8("<html><script>alert(1)</script></html>");
                    default -> randomBytes(r.nextInt(5000));
                };
                parts.add(new Part("evidence", name, type, bytes));
                what.add("file[" + compact(name, 20) + "," + type + "," + bytes.length + "B]");
            }
            return parts;
        }

        /** The tracking form: receipt and password. */
        Req track() {
            Map<String, List<byte[]>> fields = new LinkedHashMap<>();
            fields.put("csrf-token", new ArrayList<>(List.of(utf8(s.csrfToken()))));
            fields.put("receipt", new ArrayList<>(List.of(utf8(r.nextBoolean() ? s.receipt() : "YZ261129ABCDEF"))));
            fields.put("password", new ArrayList<>(List.of(utf8(r.nextInt(5) == 0 ? s.password() : "wrong"))));
            return form("/track", fields, "track");
        }

        /** The rating and objection forms of the tracking page, with a genuine pass or a broken one. */
        Req followThrough() {
            boolean rate = r.nextBoolean();
            Map<String, List<byte[]>> fields = new LinkedHashMap<>();
            fields.put("csrf-token", new ArrayList<>(List.of(utf8(s.csrfToken()))));
            String pass = switch (r.nextInt(6)) {
                case 0 -> s.pass().replace('.', ',');
                case 1 -> s.pass() + ".x";
                case 2 -> s.receipt() + ".99999999999999999999." + "ab";
                case 3 -> "...";
                default -> s.pass();
            };
            fields.put("pass", new ArrayList<>(List.of(utf8(pass))));
            if (rate) {
                fields.put("level", new ArrayList<>(List.of(utf8(pickOf("VERY_SATISFIED", "SATISFIED", "DISSATISFIED",
                        "VERY_DISSATISFIED", "5", "")))));
                fields.put("comment", new ArrayList<>(List.of(utf8("一般"))));
            } else {
                fields.put("objection", new ArrayList<>(List.of(utf8("有新的情况"))));
            }
            if (pass.equals(s.pass())) {
                actedOnTheRealReport++;
            }
            return form(rate ? "/track/rate" : "/track/object", fields, rate ? "rate" : "object");
        }

        Req form(String path, Map<String, List<byte[]>> fields, String kind) {
            List<String> what = new ArrayList<>();
            List<String> names = new ArrayList<>(fields.keySet());
            for (int i = 0, n = 1 + r.nextInt(2); i < n; i++) {
                String name = names.get(r.nextInt(names.size()));
                Mutation m = mutate(name);
                what.add(name + "=" + m.what());
                if (m.value() == null) {
                    fields.remove(name);
                } else if (r.nextInt(8) == 0) {
                    fields.computeIfAbsent(name, k -> new ArrayList<>()).add(m.value());
                } else {
                    fields.put(name, new ArrayList<>(List.of(m.value())));
                }
            }
            byte[] body = urlencoded(fields);
            String type = "application/x-www-form-urlencoded; charset=UTF-8";
            switch (r.nextInt(10)) {
                case 0 -> {
                    body = concat(body, utf8(pickOf("&%", "&x=%G1", "&x=%C3%28", "&=&=", "&%00=%00", "&a=%FF%FE")));
                    what.add("bad-escape");
                }
                case 1 -> {
                    type = pickOf("text/plain", "application/json", "multipart/form-data", "");
                    what.add("content-type=" + type);
                }
                case 2 -> {
                    body = concat(body, utf8("&x=" + "A".repeat(70_000)));
                    what.add("70KB-field");
                }
                default -> {
                }
            }
            Map<String, String> headers = new LinkedHashMap<>();
            if (!type.isEmpty()) {
                headers.put("Content-Type", type);
            }
            if (r.nextInt(10) != 0) {
                headers.put("Cookie", "qf-csrf=" + s.csrfCookie());
            } else {
                what.add("no-csrf-cookie");
            }
            return new Req(kind + " " + String.join(" ", what), "POST", path, headers, body);
        }

        /** The public pages and APIs that read only the address. */
        Req get() {
            String v = pct(string());
            String path = switch (r.nextInt(30)) {
                case 0 -> "/cases?category=" + v + "&county=" + pct(string()) + "&year=" + pct(string());
                case 1 -> "/cases/" + v;
                case 2 -> "/statistics?year=" + v;
                case 3 -> "/api/v1/statistics/" + v;
                case 4 -> "/statistics/" + v + "/monthly.csv";
                case 5 -> "/statistics/" + v + "/areas.csv";
                case 6 -> "/api/v1/units" + (r.nextBoolean() ? "" : "?q=" + v);
                case 7 -> "/w/" + v;
                case 8 -> "/w/" + v + pickOf("/qr.svg", "/poster.svg", "/poster");
                case 9 -> "/?lang=" + v;
                case 10 -> "/report?unit=" + v + "&lang=" + pct(string());
                case 11 -> "/track?receipt=" + v;
                case 12 -> "/api/v1/calendar/" + v;
                case 13 -> "/posters?lang=" + v;
                case 14 -> "/api/v1/reports/" + v;
                // the pages again, with other values: the API status (a password hash per call) once in 30
                default -> pickOf("/cases?year=", "/statistics?year=", "/w/", "/?lang=", "/track?receipt=",
                        "/api/v1/statistics/", "/report?unit=") + v;
            };
            Map<String, String> headers = new LinkedHashMap<>();
            if (path.startsWith("/api/v1/reports/")) {
                headers.put("X-Query-Password", ascii(pickOf("wrong", s.password(), "", bigAscii(9000))));
            }
            if (r.nextInt(8) == 0) {
                headers.put("Accept-Language", pickOf("en", "zz", "", "*;q=2", bigAscii(3000)));
            }
            if (r.nextInt(10) == 0) {
                headers.put("Accept", pickOf("application/json", "text/csv", "image/png", "*/*;q=x", "nonsense"));
            }
            return new Req("GET " + compact(path, 120), "GET", path, headers, null);
        }

        // ---- mutations of one value -------------------------------------------------------------------------------

        record Mutation(String what, byte[] value) {
        }

        Mutation mutate(String field) {
            return switch (r.nextInt(20)) {
                case 0 -> new Mutation("missing", null);
                case 1 -> new Mutation("empty", new byte[0]);
                case 2 -> new Mutation("spaces", utf8("   \t "));
                case 3 -> new Mutation("100KB", utf8(big(100_000)));
                case 4 -> new Mutation("NUL", utf8("a\u0000b"));
                case 5 -> new Mutation("controls", utf8("\u0001\u0007\u001b[31m\u007f\r\n\u0085x"));
                case 6 -> new Mutation("RTL", utf8("\u202Eabc\u202C\u200B\uFEFF"));
                case 7 -> new Mutation("emoji", utf8("举报😀👍🏽🇨🇳\uD83D\uDE00"));
                case 8 -> {
                    byte[][] bad = { { (byte) 0xC3, 0x28 }, { (byte) 0xFF, (byte) 0xFE }, { (byte) 0xED, (byte) 0xA0,
                            (byte) 0x80 }, { (byte) 0xC0, (byte) 0xAF }, { (byte) 0xE4, (byte) 0xB8 }, { (byte) 0x80 } };
                    byte[] b = bad[r.nextInt(bad.length)];
                    yield new Mutation("invalid-utf8:" + HexFormat.of().formatHex(b), concat(utf8("ab"), b));
                }
                case 9 -> new Mutation("number", utf8(pickOf("-1", "0", "99999999999999999999", "1e309", "NaN",
                        "0x10", "-0", "2147483648", "１２３")));
                case 10 -> new Mutation("date", utf8(pickOf("2026-02-30", "2026-13-01", "0000-00-00", "9999-12-31",
                        "+999999999-12-31", "2026-1-1", "2100-01-01", "1900-01-01", "2026/11/20", "20261120")));
                case 11 -> new Mutation("time", utf8(pickOf("25:61", "10:30:99", "-1:00", "24:00", "1030", "10:30 PM")));
                case 12 -> new Mutation("inject", utf8(pickOf("' OR 1=1--", "<script>alert(1)</script>", "{data:x}",
                        "${jndi:ldap://x}", "%s%n%x", "{#include layout /}", "\"><img src=x>")));
                case 13 -> new Mutation("traversal", utf8(pickOf("../../etc/passwd", "..%2f..%2f", "C:\\Windows",
                        "/dev/zero")));
                case 14 -> new Mutation("enum", utf8(pickOf("ARROGANT_SERVICE", "PETTY_CORRUPTION", "HARD_FACE",
                        "petty_corruption", "PETTY_CORRUPTION\u0000", "ASSIGN", "EMAIL", "LETTER", "no", "off",
                        "LL-GA", "LL-03", "XX-99", "yes")));
                case 15 -> new Mutation("bool", utf8(pickOf("on", "off", "true", "false", "1", "0", "yes", "no", "ON")));
                case 16 -> new Mutation("fullwidth", utf8("４３１１０２１９８０ＡＢＣ"));
                case 17 -> new Mutation("random-bytes", randomBytes(1 + r.nextInt(64)));
                case 18 -> new Mutation("long-line", utf8(bigAscii(10_000)));
                default -> new Mutation("ok", utf8(field.equals("narrative") ? "工作人员态度恶劣。" : "x"));
            };
        }

        String string() {
            return switch (r.nextInt(12)) {
                case 0 -> "";
                case 1 -> "2026";
                case 2 -> pickOf("-1", "0", "99999999999999999999", "2017", "2100", "１２３", "2026.5", "NaN");
                case 3 -> "LL-03";
                case 4 -> pickOf("../../etc/passwd", "..%2F..", "%00", "\u0000");
                case 5 -> "\u202Eabc😀";
                case 6 -> bigAscii(4000);
                case 7 -> pickOf("en", "zh-CN", "EN", "xx", "en\u0000");
                case 8 -> pickOf("ARROGANT_SERVICE", "PETTY_CORRUPTION", "LL", "QY", "YZ261129ABCDEF");
                case 9 -> pickOf("2026-02-30", "2026-13-01", "9999-12-31", "2026-11-29");
                case 10 -> new String(randomBytes(12), StandardCharsets.ISO_8859_1);
                default -> "<script>";
            };
        }

        /** Percent-encodes every byte of the UTF-8 (or, one time in five, Latin-1 raw) form: invalid UTF-8 goes through. */
        String pct(String value) {
            byte[] bytes = r.nextInt(5) == 0 ? value.getBytes(StandardCharsets.ISO_8859_1) : utf8(value);
            StringBuilder sb = new StringBuilder();
            for (byte b : bytes) {
                int c = b & 0xff;
                if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-') {
                    sb.append((char) c);
                } else {
                    sb.append('%').append(String.format("%02X", c));
                }
            }
            return sb.toString();
        }

        byte[] multipart(String boundary, Map<String, List<byte[]>> fields, List<Part> files) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (Map.Entry<String, List<byte[]>> f : fields.entrySet()) {
                for (byte[] value : f.getValue()) {
                    out.writeBytes(utf8("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey()
                            + "\"\r\n\r\n"));
                    out.writeBytes(value);
                    out.writeBytes(utf8("\r\n"));
                }
            }
            for (Part p : files) {
                out.writeBytes(utf8("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + p.name()
                        + "\"; filename=\"" + p.fileName() + "\"\r\n" + (p.type().isEmpty() ? ""
                                : "Content-Type: " + p.type() + "\r\n")
                        + "\r\n"));
                out.writeBytes(p.bytes());
                out.writeBytes(utf8("\r\n"));
            }
            out.writeBytes(utf8("--" + boundary + "--\r\n"));
            return out.toByteArray();
        }

        byte[] urlencoded(Map<String, List<byte[]>> fields) {
            StringBuilder sb = new StringBuilder();
            for (Map.Entry<String, List<byte[]>> f : fields.entrySet()) {
                for (byte[] value : f.getValue()) {
                    if (!sb.isEmpty()) {
                        sb.append('&');
                    }
                    sb.append(f.getKey()).append('=');
                    for (byte b : value) {
                        sb.append('%').append(String.format("%02X", b & 0xff));
                    }
                }
            }
            return utf8(sb.toString());
        }

        byte[] withoutClosing(byte[] body, String boundary) {
            byte[] closing = utf8("--" + boundary + "--\r\n");
            return java.util.Arrays.copyOf(body, body.length - closing.length);
        }

        byte[] garbagePart(String boundary, byte[] body) {
            String garbage = pickOf("--" + boundary + "\r\nContent-Disposition: form-data\r\n\r\nnoname\r\n",
                    "--" + boundary + "\r\nX: " + bigAscii(20_000) + "\r\n\r\nx\r\n",
                    "--" + boundary + "\r\n\r\n\r\n",
                    "--" + boundary + "\r\nContent-Disposition: form-data; name=\"category\r\n\r\nx\r\n",
                    "--" + boundary + "\r\nContent-Disposition: form-data; name=\"evidence\"; filename=\"a.png\"\r\n"
                            + "Content-Transfer-Encoding: base64\r\n\r\n!!!\r\n");
            return concat(utf8(garbage), body);
        }

        byte[] png() {
            return HexFormat.of().parseHex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d"
                    + "4944415478da63f8ffff3f0005fe02fea7d605a10000000049454e44ae426082");
        }

        byte[] randomBytes(int n) {
            byte[] b = new byte[n];
            r.nextBytes(b);
            return b;
        }

        String big(int n) {
            StringBuilder sb = new StringBuilder(n);
            while (sb.length() < n) {
                sb.append(r.nextBoolean() ? "举报内容" : "abcdefgh");
            }
            return sb.substring(0, n);
        }

        String bigAscii(int n) {
            return "A".repeat(n);
        }

        @SafeVarargs
        final <T> T pickOf(T... values) {
            return values[r.nextInt(values.length)];
        }
    }

    // ---- plumbing -----------------------------------------------------------------------------------------------

    HttpResponse<byte[]> send(Req req) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + req.path()))
                .timeout(Duration.ofSeconds(30));
        for (Map.Entry<String, String> h : req.headers().entrySet()) {
            b.header(h.getKey(), h.getValue());
        }
        b.method(req.method(), req.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(req.body()));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    Session session() throws Exception {
        HttpResponse<String> form = http.send(HttpRequest.newBuilder(base.resolve("/report"))
                .timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher token = CSRF.matcher(form.body());
        assertTrue(token.find(), "the form carries a CSRF token");
        String cookie = form.headers().allValues("set-cookie").stream().filter(c -> c.startsWith("qf-csrf="))
                .map(c -> c.substring("qf-csrf=".length()).split(";")[0]).findFirst().orElseThrow();
        String apiToken = TestReports.intakeClientToken();
        io.restassured.path.json.JsonPath filed = TestReports.api(TestReports.valid()).post("/api/v1/reports").then()
                .statusCode(201).extract().jsonPath();
        String receipt = filed.getString("receipt");
        String password = filed.getString("password");
        // concluded, so its tracking page carries the rating and objection forms and their pass
        cn.gov.yongzhou.qingfeng.support.TestCases.conclude(casework, em, TestReports.caseOf(em, receipt), "LL-JW",
                cn.gov.yongzhou.qingfeng.casework.Conclusion.UNSUBSTANTIATED);
        HttpResponse<String> tracked = http.send(HttpRequest.newBuilder(base.resolve("/track")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("Cookie", "qf-csrf=" + cookie)
                .POST(HttpRequest.BodyPublishers.ofString("csrf-token=" + java.net.URLEncoder.encode(token.group(1),
                        StandardCharsets.UTF_8) + "&receipt=" + receipt + "&password="
                        + java.net.URLEncoder.encode(
                                password, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, tracked.statusCode(), compact(tracked.body(), 300));
        Matcher pass = PASS.matcher(tracked.body());
        assertTrue(pass.find(), "the tracking page carries a pass");
        return new Session(cookie, token.group(1), apiToken, receipt, password, pass.group(1));
    }

    long max(String table) {
        return count("select coalesce(max(id), 0) from " + table + " where ?1 = ?1", 0L);
    }

    long count(String sql, long param) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).setParameter(1, param)
                .getSingleResult()).longValue());
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static String ascii(String s) {
        return s.replaceAll("[^\\x20-\\x7e]", "?");
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    static String compact(String s, int max) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().limit(max).forEach(c -> {
            if (c < 0x20 || c == 0x7f || c >= 0x80 && c < 0xa0 || c == 0x202e) {
                sb.append(String.format("\\u%04x", c));
            } else {
                sb.append(Character.toChars(c));
            }
        });
        return s.length() > max ? sb + "…" : sb.toString();
    }
}
