package cn.gov.yongzhou.qingfeng.shared.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** The ciphers a key may name, their keys checked at start, and values that stay readable across them. */
class PersonalDataCipherTest {

    static String key(int length, int fill) {
        byte[] k = new byte[length];
        Arrays.fill(k, (byte) fill);
        return Base64.getEncoder().encodeToString(k);
    }

    static final String AES_KEY = key(32, 1);
    static final String SM4_KEY = key(16, 2);

    @Test
    void shouldEncryptTheSm4StandardTestVector() throws Exception {
        // GB/T 32907-2016, appendix A, example 1: one block under the key equal to the plaintext
        HexFormat hex = HexFormat.of();
        byte[] block = hex.parseHex("0123456789abcdeffedcba9876543210");
        Cipher sm4 = Cipher.getInstance("SM4/ECB/NoPadding", GcmSealing.BouncyCastle.PROVIDER);
        sm4.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(block, "SM4"));
        assertEquals("681edf34d206965e86b3e94f536e4246", hex.formatHex(sm4.doFinal(block)));
    }

    @Test
    void shouldNotRegisterBouncyCastleWithTheJvm() {
        PersonalDataCipher.of("s:sm4:" + SM4_KEY, "s").encrypt("x");
        assertEquals(null, java.security.Security.getProvider("BC"));
    }

    @Test
    void shouldRoundTripTextAndBytesThroughSm4Gcm() {
        PersonalDataCipher cipher = PersonalDataCipher.of("s1:sm4:" + SM4_KEY, "s1");
        assertEquals(SealingAlgorithm.SM4_GCM, cipher.keyring().active().algorithm());
        String stored = cipher.encrypt("举报人：司马清扬，身份证 430000199001011234");
        assertTrue(stored.startsWith("s1:"));
        assertFalse(stored.contains("司马"));
        assertEquals("举报人：司马清扬，身份证 430000199001011234", cipher.decrypt(stored));
        assertNotEquals(stored, cipher.encrypt("举报人：司马清扬，身份证 430000199001011234"), "a fresh IV each time");
        byte[] file = new byte[70_000];
        new SecureRandom().nextBytes(file);
        byte[] sealed = cipher.seal(file);
        assertEquals(12 + file.length + 16, sealed.length, "iv || ciphertext || 128-bit tag");
        assertArrayEquals(file, cipher.open("s1", sealed));
        assertArrayEquals(new byte[0], cipher.open("s1", cipher.seal(new byte[0])));
    }

    @Test
    void shouldRefuseATamperedSm4Value() {
        PersonalDataCipher cipher = PersonalDataCipher.of("s1:sm4:" + SM4_KEY, "s1");
        byte[] sealed = cipher.seal("证据".getBytes(StandardCharsets.UTF_8));
        for (int at : new int[] { 0, 12, sealed.length - 1 }) { // the IV, the ciphertext, the tag
            byte[] changed = sealed.clone();
            changed[at] ^= 1;
            assertThrows(IllegalStateException.class, () -> cipher.open("s1", changed), "a bit flipped at " + at);
        }
        assertThrows(IllegalStateException.class, () -> cipher.open("s1", Arrays.copyOf(sealed, 20)));
        String stored = cipher.encrypt("张三");
        byte[] text = Base64.getDecoder().decode(stored.substring(3));
        text[text.length - 1] ^= 0x40;
        assertThrows(IllegalStateException.class,
                () -> cipher.decrypt("s1:" + Base64.getEncoder().encodeToString(text)));
    }

    @Test
    void shouldNotOpenAnSm4ValueWithAnAesKeyOfTheSameId() {
        String sealed = PersonalDataCipher.of("k:sm4:" + SM4_KEY, "k").encrypt("张三");
        assertThrows(IllegalStateException.class, () -> PersonalDataCipher.of("k:" + AES_KEY, "k").decrypt(sealed));
    }

    @Test
    void shouldReadAesValuesSealedTheWayEarlierVersionsDid() throws Exception {
        // before algorithms could be chosen: "keyId:base64" meant AES-256-GCM, sealed as iv || ct+tag by the JDK
        byte[] raw = Base64.getDecoder().decode(AES_KEY);
        byte[] iv = new byte[12];
        Cipher jdk = Cipher.getInstance("AES/GCM/NoPadding");
        jdk.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(raw, "AES"), new GCMParameterSpec(128, iv));
        byte[] body = jdk.doFinal("李四".getBytes(StandardCharsets.UTF_8));
        String earlier = "k1:" + Base64.getEncoder()
                .encodeToString(ByteBuffer.allocate(12 + body.length).put(iv).put(body).array());
        assertEquals("李四", PersonalDataCipher.of("k1:" + AES_KEY, "k1").decrypt(earlier));
        assertEquals("李四", PersonalDataCipher.of("k1:aes:" + AES_KEY, "k1").decrypt(earlier), "aes said explicitly");
        assertEquals(SealingAlgorithm.AES_GCM, Keyring.parse("k1:" + AES_KEY, "k1").active().algorithm());
    }

    @Test
    void shouldReadEveryListedKeyAndSealWithTheActiveOne() {
        PersonalDataCipher before = PersonalDataCipher.of("a:" + AES_KEY, "a");
        PersonalDataCipher after = PersonalDataCipher.of("a:" + AES_KEY + ", b:sm4:" + SM4_KEY, "b");
        String old = before.encrypt("王五");
        String fresh = after.encrypt("王五");
        assertTrue(fresh.startsWith("b:"));
        assertEquals("王五", after.decrypt(old));
        assertEquals("王五", after.decrypt(fresh));
        assertThrows(IllegalStateException.class, () -> before.decrypt(fresh), "b is not listed there");
        assertEquals("b", PersonalDataCipher.keyIdOf(fresh));
    }

    @Test
    void shouldRetireOnlyTheKeysListedBeforeTheActiveOne() {
        String keys = "a:" + AES_KEY + ",b:sm4:" + SM4_KEY + ",c:" + key(32, 3);
        assertEquals(List.of("a", "b"), Keyring.parse(keys, "c").retiring());
        // rotation step 1 (c added, b still active) and an instance not yet restarted in step 2 move nothing back
        assertEquals(List.of("a"), Keyring.parse(keys, "b").retiring());
        assertEquals(List.of(), Keyring.parse(keys, "a").retiring());
        assertEquals(List.of("a", "b", "c"), Keyring.parse(keys, "a").ids());
    }

    @Test
    void shouldRefuseBadKeysNamingTheKeyIdButNeverTheKey() {
        String shortAes = key(16, 7);
        String longSm4 = key(32, 8);
        assertRefused("k1:" + shortAes, "k1", "key k1", "32 bytes", shortAes);
        assertRefused("k1:aes:" + shortAes, "k1", "key k1", "32 bytes", shortAes);
        assertRefused("ok:" + AES_KEY + ",s2:sm4:" + longSm4, "ok", "key s2", "16 bytes", longSm4);
        assertRefused("k3:des:" + AES_KEY, "k3", "key k3", "unknown algorithm \"des\"", AES_KEY);
        assertRefused("k4:not*base64!", "k4", "key k4", "not valid base64", "not*base64");
        assertRefused("k5:" + AES_KEY + ",k5:sm4:" + SM4_KEY, "k5", "key k5", "listed twice", SM4_KEY);
        assertRefused("k6:" + AES_KEY + ",", "k6", "entry 2", "empty", AES_KEY);
        assertRefused("k7:" + AES_KEY, "k8", "active-key-id \"k8\"", "[k7]", AES_KEY);
        assertRefused("bad id:" + AES_KEY, "bad id", "key id", "bad id", AES_KEY);
        assertRefused(AES_KEY, "x", "expected keyId:base64Key", "0 colons", AES_KEY);
    }

    private static void assertRefused(String keys, String active, String names, String says, String secret) {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Keyring.parse(keys, active));
        assertTrue(e.getMessage().contains(names), e.getMessage());
        assertTrue(e.getMessage().contains(says), e.getMessage());
        assertFalse(e.getMessage().contains(secret), "the message shows the key: " + e.getMessage());
    }
}
