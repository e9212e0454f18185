package cn.gov.yongzhou.qingfeng.shared.crypto;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Query passwords: only a hash is stored, never the password. The server makes the password (about 50 random bits),
 * so a keyed fast hash protects it as well as a slow one would and costs microseconds instead of 28 ms of CPU: HMAC-SHA-256
 * under a password key that lives in the environment, not in the database, so a stolen dump gives nothing to try
 * offline. Stored as {@code hmac-sha256$keyId$base64}. Hashes made before (PBKDF2, 120,000 rounds) and hashes under an
 * older password key are still verified; {@link #needsRehash} says when to store the current form after a match.
 */
@Startup // a bad key stops the application at start, not at the first report
@ApplicationScoped
public class PasswordHasher {

    static final String KEYS = "qingfeng.crypto.password-keys";
    private static final String HMAC = "hmac-sha256";
    private static final String PBKDF2 = "pbkdf2-sha256";
    private static final byte[] PURPOSE = "query-password\0".getBytes(StandardCharsets.UTF_8);

    private final Map<String, SecretKeySpec> keys;
    private final String currentId;

    public PasswordHasher(CryptoConfig config) {
        this.keys = parse(config.passwordKeys());
        this.currentId = keys.keySet().stream().reduce((a, b) -> b).orElseThrow();
    }

    public String hash(String password) {
        return HMAC + "$" + currentId + "$" + Base64.getEncoder().encodeToString(mac(keys.get(currentId), password));
    }

    public boolean matches(String password, String stored) {
        String given = password == null ? "" : password;
        if (stored == null) {
            hash(given); // the same work when the receipt is unknown
            return false;
        }
        String[] parts = stored.split("\\$");
        if (parts.length == 3 && parts[0].equals(HMAC)) {
            SecretKeySpec key = keys.get(parts[1]);
            if (key == null) {
                return false; // a key removed from the list too early: the reporter sets a new password by phone
            }
            return MessageDigest.isEqual(mac(key, given), Base64.getDecoder().decode(parts[2]));
        }
        if (parts.length == 4 && parts[0].equals(PBKDF2)) {
            String candidate = pbkdf2(Base64.getDecoder().decode(parts[2]), given, Integer.parseInt(parts[1]));
            return MessageDigest.isEqual(candidate.getBytes(StandardCharsets.US_ASCII),
                    stored.getBytes(StandardCharsets.US_ASCII));
        }
        return false;
    }

    /** Whether a stored hash that matched should be replaced by {@link #hash} (older scheme or older key). */
    public boolean needsRehash(String stored) {
        return stored == null || !stored.startsWith(HMAC + "$" + currentId + "$");
    }

    private static byte[] mac(SecretKeySpec key, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(PURPOSE);
            return mac.doFinal(password.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The hashes of before: verified, never made any more. */
    static String pbkdf2(byte[] salt, String password, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, 256);
            byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            return PBKDF2 + "$" + iterations + "$" + Base64.getEncoder().encodeToString(salt) + "$"
                    + Base64.getEncoder().encodeToString(hash);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code id:base64,id2:base64}, oldest first; the last hashes new passwords. Messages never quote a key. */
    static Map<String, SecretKeySpec> parse(String list) {
        Map<String, SecretKeySpec> parsed = new LinkedHashMap<>();
        if (list == null || list.isBlank()) {
            throw new IllegalStateException(KEYS + " lists no key");
        }
        String[] entries = list.split(",", -1);
        for (int i = 0; i < entries.length; i++) {
            String entry = entries[i].trim();
            int colon = entry.indexOf(':');
            String id = colon > 0 ? entry.substring(0, colon) : "";
            if (!id.matches("[A-Za-z0-9_-]{1,20}")) {
                throw new IllegalStateException(KEYS + ": entry " + (i + 1) + " is not keyId:base64");
            }
            byte[] raw;
            try {
                raw = Base64.getDecoder().decode(entry.substring(colon + 1).trim());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(KEYS + ": key " + id + " is not valid base64");
            }
            if (raw.length < 32) {
                throw new IllegalStateException(KEYS + ": key " + id + " must be at least 32 bytes");
            }
            if (parsed.put(id, new SecretKeySpec(raw, "HmacSHA256")) != null) {
                throw new IllegalStateException(KEYS + ": key " + id + " is listed twice");
            }
        }
        return parsed;
    }
}
