package cn.gov.yongzhou.qingfeng.shared.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.yongzhou.qingfeng.casework.CaseRole;
import cn.gov.yongzhou.qingfeng.casework.Casework;
import cn.gov.yongzhou.qingfeng.casework.Conclusion;
import cn.gov.yongzhou.qingfeng.casework.Transition;
import cn.gov.yongzhou.qingfeng.desk.Findings;
import cn.gov.yongzhou.qingfeng.disclosure.Disclosure;
import cn.gov.yongzhou.qingfeng.intake.IncomingFile;
import cn.gov.yongzhou.qingfeng.support.StaffClient;
import cn.gov.yongzhou.qingfeng.support.TestCases;
import cn.gov.yongzhou.qingfeng.support.TestReports;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every staff address that takes an id, against every kind of caller: whoever may not act on the object gets the
 * same answer for it as for an id that does not exist, and never any of the report's text. A handler of another
 * unit is answered 404, as if the case were absent; a caller lacking the role altogether gets 403 (or the sign-in
 * redirect) for existing and missing ids alike. The reporter's tracking pass and query password of one receipt never
 * act on another.
 */
@QuarkusTest
class IdorMatrixTest {

    /**
     * Who calls. HANDLER_OWN handles the unit the case is assigned to; HANDLER_OTHER another unit. INSPECTOR_OTHER_BODY
     * is an inspector of another county's discipline body (管辖): where an address is about one case, they get what a
     * missing id gets; elsewhere what any inspector gets.
     */
    enum Who {
        ANONYMOUS,
        NO_ROLE,
        INSPECTOR,
        INSPECTOR_OTHER_BODY,
        HANDLER_OWN,
        HANDLER_OTHER,
        SUPERVISOR,
        DIRECTOR,
        ADMIN
    }

    static final Set<Who> NOBODY = EnumSet.noneOf(Who.class);
    static final Set<Who> INSPECTOR = EnumSet.of(Who.INSPECTOR);
    static final Set<Who> INSPECTOR_SUPERVISOR = EnumSet.of(Who.INSPECTOR, Who.SUPERVISOR);
    static final Set<Who> OWN_HANDLER = EnumSet.of(Who.HANDLER_OWN);
    static final Set<Who> SUPERVISOR = EnumSet.of(Who.SUPERVISOR);
    static final Set<Who> ADMIN = EnumSet.of(Who.ADMIN);
    static final Set<Who> DIRECTOR = EnumSet.of(Who.DIRECTOR);

    static final long MISSING = 999_999_999L;
    static final String INSPECTOR_NAME = "idor-inspector";
    static final String HANDLER_OWN_NAME = "idor-handler-a";
    static final String HANDLER_OTHER_NAME = "idor-handler-b";
    static final String INSPECTOR_OTHER_BODY_NAME = "idor-inspector-lst";

    enum Body {
        NONE,
        FORM,
        MULTIPART
    }

    /**
     * One row of the matrix: an address with {placeholders} for ids, who may use it, what a permitted caller gets,
     * and whether handlers are answered 404 (unit-scoped: "as if absent") rather than 403.
     */
    record Endpoint(String method, String template, Body body, Map<String, String> fields, Set<Who> may,
            Set<Integer> permitted, boolean unitScoped, Integer outOfReach) {

        Endpoint(String method, String template, Body body, Map<String, String> fields, Set<Who> may,
                Set<Integer> permitted, boolean unitScoped) {
            this(method, template, body, fields, may, permitted, unitScoped, null);
        }

        static Endpoint get(String template, Set<Who> may) {
            return new Endpoint("GET", template, Body.NONE, Map.of(), may, Set.of(200), false);
        }

        /**
         * About one case held by one discipline body: an inspector of another body is answered {@code status} (what
         * a missing id gets), not let through.
         */
        Endpoint bodyScoped(int status) {
            return new Endpoint(method, template, body, fields, may, permitted, unitScoped, status);
        }

        Endpoint bodyScoped() {
            return bodyScoped(404);
        }

        /** Whether this caller may: an inspector of another body as any inspector, unless the address is the case's. */
        boolean lets(Who who) {
            if (who == Who.INSPECTOR_OTHER_BODY) {
                return outOfReach == null && may.contains(Who.INSPECTOR);
            }
            return may.contains(who);
        }

        static Endpoint post(String template, Set<Who> may, Set<Integer> permitted, String... fields) {
            Map<String, String> f = new LinkedHashMap<>();
            for (int i = 0; i < fields.length; i += 2) {
                f.put(fields[i], fields[i + 1]);
            }
            return new Endpoint("POST", template, Body.FORM, f, may, permitted, false);
        }

        Endpoint scoped() {
            return new Endpoint(method, template, body, fields, may, permitted, true, outOfReach);
        }

        Endpoint multipart() {
            return new Endpoint(method, template, Body.MULTIPART, fields, may, permitted, unitScoped, outOfReach);
        }

        Endpoint answering(Integer... statuses) {
            return new Endpoint(method, template, body, fields, may, Set.of(statuses), unitScoped, outOfReach);
        }
    }

