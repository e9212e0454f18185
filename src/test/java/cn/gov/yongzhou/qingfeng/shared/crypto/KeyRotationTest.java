package cn.gov.yongzhou.qingfeng.shared.crypto;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.yongzhou.qingfeng.intake.Report;
import cn.gov.yongzhou.qingfeng.support.TestReports;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Table;
import jakarta.persistence.metamodel.EntityType;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Rotating from an AES key to an SM4 key without downtime, as the instances of a deployment would see it: values
 * sealed under the old key stay readable, new values take the new key, and the job moves the old ones over.
 * Each configuration is a {@link PersonalDataCipher} built for its keys and put in place of the application's;
 * the test's own keys are listed before the application's test key, so nothing of other tests is moved.
 */
@QuarkusTest
class KeyRotationTest {

    static final String A = "ra:aes:" + PersonalDataCipherTest.key(32, 21);
    static final String B = "rb:sm4:" + PersonalDataCipherTest.key(16, 22);

    @Inject
    EntityManager em;

    @Inject
    KeyRotation rotation;

    @ConfigProperty(name = "qingfeng.crypto.keys")
    String testKeys;

    @ConfigProperty(name = "qingfeng.crypto.active-key-id")
    String testKeyId;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    /** Every instance of the deployment from now on runs with these keys. */
    void configure(String keys, String active) {
        QuarkusMock.installMockForType(PersonalDataCipher.of(keys, active), PersonalDataCipher.class);
    }

    @Test
    void shouldMoveValuesFromAnAesKeyToAnSm4KeyAndReadTheSameThroughout() throws Exception {
        // before: the deployment seals with A
        configure(A + "," + testKeys, "ra");
        Map<String, String> form = EncryptionAtRestTest.distinctiveReport();
        String oldReceipt = submit(form);
        Map<String, String> oldValues = sealedValues(oldReceipt);
        assertTrue(oldValues.size() >= 9, "report fields, evidence name and bytes, mail: " + oldValues.keySet());
        assertEquals(Set.of("ra"), keysOf(oldReceipt));
        long underA = rotation.count().get("ra");
        assertTrue(underA >= oldValues.size());

        // steps 1 and 2: B listed and made active; what A sealed reads the same, new values take B
        configure(A + "," + B + "," + testKeys, "rb");
        assertEquals(oldValues, sealedValues(oldReceipt));
        assertEquals(form.get("reporterName"), reporterName(oldReceipt));
        String newReceipt = submit(EncryptionAtRestTest.distinctiveReport());
        assertEquals(Set.of("rb"), keysOf(newReceipt));
        Map<String, String> newValues = sealedValues(newReceipt);

        // step 3: the job moves A's values to B; a row another transaction holds is skipped, not waited for
        try (Connection other = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
            other.setAutoCommit(false);
            try (PreparedStatement lock = other
                    .prepareStatement("select 1 from report where receipt_no = ? for update")) {
                lock.setString(1, oldReceipt);
                lock.executeQuery();
            }
            KeyRotation.Outcome locked = rotation.reencrypt();
            assertEquals(0, locked.failed());
            assertTrue(locked.moved() > 0, "the evidence and the mail were not held");
            assertTrue(keysOf(oldReceipt).contains("ra"), "the held report row is left for the next run");
            other.rollback();
        }
        KeyRotation.Outcome rest = rotation.reencrypt();
        assertEquals(0, rest.failed());
        assertTrue(rest.moved() > 0);
        assertEquals(Set.of("rb"), keysOf(oldReceipt));
        assertEquals(0L, rotation.count().get("ra"), "nothing left under A");
        assertEquals(oldValues, sealedValues(oldReceipt));
        assertEquals(newValues, sealedValues(newReceipt));
        assertEquals(form.get("reporterName"), reporterName(oldReceipt));
        assertEquals(0, rotation.reencrypt().moved(), "a second run finds nothing to do");

        // step 4: A can go; operators see it on the metric
        rotation.publish(rotation.count());
        given().get("/q/metrics").then().statusCode(200)
                .body(matchesPattern("(?s).*\\nqingfeng_crypto_values\\{key=\"ra\"\\} 0\\.0\\n.*"))
                .body(matchesPattern("(?s).*\\nqingfeng_crypto_values\\{key=\"rb\"\\} [1-9][0-9]*\\.0\\n.*"));
        configure(B + "," + testKeys, "rb");
        assertEquals(oldValues, sealedValues(oldReceipt));

        // and back to the application's own test key, so that other tests read everything
        configure(B + "," + testKeys, testKeyId);
        rotation.reencrypt();
        assertEquals(0L, rotation.count().get("rb"));
        assertEquals(oldValues, sealedValues(oldReceipt));
        assertEquals(newValues, sealedValues(newReceipt));
    }

