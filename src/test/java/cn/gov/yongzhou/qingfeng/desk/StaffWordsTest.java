package cn.gov.yongzhou.qingfeng.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.gov.yongzhou.qingfeng.casework.Casework;
import cn.gov.yongzhou.qingfeng.casework.Conclusion;
import cn.gov.yongzhou.qingfeng.support.StaffClient;
import cn.gov.yongzhou.qingfeng.support.TestCases;
import cn.gov.yongzhou.qingfeng.support.TestReports;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Words, not codes: every staff page a role opens, with a worked case on it, read as a person reads it (the text
 * between the tags), holds no enum-like token (ARROGANT_SERVICE, WEB) and no English word on a Chinese page — only
 * the few abbreviations people use as they are (PDF, SHA-256, …) and what a person typed.
 */
@QuarkusTest
class StaffWordsTest {

    @jakarta.inject.Inject
    Reveals reveals;

    /** Abbreviations and units that Chinese office staff read as they are. */
    static final Set<String> READ_AS_IS = Set.of("PDF", "SHA", "CSV", "XLSX", "SVG", "QR", "API", "PNG", "JPEG", "MB",
            "KB", "GB", "B", "ID", "HMAC", "OIDC", "HTTP", "HTTPS", "URL", "PAdES", "GB/T", "SM4", "AES", "GCM",
            "ETag", "Keycloak", "Excel", "http", "https");

    /** A code as programs write it: capitals, maybe joined by underscores (WEB, ARROGANT_SERVICE). */
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");

    /** Pages that quote what administrators typed (an English name of a unit): only codes are checked there. */
    private static final Set<String> QUOTING_TYPED_TEXT = Set.of("/staff/admin");

    private static final Pattern ENGLISH_WORD = Pattern.compile("(?<![\\w@./-])[A-Za-z][A-Za-z_]{1,}(?![\\w@-])");

    @Inject
    EntityManager em;

    @Inject
    Casework casework;

    @Test
    void shouldSayEveryStaffPageInWordsNotCodes() {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into staff_account (user_name, display_name, roles, unit_id)
                select u, n, r, null from (values ('words-inspector', '示例检查员乙', 'inspector'),
                    ('inspector-he', '示例检查员丙', 'inspector'), ('handler-x', '示例经办人丙', 'handler'),
                    ('words-admin', '示例管理员乙', 'admin'), ('words-supervisor', '示例督查员乙', 'supervisor'),
                    ('words-handler', '示例经办人丁', 'handler'), ('test', '示例管理员丙', 'admin'),
                    ('words-director', '示例分管领导乙', 'director')) v(u, n, r)
                on conflict (user_name) do nothing""").executeUpdate());
        TestCases.mapHandler(em, "words-handler", "LL-JW");
        Map<String, String> report = new java.util.HashMap<>(TestReports.valid());
        report.put("accusedName", "");
        report.put("accusedBadge", "0317");
        String open = TestReports.api(report).post("/api/v1/reports").then().statusCode(201).extract().path("receipt");
        String done = TestReports.api(TestReports.valid()).post("/api/v1/reports").then().statusCode(201).extract()
                .path("receipt");
        long openCase = TestReports.caseOf(em, open);
        long doneCase = TestReports.caseOf(em, done);
        TestCases.conclude(casework, em, doneCase, "LL-JW", Conclusion.SUBSTANTIATED);
        // a request and an emergency look for the director's page (and the case page's timeline) to show
        QuarkusTransaction.requiringNew().run(() -> {
            reveals.request(openCase, "inspector-he", "需电话核实举报人所述经过");
            reveals.emergency(doneCase, "inspector-he", EmergencyGround.SAFETY_THREAT, "举报人来电称受到威胁，须立即联系核实");
        });

        // unit codes are identifiers administrators type and read (LL, QY-ZWFW), not codes to translate
        unitCodes = Set.copyOf(QuarkusTransaction.requiringNew().call(() -> em
                .createNativeQuery("select code from unit", String.class).getResultList()));
        List<String> findings = new ArrayList<>();
        read(findings, "words-inspector", "inspector", "/staff/cases", "/staff/cases/" + openCase,
                "/staff/cases/" + doneCase, "/staff/register", "/staff/board", "/staff/follow-ups", "/staff/ledger",
                "/staff/accountability", "/staff/disclosure", "/staff/documents");
        read(findings, "words-handler", "handler", "/staff/unit-cases");
        read(findings, "words-director", "director", "/staff/reveals");
        read(findings, "words-supervisor", "supervisor", "/staff/board", "/staff/ledger");
        read(findings, "words-admin", "admin", "/staff/admin", "/staff/admin/units", "/staff/admin/staff",
                "/staff/admin/handlers", "/staff/admin/categories", "/staff/admin/routing", "/staff/admin/policy",
                "/staff/admin/calendar", "/staff/admin/volumes", "/staff/admin/outbox", "/staff/admin/audit",
                "/staff/admin/security");
        assertEquals(List.of(), findings, "codes or English words on Chinese staff pages");
    }

    private Set<String> unitCodes = Set.of();

    private void read(List<String> findings, String user, String role, String... paths) {
        for (String path : paths) {
            String html = StaffClient.as(user, role).get(path).then().statusCode(200).extract().asString();
            Set<String> words = new TreeSet<>();
            Matcher m = ENGLISH_WORD.matcher(textOf(html));
            while (m.find()) {
                boolean checked = !QUOTING_TYPED_TEXT.contains(path) || CODE.matcher(m.group()).matches();
                if (checked && !READ_AS_IS.contains(m.group()) && !unitCodes.contains(m.group())) {
                    words.add(m.group());
                }
            }
            if (!words.isEmpty()) {
                findings.add(role + " " + path + ": " + words);
            }
        }
    }

    /**
     * What a person reads: the text between the tags, without scripts and styles, what is marked as English (the
     * language switch, a cited source) or as code (a login id an administrator types).
     */
    static String textOf(String html) {
        return html.replaceAll("(?s)<(script|style|code)\\b.*?</\\1>", " ")
                .replaceAll("(?s)<(\\w+) [^>]*lang=\"en\"[^>]*>.*?</\\1>", " ")
                .replaceAll("(?s)<!--.*?-->", " ")
                .replaceAll("(?s)<[^>]+>", " ")
                .replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'");
    }
}
