package cn.gov.yongzhou.qingfeng.shared.crypto;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Map;
import javax.crypto.SecretKey;

/**
 * An authenticated cipher that a configured key is used with. A key names its algorithm in
 * {@code qingfeng.crypto.keys} ({@code keyId:sm4:base64}); a key without one is AES-256-GCM, as before algorithms
 * could be chosen. The sealed form carries everything {@link #open} needs besides the key (the IV, the tag).
 * Another algorithm is another implementation and an entry in {@link #BY_NAME}.
 */
public interface SealingAlgorithm {

    SealingAlgorithm AES_GCM = GcmSealing.aes256();
    SealingAlgorithm SM4_GCM = GcmSealing.sm4();

    /** The names a key may give in the configuration. */
    Map<String, SealingAlgorithm> BY_NAME = Map.of("aes", AES_GCM, "sm4", SM4_GCM);

    /** The name in the configuration, e.g. {@code sm4}. */
    String name();

    /** The length a key of this algorithm must have. */
    int keyBytes();

    SecretKey key(byte[] raw);

    byte[] seal(SecretKey key, byte[] plain, SecureRandom random) throws GeneralSecurityException;

    /** Fails (an {@link javax.crypto.AEADBadTagException}) when the value or its tag was changed. */
    byte[] open(SecretKey key, byte[] sealed) throws GeneralSecurityException;
}