    /** The objects of the matrix, made once for the class. */
    record Fixture(Map<String, String> existing, Map<String, String> missing, List<String> secrets, String receiptA,
            String passwordA, String receiptB, String passwordB) {
    }

    static Fixture fixture;

    @Inject
    EntityManager em;

    @Inject
    Casework casework;

    @Inject
    Findings findings;

    @Inject
    Disclosure disclosure;

    @Inject
    cn.gov.yongzhou.qingfeng.desk.Reveals reveals;

    @TestHTTPResource("/api/v1/reports")
    URI api;

    static List<Endpoint> matrix() {
        Set<Integer> back = Set.of(303);
        Set<Integer> refused = Set.of(422);
        return List.of(
                // the inspector's desk: every change posted with a stale version or without what it needs
                Endpoint.get("/staff/cases/{case}", INSPECTOR).bodyScoped(),
                Endpoint.post("/staff/cases/{case}/act", INSPECTOR, back, "transition", "CLOSE", "version", "-1")
                        .bodyScoped(),
                Endpoint.post("/staff/cases/{case}/assign", INSPECTOR, back, "unit", "LL-GA", "version", "-1")
                        .bodyScoped(),
                Endpoint.post("/staff/cases/{case}/extension", INSPECTOR, back, "decision", "refuse").bodyScoped(),
                Endpoint.post("/staff/cases/{case}/reveal", INSPECTOR, back, "reason", "").bodyScoped(),
                Endpoint.post("/staff/cases/{case}/reveal", INSPECTOR, back, "reason", "核实举报人身份").bodyScoped(),
                Endpoint.post("/staff/cases/{case}/brief", INSPECTOR, refused, "alleged", "").bodyScoped(),
                Endpoint.post("/staff/cases/{case}/told", INSPECTOR, back, "stage", "").bodyScoped(),
                Endpoint.post("/staff/cases/{case}/body", INSPECTOR, back, "body", "CITY-JW", "reason", "",
                        "version", "-1").bodyScoped(),
                Endpoint.post("/staff/cases/{case}/merge", INSPECTOR, back, "into", "QF-000000", "reason", "同一事项",
                        "version", "-1").bodyScoped(),
                Endpoint.post("/staff/cases/{case}/reclassify", INSPECTOR, back, "subcategory", "HINTING",
                        "version", "-1").bodyScoped(),
                Endpoint.post("/staff/cases/{case}/officer", INSPECTOR, back, "officer", "").bodyScoped(),
                Endpoint.post("/staff/cases/{case}/declare", INSPECTOR, back, "decision", "none").bodyScoped(),
                Endpoint.get("/staff/evidence/{evidence}", INSPECTOR).bodyScoped(),
                // the handler's desk: the unit the case is assigned to only
                Endpoint.get("/staff/unit-cases/{case}", OWN_HANDLER).scoped(),
                Endpoint.post("/staff/unit-cases/{case}/act", OWN_HANDLER, back, "transition", "SIGN_FOR",
                        "version", "-1").scoped(),
                Endpoint.post("/staff/unit-cases/{case}/findings", OWN_HANDLER, refused, "findings", "",
                        "version", "-1").multipart().scoped(),
                Endpoint.post("/staff/unit-cases/{case}/extension", OWN_HANDLER, back, "days", "0", "reason", "")
                        .scoped(),
                Endpoint.get("/staff/findings/{finding}", EnumSet.of(Who.INSPECTOR, Who.HANDLER_OWN)).scoped()
                        .bodyScoped(),
                // the director's approval of looks at a reporter (a refusal without its reason; a review of a
                // request that is no emergency)
                Endpoint.post("/staff/reveals/{revealRequest}/decide", DIRECTOR, back, "decision", "refuse", "note", ""),
                Endpoint.post("/staff/reveals/{revealRequest}/review", DIRECTOR, back, "note", ""),
                // the supervision office
                Endpoint.post("/staff/board/{case}/chase", SUPERVISOR, back, "stage", "INVESTIGATION"),
                Endpoint.post("/staff/board/{case}/escalate", SUPERVISOR, back, "stage", "INVESTIGATION"),
                // accountability
                Endpoint.get("/staff/accountability/{matter}", INSPECTOR_SUPERVISOR).bodyScoped(),
                Endpoint.post("/staff/accountability/{matter}/decide", INSPECTOR, refused, "decision", "",
                        "reasons", "").bodyScoped(),
                Endpoint.get("/staff/accountability/heads/{head}", INSPECTOR_SUPERVISOR),
                Endpoint.get("/staff/accountability/cases/{case}", INSPECTOR_SUPERVISOR).bodyScoped(),
                Endpoint.post("/staff/accountability/cases/{case}/dispositions", INSPECTOR, refused, "staff", "",
                        "kind", "").bodyScoped(),
                Endpoint.post("/staff/accountability/cases/{unsubstantiated}/clear-name", INSPECTOR, refused,
                        "audience", "").bodyScoped(),
                Endpoint.post("/staff/accountability/cases/{unsubstantiated}/false-accusation", INSPECTOR, refused,
                        "finding", "").bodyScoped(),
                Endpoint.get("/staff/accountability/staff/{staff}", INSPECTOR_SUPERVISOR),
                // typical cases: the preparing inspector cannot approve their own draft
                Endpoint.get("/staff/disclosure/new?case={preparable}", INSPECTOR).bodyScoped(),
                Endpoint.post("/staff/disclosure/new", INSPECTOR, refused, "case", "{preparable}", "title", "")
                        .bodyScoped(),
                Endpoint.get("/staff/disclosure/{typical}", INSPECTOR).bodyScoped(),
                Endpoint.post("/staff/disclosure/{typical}/edit", INSPECTOR, refused, "title", "", "body", "")
                        .bodyScoped(),
                Endpoint.post("/staff/disclosure/{typical}/approve", INSPECTOR, refused).bodyScoped(),
                Endpoint.post("/staff/disclosure/{typical}/withdraw", INSPECTOR, refused, "reason", "").bodyScoped(),
                Endpoint.get("/cases/{typical}", NOBODY),
                // circulars of several typical cases: in reach when every case in them is
                Endpoint.post("/staff/disclosure/circulars", INSPECTOR, refused, "typical", "{typical}").bodyScoped(),
                Endpoint.get("/staff/disclosure/circulars/{circular}", INSPECTOR).bodyScoped(),
                Endpoint.post("/staff/disclosure/circulars/{circular}/approve", INSPECTOR, refused).bodyScoped(),
                Endpoint.post("/staff/disclosure/circulars/{circular}/withdraw", INSPECTOR, refused, "reason", "")
                        .bodyScoped(),
                Endpoint.get("/cases/circulars/{circular}", NOBODY),
                // follow-ups of bad ratings
                Endpoint.post("/staff/follow-ups/{followUp}/done", INSPECTOR, back, "note", "").bodyScoped(303),
                Endpoint.post("/staff/follow-ups/{followUp}/rectified", INSPECTOR, back, "note", "").bodyScoped(303),
                Endpoint.post("/staff/follow-ups/{followUp}/appeal", INSPECTOR, back, "kind", "", "reason", "")
                        .bodyScoped(303),
                Endpoint.post("/staff/follow-ups/{followUp}/appeal/decide", INSPECTOR, back, "upheld", "", "reason", "")
                        .bodyScoped(303),
                // the ledger and its exports, by area
                Endpoint.get("/staff/ledger?period=year&year=2026&area={area}", INSPECTOR_SUPERVISOR),
                Endpoint.get("/staff/ledger.csv?period=year&year=2026&area={area}", INSPECTOR_SUPERVISOR),
                Endpoint.get("/staff/ledger.xlsx?period=year&year=2026&area={area}", INSPECTOR_SUPERVISOR),
                Endpoint.get("/staff/ledger/cases.csv?period=year&year=2026&area={area}", INSPECTOR_SUPERVISOR),
                Endpoint.get("/staff/ledger/cases.xlsx?period=year&year=2026&area={area}", INSPECTOR_SUPERVISOR),
                // the service volumes the ledger divides by: the supervision office keeps them, the admin may
                Endpoint.get("/staff/admin/volumes?year=2026", EnumSet.of(Who.SUPERVISOR, Who.ADMIN)),
                // administration: nothing changes (refused forms, or a switch to the state it is in)
                Endpoint.get("/staff/admin/units/{unit}", ADMIN),
                Endpoint.post("/staff/admin/units/{unit}", ADMIN, refused),
                Endpoint.post("/staff/admin/units/{unit}/heads", ADMIN, refused),
                Endpoint.get("/staff/admin/units/{unit}/heads", ADMIN).answering(303),
                Endpoint.post("/staff/admin/units/{unit}/heads/{head}/end", ADMIN, refused, "endDate", "x"),
                Endpoint.get("/staff/admin/units/{unit}/heads/{head}/end", ADMIN).answering(303),
                Endpoint.post("/staff/admin/units/{unit}/heads/{head}/mailbox", ADMIN, refused, "mailbox", "x y"),
                Endpoint.get("/staff/admin/units/{unit}/heads/{head}/mailbox", ADMIN).answering(303),
                Endpoint.post("/staff/admin/units/{unit}/windows", ADMIN, refused),
                Endpoint.get("/staff/admin/units/{unit}/windows", ADMIN).answering(303),
                Endpoint.get("/staff/admin/units/{unit}/windows/{window}", ADMIN),
                Endpoint.post("/staff/admin/units/{unit}/windows/{window}", ADMIN, refused),
                Endpoint.post("/staff/admin/units/{unit}/windows/{window}/active", ADMIN, back, "active", "true"),
                Endpoint.get("/staff/admin/staff/{staff}", ADMIN),
                Endpoint.post("/staff/admin/staff/{staff}", ADMIN, refused),
                Endpoint.post("/staff/admin/staff/{staff}/active", ADMIN, back, "active", "true"),
                Endpoint.post("/staff/admin/outbox/{outbox}/retry", ADMIN, back),
                Endpoint.post("/staff/admin/handlers/{handlerUnit}/remove", ADMIN, back),
                Endpoint.get("/staff/admin/policy/{policy}", ADMIN),
                Endpoint.post("/staff/admin/policy/{policy}", ADMIN, refused),
                Endpoint.post("/staff/admin/policy/{policy}/end", ADMIN, refused, "reason", ""),
                Endpoint.get("/staff/admin/routing/{rule}", ADMIN),
                Endpoint.post("/staff/admin/routing/{rule}", ADMIN, refused),
                Endpoint.post("/staff/admin/routing/{rule}/deactivate", ADMIN, refused, "reason", ""),
                Endpoint.get("/staff/admin/calendar/{year}", ADMIN),
                Endpoint.post("/staff/admin/calendar/{year}/day", ADMIN, refused, "date", "x"),
                Endpoint.post("/staff/admin/calendar/{year}/papers", ADMIN, refused, "papers", "", "reason", ""));
    }

