package cn.gov.yongzhou.qingfeng.intake;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

/**
 * The 18-digit resident identity number of GB 11643-1999: six digits of region, eight of birth date,
 * three of sequence and a check character computed with ISO 7064 MOD 11-2.
 */
public final class ResidentIdNumber {

    public enum Problem {
        FORMAT,
        REGION,
        BIRTH_DATE,
        CHECKSUM
    }

    private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
    private static final char[] CHECK = { '1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2' };
    /** Province-level codes of GB/T 2260 (and 71 台湾, 81 香港, 82 澳门, 83 for residence permits). */
    private static final Set<String> PROVINCES = Set.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32",
            "33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62",
            "63", "64", "65", "71", "81", "82", "83");

    private ResidentIdNumber() {
    }

    /** Full-width digits and Ｘ folded, spaces dropped, a trailing x upper-cased. */
    public static String normalize(String raw) {
        return TypedText.compact(raw).toUpperCase(Locale.ROOT);
    }

    /** The problem with this number, or null when it is a valid number of someone born by {@code today}. */
    public static Problem check(String raw, LocalDate today) {
        String id = normalize(raw);
        if (!id.matches("\\d{17}[\\dX]")) {
            return Problem.FORMAT;
        }
        if (!PROVINCES.contains(id.substring(0, 2))) {
            return Problem.REGION;
        }
        LocalDate birth;
        try {
            birth = LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
                    Integer.parseInt(id.substring(12, 14)));
        } catch (DateTimeException e) {
            return Problem.BIRTH_DATE;
        }
        if (birth.isAfter(today) || birth.isBefore(LocalDate.of(1900, 1, 1))) {
            return Problem.BIRTH_DATE;
        }
        return checkChar(id) == id.charAt(17) ? null : Problem.CHECKSUM;
    }

    /** The check character for the first 17 digits. */
    public static char checkChar(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }
}
