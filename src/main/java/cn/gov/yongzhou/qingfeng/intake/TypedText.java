package cn.gov.yongzhou.qingfeng.intake;

import java.text.Normalizer;

/**
 * What Chinese phones type and paste: full-width digits and letters (４３１…Ｘ, ＠), ideographic spaces,
 * no-break spaces and invisible direction marks copied along with a number.
 */
final class TypedText {

    private TypedText() {
    }

    /** Full-width forms folded to ASCII (NFKC), invisible format characters removed. */
    static String fold(String raw) {
        return raw == null ? "" : Normalizer.normalize(raw, Normalizer.Form.NFKC).replaceAll("\\p{Cf}", "");
    }

    /** {@link #fold} and then every kind of space and bracket removed: for numbers and codes. */
    static String compact(String raw) {
        return fold(raw).replaceAll("[\\p{Z}\\s()]", "");
    }

    /** A mainland mobile number as 11 digits, with a +86 / 0086 / 86 prefix and separators dropped. */
    static String mobile(String raw) {
        String digits = compact(raw).replace("-", "");
        return digits.matches("(\\+|00)?86(1\\d{10})") ? digits.replaceFirst("^(\\+|00)?86", "") : digits;
    }
}
