package cn.gov.yongzhou.qingfeng.intake;

import cn.gov.yongzhou.qingfeng.shared.crypto.KeyedHash;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Receipt numbers and query passwords, both from an alphabet without look-alikes (no 0/O, 1/I/L).
 * The password is derived from the submission key with a server secret, so a retry of the same
 * submission can show the same password again although only its hash is stored.
 */
@ApplicationScoped
public class ReceiptCodes {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    static final int PASSWORD_LENGTH = 10;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

    private final SecureRandom random = new SecureRandom();
    private final KeyedHash keyedHash;

    ReceiptCodes(KeyedHash keyedHash) {
        this.keyedHash = keyedHash;
    }

    /** e.g. {@code YZ261125K7M3QP}: the day of receipt and six random characters. */
    public String newReceiptNo(LocalDate day) {
        StringBuilder sb = new StringBuilder("YZ").append(DAY.format(day));
        for (int i = 0; i < 6; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    /** The query password of a submission, from its scoped key as submitted (never stored). */
    public String passwordFor(String scopedSubmissionKey) {
        byte[] mac = keyedHash.mac("query-password", scopedSubmissionKey);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < PASSWORD_LENGTH; i++) {
            sb.append(ALPHABET.charAt((mac[i] & 0xff) % ALPHABET.length()));
        }
        return sb.toString();
    }

    /** What people type: full-width letters, lower case, spaces and dashes forgiven. */
    public static String normalize(String typed) {
        return typed == null ? "" : TypedText.compact(typed).replace("-", "").toUpperCase(Locale.ROOT);
    }
}
