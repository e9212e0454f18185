package cn.gov.yongzhou.qingfeng.shared.crypto;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM for personal data and evidence. Every value carries the id of the key that sealed it,
 * so keys can rotate: new values use the active key, old ones stay readable while their key is listed.
 * Text values are stored as {@code keyId:base64(iv || ciphertext+tag)}.
 */
@ApplicationScoped
public class PersonalDataCipher {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final Map<String, SecretKey> keys = new LinkedHashMap<>();
    private final String activeKeyId;
    private final SecureRandom random = new SecureRandom();

    public PersonalDataCipher(CryptoConfig config) {
        for (String pair : config.keys().split(",")) {
            String trimmed = pair.trim();
            int colon = trimmed.indexOf(':');
            if (colon <= 0) {
                throw new IllegalStateException("qingfeng.crypto.keys: expected keyId:base64Key pairs");
            }
            byte[] raw = Base64.getDecoder().decode(trimmed.substring(colon + 1));
            if (raw.length != 32) {
                throw new IllegalStateException("qingfeng.crypto.keys: key " + trimmed.substring(0, colon) + " must be 32 bytes");
            }
            keys.put(trimmed.substring(0, colon), new SecretKeySpec(raw, "AES"));
        }
        if (!keys.containsKey(config.activeKeyId())) {
            throw new IllegalStateException("qingfeng.crypto.active-key-id names no listed key");
        }
        this.activeKeyId = config.activeKeyId();
    }

    public String activeKeyId() {
        return activeKeyId;
    }

    public String encrypt(String plain) {
        if (plain == null) {
            return null;
        }
        return activeKeyId + ":" + Base64.getEncoder().encodeToString(seal(plain.getBytes(StandardCharsets.UTF_8)));
    }

    public String decrypt(String stored) {
        if (stored == null) {
            return null;
        }
        int colon = stored.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("not an encrypted value");
        }
        byte[] sealed = Base64.getDecoder().decode(stored.substring(colon + 1));
        return new String(open(stored.substring(0, colon), sealed), StandardCharsets.UTF_8);
    }

    /** Seals bytes with the active key; the caller stores {@link #activeKeyId()} beside them. */
    public byte[] seal(byte[] plain) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(activeKeyId), new GCMParameterSpec(TAG_BITS, iv));
            byte[] body = cipher.doFinal(plain);
            return ByteBuffer.allocate(IV_BYTES + body.length).put(iv).put(body).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    public byte[] open(String keyId, byte[] sealed) {
        SecretKey key = keys.get(keyId);
        if (key == null) {
            throw new IllegalStateException("no key " + keyId + " configured to read this value");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, IV_BYTES));
            return cipher.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("decryption failed", e);
        }
    }
}
