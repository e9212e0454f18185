package cn.gov.yongzhou.qingfeng.shared.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Query passwords under a keyed hash, the PBKDF2 hashes of before still accepted, keys rotated. */
public class PasswordHasherTest {

    static final String K1 = "p1:" + Base64.getEncoder().encodeToString("first-password-key-32-bytes-long".getBytes());
    static final String K2 = "p2:" + Base64.getEncoder().encodeToString("second-password-key-32-bytes-lon".getBytes());

    static PasswordHasher hasher(String keys) {
        return new PasswordHasher(new CryptoConfig() {
            public String keys() {
                return null;
            }

            public String activeKeyId() {
                return null;
            }

            public String indexKey() {
                return null;
            }

            public String passwordKeys() {
                return keys;
            }
        });
    }

    /** A hash as the portal stored them before (PBKDF2-HMAC-SHA256, 120,000 rounds, random salt). */
    public static String pbkdf2(String password) {
        byte[] salt = new byte[16];
        new java.security.SecureRandom().nextBytes(salt);
        return PasswordHasher.pbkdf2(salt, password, 120_000);
    }

    @Test
    void shouldAcceptTheRightPasswordOnlyUnderTheServersKey() {
        PasswordHasher h = hasher(K1);
        String stored = h.hash("K7PQ2MX9TA");
        assertTrue(stored.startsWith("hmac-sha256$p1$"));
        assertTrue(h.matches("K7PQ2MX9TA", stored));
        assertFalse(h.matches("K7PQ2MX9TB", stored));
        assertFalse(h.matches(null, stored));
        assertFalse(h.matches("K7PQ2MX9TA", null));
        assertFalse(h.needsRehash(stored));
        // the same password under another key (a dump without the environment's key) is another hash
        String p1Other = "p1:" + K2.substring(3);
        assertFalse(hasher(p1Other).matches("K7PQ2MX9TA", stored));
    }

    @Test
    void shouldStillAcceptAPbkdf2HashOfBeforeAndAskForARehash() {
        String old = PasswordHasher.pbkdf2(new byte[16], "OLDPASS123", 120_000);
        PasswordHasher h = hasher(K1);
        assertTrue(h.matches("OLDPASS123", old));
        assertFalse(h.matches("OLDPASS124", old));
        assertTrue(h.needsRehash(old));
    }

    @Test
    void shouldVerifyUnderAnOlderKeyAfterARotationAndHashNewOnesUnderTheLast() {
        String underK1 = hasher(K1).hash("ROTATE1234");
        PasswordHasher rotated = hasher(K1 + "," + K2);
        assertTrue(rotated.matches("ROTATE1234", underK1));
        assertTrue(rotated.needsRehash(underK1));
        assertTrue(rotated.hash("ROTATE1234").startsWith("hmac-sha256$p2$"));
        assertFalse(hasher(K2).matches("ROTATE1234", underK1)); // k1 taken out: its hashes are not accepted
    }

    @Test
    void shouldRefuseBadKeysWithoutQuotingThem() {
        String secret = "c2hvcnQ=";
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> hasher("p1:" + secret));
        assertEquals("qingfeng.crypto.password-keys: key p1 must be at least 32 bytes", e.getMessage());
        assertFalse(assertThrows(IllegalStateException.class, () -> hasher("p1:not*base64")).getMessage()
                .contains("not*base64"));
        assertThrows(IllegalStateException.class, () -> hasher(K1 + "," + K1));
        assertThrows(IllegalStateException.class, () -> hasher(""));
    }
}
