package cn.gov.yongzhou.qingfeng.shared.crypto;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/** PBKDF2-HMAC-SHA256 for query passwords: only this hash is stored, never the password. */
@ApplicationScoped
public class PasswordHasher {

    private static final int ITERATIONS = 120_000;
    private static final String DUMMY = hashWith(new byte[16], "timing-equaliser", ITERATIONS);

    private final SecureRandom random = new SecureRandom();

    public String hash(String password) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        return hashWith(salt, password, ITERATIONS);
    }

    public boolean matches(String password, String stored) {
        String[] parts = (stored == null ? DUMMY : stored).split("\\$");
        int iterations = Integer.parseInt(parts[1]);
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        String candidate = hashWith(salt, password == null ? "" : password, iterations);
        return stored != null && MessageDigest.isEqual(candidate.getBytes(), stored.getBytes());
    }

    private static String hashWith(byte[] salt, String password, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, 256);
            byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            return "pbkdf2-sha256$" + iterations + "$" + Base64.getEncoder().encodeToString(salt) + "$"
                    + Base64.getEncoder().encodeToString(hash);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
