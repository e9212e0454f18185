package cn.gov.yongzhou.qingfeng.shared.crypto;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 under the index key. Used as a blind index (same ID number → same hash, so staff can find a
 * person's earlier reports without decrypting anything) and to derive per-submission secrets.
 * Each use passes its own purpose, so the hashes of one use say nothing about another.
 */
@Startup // built at start, so that a bad key stops the application there and not at the first report
@ApplicationScoped
public class KeyedHash {

    private final SecretKeySpec key;

    public KeyedHash(CryptoConfig config) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(config.indexKey().trim());
        } catch (IllegalArgumentException e) {
            // the decoder's message would quote a character of the key
            throw new IllegalStateException("qingfeng.crypto.index-key is not valid base64");
        }
        if (raw.length < 32) {
            throw new IllegalStateException("qingfeng.crypto.index-key must be at least 32 bytes");
        }
        this.key = new SecretKeySpec(raw, "HmacSHA256");
    }

    public byte[] mac(String purpose, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(purpose.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String hex(String purpose, String value) {
        return value == null ? null : HexFormat.of().formatHex(mac(purpose, value));
    }
}