    @TestFactory
    Stream<DynamicTest> shouldAnswerWhoeverMayNotAsIfTheObjectDidNotExist() throws Exception {
        Fixture f = fixture();
        TestReports.Csrf csrf = TestReports.openForm();
        List<DynamicTest> cells = new ArrayList<>();
        for (Endpoint e : matrix()) {
            // the callers who may not come first, so a permitted post cannot change what they see
            List<Who> order = new ArrayList<>();
            Stream.of(Who.values()).filter(w -> !e.lets(w)).forEach(order::add);
            Stream.of(Who.values()).filter(e::lets).forEach(order::add);
            for (Who who : order) {
                String name = e.method() + " " + e.template() + " as " + who
                        + (e.lets(who) ? " (permitted)" : " (refused)");
                cells.add(DynamicTest.dynamicTest(name, () -> cell(e, who, f, csrf)));
            }
        }
        return cells.stream();
    }

    static void cell(Endpoint e, Who who, Fixture f, TestReports.Csrf csrf) {
        String existingPath = fill(e.template(), f.existing());
        String missingPath = fill(e.template(), f.missing());
        Response existing = send(e, who, existingPath, f.existing(), csrf);
        Response missing = send(e, who, missingPath, f.missing(), csrf);
        String where = e.method() + " " + existingPath + " as " + who;
        assertTrue(missing.statusCode() < 500, where + ": a missing id answered " + missing.statusCode());
        if (e.lets(who)) {
            assertTrue(e.permitted().contains(existing.statusCode()),
                    where + " should be let through (" + e.permitted() + ") but answered " + existing.statusCode()
                            + ": " + abbreviate(existing.asString()));
            return;
        }
        int expected = refusal(e, who);
        if (expected == 302) {
            assertTrue(existing.statusCode() == 302 || existing.statusCode() == 401,
                    where + " should be sent to sign in, answered " + existing.statusCode());
        } else {
            assertEquals(expected, existing.statusCode(), where + ": " + abbreviate(existing.asString()));
        }
        assertEquals(missing.statusCode(), existing.statusCode(), where + ": existing and missing ids told apart");
        String existingBody = existing.asString().replace(existingPath, "{path}");
        String missingBody = missing.asString().replace(missingPath, "{path}");
        assertEquals(missingBody, existingBody, where + ": existing and missing ids answered differently");
        for (String secret : f.secrets()) {
            assertFalse(existing.asString().contains(secret), where + " shows " + secret);
        }
    }

