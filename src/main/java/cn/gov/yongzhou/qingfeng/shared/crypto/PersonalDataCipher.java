package cn.gov.yongzhou.qingfeng.shared.crypto;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Seals personal data and evidence under the keys of a {@link Keyring}: AES-256-GCM by default, SM4-GCM for a key
 * that says {@code sm4}. Every value carries the id of the key that sealed it (and the key its algorithm), so keys
 * can rotate: new values use the active key, old ones stay readable while their key is listed.
 * Text values are stored as {@code keyId:base64(iv || ciphertext+tag)}; bytes are sealed alone, the caller
 * storing the key id beside them.
 */
@Startup // built at start, so that a bad key stops the application there and not at the first report
@ApplicationScoped
public class PersonalDataCipher {

    private final Keyring keyring;
    private final SecureRandom random = new SecureRandom();

    @Inject
    public PersonalDataCipher(CryptoConfig config) {
        this(Keyring.parse(config.keys(), config.activeKeyId()));
    }

    /** A cipher over given keys: what a test builds to write values as an instance with other keys would. */
    public PersonalDataCipher(Keyring keyring) {
        this.keyring = keyring;
    }

    public static PersonalDataCipher of(String keys, String activeKeyId) {
        return new PersonalDataCipher(Keyring.parse(keys, activeKeyId));
    }

    public Keyring keyring() {
        return keyring;
    }

    public String activeKeyId() {
        return keyring.active().id();
    }

    public String encrypt(String plain) {
        if (plain == null) {
            return null;
        }
        return activeKeyId() + ":" + Base64.getEncoder().encodeToString(seal(plain.getBytes(StandardCharsets.UTF_8)));
    }

    public String decrypt(String stored) {
        if (stored == null) {
            return null;
        }
        int colon = stored.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("not an encrypted value");
        }
        byte[] sealed;
        try {
            sealed = Base64.getDecoder().decode(stored.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not an encrypted value");
        }
        return new String(open(stored.substring(0, colon), sealed), StandardCharsets.UTF_8);
    }

    /** The id of the key that sealed a stored text value (null for null). */
    public static String keyIdOf(String stored) {
        if (stored == null) {
            return null;
        }
        int colon = stored.indexOf(':');
        return colon <= 0 ? null : stored.substring(0, colon);
    }

    /** Seals bytes with the active key; the caller stores {@link #activeKeyId()} beside them. */
    public byte[] seal(byte[] plain) {
        Keyring.Key key = keyring.active();
        try {
            return key.algorithm().seal(key.secret(), plain, random);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed under key " + key.id(), e);
        }
    }

    public byte[] open(String keyId, byte[] sealed) {
        Keyring.Key key = keyring.key(keyId)
                .orElseThrow(() -> new IllegalStateException("no key " + keyId + " configured to read this value"));
        try {
            return key.algorithm().open(key.secret(), sealed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("decryption failed under key " + keyId, e);
        }
    }
}
