package cn.gov.yongzhou.qingfeng.disclosure;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Whether a text mentions a name, an email, a phone or an ID number however it is written: both sides compatibility-
 * normalised (NFKC: full-width letters and digits), without format characters (U+200B …), spaces, punctuation (the
 * 间隔号 · of 诸葛·明月, dashes, dots) or symbols, in lower case; numbers also as the run of their digits, Chinese
 * numerals included (一三九…), so 139 3113 6478, 139-3113-6478 and ＋86 13931136478 all mention 13931136478.
 */
final class Mentions {

    private static final String CHINESE_DIGITS = "〇零一二三四五六七八九";
    /** Shorter than this, a name or number would be found everywhere by chance. */
    private static final int MIN_LETTERS = 2;
    private static final int MIN_DIGITS = 6;

    private final String letters;
    private final String digits;

    private Mentions(String text) {
        this.letters = letters(text);
        this.digits = digits(text);
    }

    static Mentions in(String text) {
        return new Mentions(text == null ? "" : text);
    }

    /** A name or an email (or any words): its letters and digits in order, whatever stands between them. */
    boolean word(String value) {
        String needle = letters(value == null ? "" : value);
        return needle.length() >= MIN_LETTERS && letters.contains(needle);
    }

    /** A phone or ID number: its digits in order (an ID's check letter X aside), whatever stands between them. */
    boolean number(String value) {
        String needle = digits(value == null ? "" : value);
        return needle.length() >= MIN_DIGITS && (digits.contains(needle) || word(value));
    }

    static String letters(String text) {
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(nfkc.length());
        nfkc.codePoints().filter(Character::isLetterOrDigit).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    static String digits(String text) {
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder sb = new StringBuilder();
        nfkc.codePoints().forEach(c -> {
            int chinese = CHINESE_DIGITS.indexOf(c);
            if (c >= '0' && c <= '9') {
                sb.append((char) c);
            } else if (chinese >= 0) {
                sb.append(chinese == 0 ? 0 : chinese - 1);
            } else if (Character.isDigit(c)) {
                sb.append(Character.digit(c, 10));
            }
        });
        return sb.toString();
    }
}