    /** What a caller who may not gets: the sign-in, 404 for a handler at a unit-scoped address, otherwise 403. */
    static int refusal(Endpoint e, Who who) {
        if (e.template().startsWith("/cases/")) {
            return 404;
        }
        if (who == Who.ANONYMOUS) {
            return 302;
        }
        if (who == Who.INSPECTOR_OTHER_BODY && e.outOfReach() != null && e.may().contains(Who.INSPECTOR)) {
            return e.outOfReach();
        }
        if (e.unitScoped() && (who == Who.HANDLER_OTHER || who == Who.HANDLER_OWN)) {
            return 404;
        }
        return 403;
    }

    static Response send(Endpoint e, Who who, String path, Map<String, String> ids, TestReports.Csrf csrf) {
        RequestSpecification spec = given().redirects().follow(false);
        String token = token(who);
        if (token != null) {
            spec = spec.auth().oauth2(token);
        }
        if (e.method().equals("GET")) {
            return spec.get(path);
        }
        spec = spec.cookie("qf-csrf", csrf.cookie());
        if (e.body() == Body.MULTIPART) {
            spec = spec.contentType("multipart/form-data").multiPart("csrf-token", csrf.token());
            for (Map.Entry<String, String> field : e.fields().entrySet()) {
                spec = spec.multiPart(field.getKey(), fill(field.getValue(), ids), "text/plain; charset=UTF-8");
            }
        } else {
            spec = spec.contentType("application/x-www-form-urlencoded; charset=UTF-8")
                    .formParam("csrf-token", csrf.token());
            for (Map.Entry<String, String> field : e.fields().entrySet()) {
                spec = spec.formParam(field.getKey(), fill(field.getValue(), ids));
            }
        }
        return spec.post(path);
    }

