package cn.gov.yongzhou.qingfeng.shared.crypto;

import io.smallrye.config.ConfigMapping;

/** Keys for personal data. Production takes them from the environment; there is no default there. */
@ConfigMapping(prefix = "qingfeng.crypto")
public interface CryptoConfig {

    /** Comma-separated {@code keyId:base64Key} pairs (AES-256); old keys stay listed so old values stay readable. */
    String keys();

    /** The key id that encrypts new values. */
    String activeKeyId();

    /** Base64 key (at least 32 bytes) for the keyed hashes that let staff match earlier reports without decrypting. */
    String indexKey();
}