    @Test
    void shouldLeaveAValueThatCannotBeReadAndMoveTheRest() throws Exception {
        configure(A + "," + testKeys, "ra");
        String receipt = submit(EncryptionAtRestTest.distinctiveReport());
        String damaged = QuarkusTransaction.requiringNew().call(() -> {
            String narrative = (String) em.createNativeQuery("select narrative_enc from report where receipt_no = ?1")
                    .setParameter(1, receipt).getSingleResult();
            // a character of the IV changed: the tag no longer matches
            String changed = narrative.substring(0, 10) + (narrative.charAt(10) == 'A' ? 'B' : 'A')
                    + narrative.substring(11);
            em.createNativeQuery("update report set narrative_enc = ?1 where receipt_no = ?2").setParameter(1, changed)
                    .setParameter(2, receipt).executeUpdate();
            return changed;
        });

        configure(A + "," + B + "," + testKeys, "rb");
        KeyRotation.Outcome outcome = rotation.reencrypt();
        assertEquals(1, outcome.failed());
        assertTrue(outcome.moved() >= 9, "the report's other values, its evidence and its mail moved: " + outcome);
        assertEquals(1L, rotation.count().get("ra"), "only the damaged value is left under A");
        assertEquals(damaged, QuarkusTransaction.requiringNew().call(() -> em
                .createNativeQuery("select narrative_enc from report where receipt_no = ?1").setParameter(1, receipt)
                .getSingleResult()), "left exactly as it was");

        // repaired (here: written again), and back to the application's test key for the other tests
        PersonalDataCipher b = PersonalDataCipher.of(B, "rb");
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update report set narrative_enc = ?1 where receipt_no = ?2").setParameter(1, b.encrypt("重新录入的叙述"))
                .setParameter(2, receipt).executeUpdate());
        configure(A + "," + B + "," + testKeys, testKeyId);
        assertEquals(0, rotation.reencrypt().failed());
        assertEquals(0L, rotation.count().get("ra"));
        assertEquals(0L, rotation.count().get("rb"));
        assertEquals("重新录入的叙述", QuarkusTransaction.requiringNew()
                .call(() -> Report.findByReceipt(receipt).orElseThrow().narrative));
    }

    @Test
    void shouldFindEveryEncryptedEntityFieldWhereTheJobLooks() {
        Set<String> found = QuarkusTransaction.requiringNew().call(() -> rotation.textColumns()).stream()
                .map(KeyRotation.TextColumn::name).collect(Collectors.toSet());
        List<String> fields = new ArrayList<>();
        for (EntityType<?> entity : em.getMetamodel().getEntities()) {
            Table table = entity.getJavaType().getAnnotation(Table.class);
            for (Field field : entity.getJavaType().getDeclaredFields()) {
                Convert convert = field.getAnnotation(Convert.class);
                if (convert != null && convert.converter() == Encrypted.class) {
                    fields.add(table.name() + "." + field.getAnnotation(Column.class).name());
                }
            }
        }
        assertTrue(fields.size() >= 12, fields.toString());
        for (String field : fields) {
            assertTrue(found.contains(field), field + " is sealed but its column does not end in _enc");
        }
        Set<String> files = QuarkusTransaction.requiringNew().call(() -> rotation.fileTables()).stream()
                .map(KeyRotation.FileTable::table).collect(Collectors.toSet());
        assertTrue(files.containsAll(Set.of("evidence_content", "finding_attachment_content")), files.toString());
    }

    private static String submit(Map<String, String> form) throws Exception {
        BufferedImage image = new BufferedImage(32, 24, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 4, 0x00ff00);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return TestReports.api(form).multiPart("evidence", "现场.png", png.toByteArray(), "image/png")
                .post("/api/v1/reports").then().statusCode(201).extract().path("receipt");
    }

    private String reporterName(String receipt) {
        return QuarkusTransaction.requiringNew().call(() -> Report.findByReceipt(receipt).orElseThrow().reporterName);
    }

    /** What a report's sealed values read as now (files as their SHA-256), by column. */
    private Map<String, String> sealedValues(String receipt) {
        PersonalDataCipher cipher = io.quarkus.arc.Arc.container().instance(PersonalDataCipher.class).get();
        Map<String, String> values = new TreeMap<>();
        for (Object[] row : rows(receipt)) {
            String name = (String) row[0];
            values.put(name, row[2] instanceof byte[] bytes ? Sha256.hex(cipher.open((String) row[1], bytes))
                    : cipher.decrypt((String) row[2]));
        }
        return values;
    }

    private Set<String> keysOf(String receipt) {
        return rows(receipt).stream().map(row -> (String) row[1]).collect(Collectors.toSet());
    }

    /** (column, key id, sealed value) of the report, its evidence and its mail recipient. */
    private List<Object[]> rows(String receipt) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Object[]> rows = new ArrayList<>();
            Object[] report = (Object[]) em.createNativeQuery("""
                    select place_enc, accused_description_enc, narrative_enc, reporter_name_enc, reporter_id_no_enc,
                           reporter_phone_enc, reporter_email_enc, id
                    from report where receipt_no = ?1""").setParameter(1, receipt).getSingleResult();
            String[] names = { "place", "accused_description", "narrative", "reporter_name", "reporter_id_no",
                    "reporter_phone", "reporter_email" };
            for (int i = 0; i < names.length; i++) {
                String value = (String) report[i];
                rows.add(new Object[] { "report." + names[i], PersonalDataCipher.keyIdOf(value), value });
            }
            long id = ((Number) report[7]).longValue();
            @SuppressWarnings("unchecked")
            List<Object[]> evidence = em.createNativeQuery("""
                    select e.seq, e.file_name_enc, c.key_id, c.sealed from evidence e
                    join evidence_content c on c.evidence_id = e.id where e.report_id = ?1""").setParameter(1, id)
                    .getResultList();
            for (Object[] e : evidence) {
                rows.add(new Object[] { "evidence.name" + e[0], PersonalDataCipher.keyIdOf((String) e[1]), e[1] });
                rows.add(new Object[] { "evidence.bytes" + e[0], e[2], e[3] });
            }
            @SuppressWarnings("unchecked")
            List<Object[]> mail = em.createNativeQuery(
                    "select id, recipient_enc from outbox_message where report_id = ?1 order by id").setParameter(1, id)
                    .getResultList();
            for (Object[] m : mail) {
                rows.add(new Object[] { "outbox.recipient" + m[0], PersonalDataCipher.keyIdOf((String) m[1]), m[1] });
            }
            return rows;
        });
    }
}