    static final Map<Who, String> TOKENS = new java.util.concurrent.ConcurrentHashMap<>();

    static String token(Who who) {
        return who == Who.ANONYMOUS ? null : TOKENS.computeIfAbsent(who, IdorMatrixTest::newToken);
    }

    static String newToken(Who who) {
        return switch (who) {
            case ANONYMOUS -> null;
            case NO_ROLE -> OidcWiremockTestResource.getAccessToken("idor-nobody", Set.of());
            case INSPECTOR -> StaffClient.token(INSPECTOR_NAME, "inspector");
            case INSPECTOR_OTHER_BODY -> StaffClient.token(INSPECTOR_OTHER_BODY_NAME, "inspector");
            case HANDLER_OWN -> StaffClient.token(HANDLER_OWN_NAME, "handler");
            case HANDLER_OTHER -> StaffClient.token(HANDLER_OTHER_NAME, "handler");
            case SUPERVISOR -> StaffClient.token("idor-supervisor", "supervisor");
            case DIRECTOR -> StaffClient.token("idor-director", "director");
            case ADMIN -> StaffClient.token("idor-admin", "admin");
        };
    }

    static String fill(String template, Map<String, String> ids) {
        String s = template;
        for (Map.Entry<String, String> id : ids.entrySet()) {
            s = s.replace("{" + id.getKey() + "}", id.getValue());
        }
        return s;
    }

