package cn.gov.yongzhou.qingfeng.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.yongzhou.qingfeng.shared.crypto.KeyedHash;
import cn.gov.yongzhou.qingfeng.shared.crypto.Sha256;
import cn.gov.yongzhou.qingfeng.support.TestReports;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** No hash derived from what a reporter submitted is stored unkeyed, and rows from before are re-keyed. */
@QuarkusTest
class HashRekeyTest {

    @Inject
    EntityManager em;

    @Inject
    KeyedHash keyedHash;

    @Inject
    HashRekey rekey;

    Object[] hashes(String receipt) {
        return (Object[]) em.createNativeQuery("select fingerprint, submission_key_hash, hashes_keyed from report "
                + "where receipt_no = ?1").setParameter(1, receipt).getSingleResult();
    }

    @Test
    void shouldStoreOnlyKeyedHashesOfASubmission() {
        String key = UUID.randomUUID().toString();
        java.util.Map<String, String> form = TestReports.valid();
        String receipt = TestReports.api(form).header("Idempotency-Key", key).post("/api/v1/reports")
                .then().statusCode(201).extract().path("receipt");
        Object[] row = hashes(receipt);
        String plainKey = Sha256.hex("hotline-12345\u0000" + key);
        assertNotEquals(plainKey, row[1], "the submission key's hash is keyed");
        assertEquals(keyedHash.hex("submission-key", plainKey), row[1]);
        assertEquals(Boolean.TRUE, row[2]);
        // a retry with the same key and content still finds the report
        String again = TestReports.api(form).header("Idempotency-Key", key).post("/api/v1/reports")
                .then().extract().path("receipt");
        assertEquals(receipt, again);
    }

    @Test
    void shouldReKeyRowsStoredWithPlainDigestsOnce() {
        String receipt = TestReports.api(TestReports.valid()).post("/api/v1/reports").then().statusCode(201).extract()
                .path("receipt");
        String plainFingerprint = Sha256.hex("as a dump would have it " + receipt);
        String plainKey = Sha256.hex("hotline-12345\u0000" + receipt);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                update report set fingerprint = ?1, submission_key_hash = ?2, hashes_keyed = false
                where receipt_no = ?3""").setParameter(1, plainFingerprint).setParameter(2, plainKey)
                .setParameter(3, receipt).executeUpdate());
        while (rekey.rekeyBatch() > 0) {
        }
        Object[] row = hashes(receipt);
        assertEquals(keyedHash.hex("report-fingerprint", plainFingerprint), row[0]);
        assertEquals(keyedHash.hex("submission-key", plainKey), row[1]);
        assertEquals(Boolean.TRUE, row[2]);
        assertEquals(0, rekey.rekeyBatch(), "nothing left: a second start changes nothing");
        assertEquals(row[0], hashes(receipt)[0]);
        assertTrue(((Number) em.createNativeQuery("select count(*) from report where not hashes_keyed")
                .getSingleResult()).longValue() == 0);
    }
}
