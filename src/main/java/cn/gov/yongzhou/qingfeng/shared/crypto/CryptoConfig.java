package cn.gov.yongzhou.qingfeng.shared.crypto;

import io.smallrye.config.ConfigMapping;

/** Keys for personal data. Production takes them from the environment; there is no default there. */
@ConfigMapping(prefix = "qingfeng.crypto")
public interface CryptoConfig {

    /**
     * Comma-separated keys, oldest first: {@code keyId:base64Key} (AES-256-GCM, 32 bytes) or
     * {@code keyId:algorithm:base64Key} ({@code aes}, or {@code sm4} with 16 bytes); see {@link Keyring}. Old keys stay
     * listed while values sealed under them remain.
     */
    String keys();

    /** The key id that encrypts new values. */
    String activeKeyId();

    /** Base64 key (at least 32 bytes) for the keyed hashes that let staff match earlier reports without decrypting. */
    String indexKey();

    /**
     * Comma-separated keys for the query passwords' HMAC, oldest first, {@code keyId:base64} (at least 32 bytes each):
     * the last one hashes new passwords, the others still verify theirs until the reporter's next lookup rehashes it.
     */
    String passwordKeys();
}