    static String abbreviate(String body) {
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }

    // ---- the reporter's side: a pass or password of one receipt never acts on another ----------------------------

    static final Pattern PASS = Pattern.compile("name=\"pass\" value=\"([^\"]+)\"");

    static Response trackForm(String path, Map<String, String> fields) {
        TestReports.Csrf csrf = TestReports.openForm();
        return given().redirects().follow(false).cookie("qf-csrf", csrf.cookie())
                .contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("csrf-token", csrf.token())
                .formParams(fields).post(path);
    }

    /** Each form post here opens the form anew, so the pages differ in their CSRF token and nothing else. */
    static String withoutToken(String page) {
        return page.replaceAll("name=\"csrf-token\" value=\"[^\"]*\"", "name=\"csrf-token\"");
    }

    static String passOf(String receipt, String password) {
        Response page = trackForm("/track", Map.of("receipt", receipt, "password", password));
        assertEquals(200, page.statusCode(), "tracking " + receipt);
        Matcher m = PASS.matcher(page.asString());
        assertTrue(m.find(), "a tracking page carries a pass");
        return m.group(1);
    }

    @Test
    void shouldNotLetThePassOfOneReceiptActOnAnother() throws Exception {
        Fixture f = fixture();
        String passA = passOf(f.receiptA(), f.passwordA());
        String[] parts = passA.split("\\.");
        assertEquals(3, parts.length, passA);
        String forgedForB = f.receiptB() + "." + parts[1] + "." + parts[2];
        String forgedForMissing = "YZ000101AAAAAA." + parts[1] + "." + parts[2];
        for (String path : List.of("/track/rate", "/track/object")) {
            Map<String, String> fields = path.endsWith("rate") ? Map.of("level", "VERY_SATISFIED")
                    : Map.of("objection", "另有证人");
            Map<String, String> asB = new LinkedHashMap<>(fields);
            asB.put("pass", forgedForB);
            Map<String, String> asMissing = new LinkedHashMap<>(fields);
            asMissing.put("pass", forgedForMissing);
            Response b = trackForm(path, asB);
            Response none = trackForm(path, asMissing);
            assertEquals(403, b.statusCode(), path + " with A's pass re-addressed to B");
            assertEquals(none.statusCode(), b.statusCode(), path);
            assertEquals(withoutToken(none.asString()), withoutToken(b.asString()), path + ": B's existence shows");
            assertFalse(b.asString().contains(f.receiptB()), path + " names B");

            // the genuine pass of A with B's receipt beside it still speaks of A only (A is rated already; a blank
            // objection is refused), and changes nothing
            Map<String, String> withReceipt = new LinkedHashMap<>(path.endsWith("rate") ? fields
                    : Map.of("objection", " "));
            withReceipt.put("pass", passA);
            withReceipt.put("receipt", f.receiptB());
            Response a = trackForm(path, withReceipt);
            assertTrue(a.statusCode() == 200 || a.statusCode() == 422, path + " answered " + a.statusCode());
            assertTrue(a.asString().contains(f.receiptA()), path + " is about A");
            assertFalse(a.asString().contains(f.receiptB()), path + " acted on B");
        }
        assertEquals(0L, count("""
                select count(*) from satisfaction s join case_file c on c.id = s.case_id join report r on r.id = c.report_id
                where r.receipt_no = ?1""", f.receiptB()), "B rated through A's pass");
        assertEquals(0L, count("""
                select count(*) from case_event e join case_file c on c.id = e.case_id join report r on r.id = c.report_id
                where r.receipt_no = ?1 and e.action = 'OBJECTED'""", f.receiptB()), "B objected through A's pass");
    }

    @Test
    void shouldNotLetThePasswordOfOneReceiptOpenAnother() throws Exception {
        Fixture f = fixture();
        given().header("X-Query-Password", f.passwordA()).get("/api/v1/reports/" + f.receiptA()).then().statusCode(200);
        Response b = given().header("X-Query-Password", f.passwordA()).get("/api/v1/reports/" + f.receiptB());
        Response none = given().header("X-Query-Password", f.passwordA()).get("/api/v1/reports/YZ000101AAAAAA");
        assertEquals(404, b.statusCode());
        assertEquals(none.asString(), b.asString());
        Response page = trackForm("/track", Map.of("receipt", f.receiptB(), "password", f.passwordA()));
        Response nonePage = trackForm("/track", Map.of("receipt", "YZ000101AAAAAA", "password", f.passwordA()));
        assertEquals(404, page.statusCode());
        assertEquals(nonePage.statusCode(), page.statusCode());
        for (String secret : f.secrets()) {
            assertFalse(page.asString().contains(secret));
            assertFalse(b.asString().contains(secret));
        }
    }

