import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The CPU one submission spends on its query password: PBKDF2-HMAC-SHA256, 120,000 rounds, as
 * shared/crypto/PasswordHasher does. Prints the median of 20 hashes after 10 warm-up ones, in ms (one core).
 * java bench/load/Pbkdf2.java
 */
public class Pbkdf2 {
    public static void main(String[] args) throws Exception {
        SecretKeyFactory f = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
        long[] t = new long[20];
        for (int i = -10; i < t.length; i++) {
            long s = System.nanoTime();
            f.generateSecret(new PBEKeySpec(("pw" + i).toCharArray(), new byte[16], 120_000, 256)).getEncoded();
            if (i >= 0) {
                t[i] = System.nanoTime() - s;
            }
        }
        java.util.Arrays.sort(t);
        System.out.printf("%.1f%n", t[t.length / 2] / 1e6);
    }
}
