package cn.gov.yongzhou.qingfeng.shared.crypto;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.Provider;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * A 128-bit block cipher in GCM mode: a fresh 12-byte IV per value, a 128-bit tag, sealed as
 * {@code iv || ciphertext+tag}. AES comes from the JDK; SM4 (GB/T 32907) from BouncyCastle, whose provider is
 * used as an object here and never registered with the JVM, so no other code picks it up by accident.
 */
final class GcmSealing implements SealingAlgorithm {

    static final int IV_BYTES = 12;
    static final int TAG_BITS = 128;

    /**
     * BouncyCastle, for SM4; one instance, built at the first use of SM4 (building it registers hundreds of services:
     * a quarter of a second of the start, measured, when the keys are AES).
     */
    static final class BouncyCastle {
        static final Provider PROVIDER = new BouncyCastleProvider();
    }

    private final String name;
    private final String keyAlgorithm;
    private final int keyBytes;
    private final boolean bouncyCastle;

    private GcmSealing(String name, String keyAlgorithm, int keyBytes, boolean bouncyCastle) {
        this.name = name;
        this.keyAlgorithm = keyAlgorithm;
        this.keyBytes = keyBytes;
        this.bouncyCastle = bouncyCastle;
    }

    static GcmSealing aes256() {
        return new GcmSealing("aes", "AES", 32, false);
    }

    static GcmSealing sm4() {
        return new GcmSealing("sm4", "SM4", 16, true);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int keyBytes() {
        return keyBytes;
    }

    @Override
    public SecretKey key(byte[] raw) {
        return new SecretKeySpec(raw, keyAlgorithm);
    }

    @Override
    public byte[] seal(SecretKey key, byte[] plain, SecureRandom random) throws GeneralSecurityException {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        Cipher cipher = cipher();
        cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
        byte[] body = cipher.doFinal(plain);
        return ByteBuffer.allocate(IV_BYTES + body.length).put(iv).put(body).array();
    }

    @Override
    public byte[] open(SecretKey key, byte[] sealed) throws GeneralSecurityException {
        if (sealed.length < IV_BYTES + TAG_BITS / 8) {
            throw new javax.crypto.AEADBadTagException("too short to be a sealed value");
        }
        Cipher cipher = cipher();
        cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, IV_BYTES));
        return cipher.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES);
    }

    private Cipher cipher() throws GeneralSecurityException {
        String transformation = keyAlgorithm + "/GCM/NoPadding";
        return bouncyCastle ? Cipher.getInstance(transformation, BouncyCastle.PROVIDER)
                : Cipher.getInstance(transformation);
    }

    @Override
    public String toString() {
        return keyAlgorithm + "-GCM";
    }
}