    // ---- the objects --------------------------------------------------------------------------------------------

    long count(String sql, Object param) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).setParameter(1, param)
                .getSingleResult()).longValue());
    }

    long id(String sql, Object... params) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var q = em.createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                q.setParameter(i + 1, params[i]);
            }
            List<?> rows = q.getResultList();
            assertFalse(rows.isEmpty(), "nothing for " + sql);
            return ((Number) rows.get(0)).longValue();
        });
    }

    int version(long caseId) {
        return (int) id("select version from case_file where id = ?1", caseId);
    }

    static byte[] png() throws java.io.IOException {
        BufferedImage image = new BufferedImage(32, 24, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, 0x00ff00);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /**
     * Report A at the Lingling center with a photo, its case assigned to the Lingling discipline body, findings with
     * a file, approved as substantiated (opening an accountability matter), rated badly (a follow-up), a typical
     * case drafted; a second concluded case ready for a typical case; report B, only filed.
     */
    synchronized Fixture fixture() throws Exception {
        if (fixture != null) {
            return fixture;
        }
        TestCases.mapHandler(em, HANDLER_OWN_NAME, "LL-JW");
        TestCases.mapHandler(em, HANDLER_OTHER_NAME, "LL-GA");
        TestCases.mapHandler(em, "idor-handler-spare", "LL-GA");
        // an inspector of 冷水滩区纪委监委, as the directory records them: case A (零陵区) is not theirs
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into staff_account (user_name, roles, unit_id) select ?1, 'inspector', id from unit
                where code = 'LST-JW' on conflict (user_name) do update set unit_id = excluded.unit_id""")
                .setParameter(1, INSPECTOR_OTHER_BODY_NAME).executeUpdate());
        int n = ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        String name = "欧阳" + "梓涵沐辰若曦".charAt(n % 6) + "越";
        String marker = "QFSECRET" + n;
        String email = "idor" + n + "@example.cn";
        Map<String, String> form = TestReports.valid();
        form.put("reporterName", name);
        form.put("email", email);
        form.put("narrative", form.get("narrative") + " 暗号" + marker);
        byte[] photo = png();
        java.net.http.HttpResponse<String> created = TestReports.postLikeABrowser(api, form, "photo.png", photo,
                "image/png");
        assertEquals(201, created.statusCode(), created.body());
        JsonPath a = JsonPath.from(created.body());
        String receiptA = a.getString("receipt");
        long caseA = TestReports.caseOf(em, receiptA);
        long evidence = id("select e.id from evidence e join report r on r.id = e.report_id where r.receipt_no = ?1",
                receiptA);

        Casework.Actor inspector = new Casework.Actor(INSPECTOR_NAME, CaseRole.INSPECTOR);
        Casework.Actor handler = new Casework.Actor(HANDLER_OWN_NAME, CaseRole.HANDLER);
        int v = casework.perform(caseA, Transition.ACCEPT, inspector, null, 0).version();
        v = casework.assign(caseA, TestReports.unitId(em, "LL-JW"), inspector, null, v).version();
        v = casework.perform(caseA, Transition.SIGN_FOR, handler, null, v).version();
        Path file = Files.createTempFile("idor", ".png");
        Files.write(file, photo);
        Findings.Result found = findings.submit(caseA, HANDLER_OWN_NAME, "经核查，情况属实。", "SUBSTANTIATED",
                List.of(new IncomingFile("核查记录.png", file, photo.length)), v);
        assertNotNull(found.outcome(), "findings refused");
        long finding = id("select id from finding_attachment where case_id = ?1", caseA);
        casework.perform(caseA, Transition.APPROVE, inspector, null, Conclusion.SUBSTANTIATED, version(caseA));
        long matter = id("select id from accountability_matter where case_id = ?1", caseA);

        QuarkusTransaction.requiringNew().run(() -> reveals.request(caseA, INSPECTOR_NAME, "核实举报人所述经过"));
        passOf(receiptA, a.getString("password"));
        Response rated = trackForm("/track/rate", Map.of("pass", passOf(receiptA, a.getString("password")),
                "level", "VERY_DISSATISFIED", "comment", "不满意"));
        assertEquals(200, rated.statusCode(), abbreviate(rated.asString()));
        long followUp = id("select id from follow_up where case_id = ?1", caseA);

        QuarkusTransaction.requiringNew().run(() -> {
            var errors = disclosure.prepare(caseA, "零陵区政务服务中心工作人员吃拿卡要问题 草稿" + n,
                    "2026年11月，零陵区政务服务中心工作人员×某在办理业务时存在吃拿卡要问题。", INSPECTOR_NAME);
            assertTrue(errors.isEmpty(), "typical case refused");
        });
        long typical = id("select id from typical_case where case_id = ?1", caseA);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                with c as (insert into circular (title, state, prepared_by, prepared_at)
                           values ('关于2起“索拿卡要”典型问题的通报', 'DRAFT', ?1, now()) returning id)
                insert into circular_case (circular_id, typical_case_id, position) select c.id, ?2, 0 from c""")
                .setParameter(1, INSPECTOR_NAME).setParameter(2, typical).executeUpdate());
        long circular = id("select circular_id from circular_case where typical_case_id = ?1", typical);

        String receiptP = TestReports.api(TestReports.valid()).post("/api/v1/reports").then().statusCode(201)
                .extract().path("receipt");
        long preparable = TestReports.caseOf(em, receiptP);
        TestCases.conclude(casework, em, preparable, "LL-JW", Conclusion.SUBSTANTIATED);

        String receiptU = TestReports.api(TestReports.valid()).post("/api/v1/reports").then().statusCode(201)
                .extract().path("receipt");
        long unsubstantiated = TestReports.caseOf(em, receiptU);
        TestCases.conclude(casework, em, unsubstantiated, "LL-JW", Conclusion.UNSUBSTANTIATED);

        JsonPath b = TestReports.api(TestReports.valid()).post("/api/v1/reports").then().statusCode(201).extract()
                .jsonPath();

        Map<String, String> existing = new LinkedHashMap<>();
        existing.put("case", String.valueOf(caseA));
        existing.put("evidence", String.valueOf(evidence));
        existing.put("finding", String.valueOf(finding));
        existing.put("matter", String.valueOf(matter));
        existing.put("head", String.valueOf(id("""
                select h.id from unit_head h join unit u on u.id = h.unit_id where u.code = 'LL-ZWFW'
                order by h.end_date nulls first, h.id""")));
        existing.put("staff", String.valueOf(id("select id from staff where badge_no = 'LL0301'")));
        existing.put("preparable", String.valueOf(preparable));
        existing.put("unsubstantiated", String.valueOf(unsubstantiated));
        existing.put("typical", String.valueOf(typical));
        existing.put("circular", String.valueOf(circular));
        existing.put("followUp", String.valueOf(followUp));
        existing.put("area", "LL");
        existing.put("unit", String.valueOf(TestReports.unitId(em, "LL-ZWFW")));
        existing.put("window", String.valueOf(id("select id from service_window where code = 'LL-03'")));
        existing.put("outbox", String.valueOf(id("select id from outbox_message where report_id = "
                + "(select id from report where receipt_no = ?1)", receiptA)));
        existing.put("handlerUnit", String.valueOf(id(
                "select id from handler_unit where user_name = 'idor-handler-spare'")));
        existing.put("policy", String.valueOf(id("select id from deadline_policy order by id")));
        existing.put("rule", String.valueOf(id("select id from routing_rule order by id")));
        existing.put("year", "2026");
        existing.put("revealRequest", String.valueOf(id("select id from reveal_request where case_id = ?1", caseA)));
        Map<String, String> missing = new LinkedHashMap<>();
        existing.keySet().forEach(k -> missing.put(k, String.valueOf(MISSING)));
        missing.put("area", "ZZ");
        missing.put("year", "2199");
        List<String> secrets = List.of(name, marker, email, form.get("phone"), form.get("idNumber"), "PNG",
                "草稿" + n);
        fixture = new Fixture(existing, missing, secrets, receiptA, a.getString("password"), b.getString("receipt"),
                b.getString("password"));
        return fixture;
    }
}
