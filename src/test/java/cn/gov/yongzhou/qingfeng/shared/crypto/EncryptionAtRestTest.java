package cn.gov.yongzhou.qingfeng.shared.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.yongzhou.qingfeng.intake.Report;
import cn.gov.yongzhou.qingfeng.intake.ReportStore;
import cn.gov.yongzhou.qingfeng.support.TestReports;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Personal data never reaches the database in clear, and a pg_dump shows none of it. */
@QuarkusTest
class EncryptionAtRestTest {

    @Inject
    EntityManager em;

    @Inject
    KeyedHash keyedHash;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    static Map<String, String> distinctiveReport() {
        Map<String, String> form = TestReports.valid();
        form.put("reporterName", "司马清扬");
        form.put("email", "sima.qingyang.test@example.cn");
        form.put("narrative", "独一无二的叙述文字：工作人员索要了八百元辛苦费才肯盖章。");
        return form;
    }

    @Test
    @Transactional
    void shouldStoreOnlyCiphertextAndKeyedHashesOfTheReporter() {
        Map<String, String> form = distinctiveReport();
        String receipt = TestReports.api(form).post("/api/v1/reports").then().statusCode(201).extract()
                .path("receipt");
        Object[] row = (Object[]) em.createNativeQuery("""
                select reporter_name_enc, reporter_id_no_enc, reporter_phone_enc, reporter_email_enc, narrative_enc,
                       reporter_id_no_index, reporter_phone_index, password_hash
                from report where receipt_no = ?1""").setParameter(1, receipt).getSingleResult();
        String all = String.join("|", java.util.Arrays.stream(row).map(String::valueOf).toList());
        for (String secret : new String[] { form.get("reporterName"), form.get("idNumber"), form.get("phone"),
                form.get("email"), "八百元辛苦费" }) {
            assertFalse(all.contains(secret), "the row shows " + secret + " in clear");
        }
        assertTrue(((String) row[0]).startsWith("dev1:"), "each value names the key that sealed it");
        assertEquals(keyedHash.hex(ReportStore.ID_NUMBER_INDEX, form.get("idNumber")), row[5]);
        // and the application reads it back
        Report report = Report.findByReceipt(receipt).orElseThrow();
        assertEquals(form.get("reporterName"), report.reporterName);
        assertEquals(form.get("email"), report.reporterEmail);
    }

    @Test
    void shouldShowNoPersonalDataInAPgDump() throws Exception {
        Map<String, String> form = distinctiveReport();
        TestReports.api(form).post("/api/v1/reports").then().statusCode(201);
        // a unit reporting through its 经办人, on behalf of someone named, with a passport
        Map<String, String> unit = distinctiveReport();
        unit.put("reporterKind", "UNIT");
        unit.put("reporterName", "永州市独特测试建材有限公司");
        unit.put("agentName", "欧阳经办");
        unit.put("idType", "PASSPORT");
        unit.put("idNumber", "EQ7654321");
        unit.put("phone", "0746-8765432");
        unit.put("behalfName", "诸葛代反");
        unit.put("behalfRelation", "独特关系人");
        TestReports.api(unit).post("/api/v1/reports").then().statusCode(201);
        String dump = pgDump();
        for (String secret : new String[] { unit.get("reporterName"), unit.get("agentName"), unit.get("idNumber"),
                "8765432", unit.get("behalfName"), unit.get("behalfRelation") }) {
            assertFalse(dump.contains(secret), "pg_dump shows " + secret + " in clear");
        }
        assertTrue(dump.contains("COPY public.report"), "the dump holds the report table");
        for (String secret : new String[] { form.get("reporterName"), form.get("idNumber"), form.get("phone"),
                form.get("email"), "八百元辛苦费" }) {
            assertFalse(dump.contains(secret), "pg_dump shows " + secret + " in clear");
        }
    }

    @Test
    void shouldReadValuesSealedWithAnOlderKeyAfterRotation() {
        PersonalDataCipher old = new PersonalDataCipher(config("k1:" + key(1), "k1"));
        PersonalDataCipher rotated = new PersonalDataCipher(config("k1:" + key(1) + ",k2:" + key(2), "k2"));
        String sealedBefore = old.encrypt("张三");
        String sealedAfter = rotated.encrypt("张三");
        assertTrue(sealedAfter.startsWith("k2:"));
        assertEquals("张三", rotated.decrypt(sealedBefore));
        assertEquals("张三", rotated.decrypt(sealedAfter));
        assertNotEquals(rotated.encrypt("张三"), sealedAfter, "a fresh IV each time");
        assertThrows(IllegalStateException.class, () -> old.decrypt(sealedAfter));
    }

    private static String key(int fill) {
        byte[] k = new byte[32];
        java.util.Arrays.fill(k, (byte) fill);
        return java.util.Base64.getEncoder().encodeToString(k);
    }

    private static CryptoConfig config(String keys, String active) {
        return new CryptoConfig() {
            public String keys() {
                return keys;
            }

            public String activeKeyId() {
                return active;
            }

            public String indexKey() {
                return key(9);
            }

            public String passwordKeys() {
                return "p1:" + key(8);
            }
        };
    }

    private String pgDump() throws IOException, InterruptedException {
        // jdbc:postgresql://host:port/db → pg_dump -h host -p port db
        java.net.URI uri = java.net.URI.create(jdbcUrl.substring("jdbc:".length()));
        Process p = new ProcessBuilder("pg_dump", "-h", uri.getHost(), "-p", String.valueOf(uri.getPort()), "-U",
                "postgres", "--data-only", uri.getPath().substring(1)).redirectErrorStream(true).start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = p.getInputStream()) {
            in.transferTo(out);
        }
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }
}
