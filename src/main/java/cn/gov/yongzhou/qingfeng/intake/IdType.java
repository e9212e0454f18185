package cn.gov.yongzhou.qingfeng.intake;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The identity documents a real-name reporter may give, each with its own format check. The error keys are
 * {@code error.idNumber.<problem>} for the resident ID (as before) and {@code error.idNumber.<TYPE>} for the others.
 */
@io.quarkus.qute.TemplateEnum
public enum IdType {
    /** 居民身份证, GB 11643: 18 characters with a check character (also the 港澳台居民居住证, region 81–83). */
    RESIDENT_ID(null),
    /** 港澳居民来往内地通行证 (回乡证): H (Hong Kong) or M (Macao) and 8 digits; older cards had 10 digits. */
    HK_MACAO_PERMIT(Pattern.compile("[HM]\\d{8}(\\d{2})?")),
    /** 台湾居民来往大陆通行证 (台胞证): 8 digits since 2015; older booklets had 10 digits. */
    TAIWAN_PERMIT(Pattern.compile("\\d{8}(\\d{2})?")),
    /**
     * 外国人永久居留身份证: the 2017 card has 3 letters of nationality and 12 digits; the 2023 card 18 characters
     * beginning with 9, with the check character of GB 11643.
     */
    FOREIGN_PERMANENT_RESIDENT(Pattern.compile("[A-Z]{3}\\d{12}|9\\d{16}[\\dX]")),
    /**
     * 护照, any country's: 5 to 17 letters and digits, at least one digit (ICAO 9303 allows up to 9 in the MRZ, some countries
     * more).
     */
    PASSPORT(Pattern.compile("(?=.*\\d)[A-Z0-9]{5,17}"));

    private final Pattern format;

    IdType(Pattern format) {
        this.format = format;
    }

    /** The type named by a form value; the resident ID when none is given (the form's and the API's default). */
    public static IdType parse(String value) {
        if (value == null || value.isBlank()) {
            return RESIDENT_ID;
        }
        try {
            return valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Full-width forms folded, spaces and separators dropped, letters upper-cased. */
    public String normalize(String raw) {
        String compact = ResidentIdNumber.normalize(raw);
        return this == RESIDENT_ID ? compact : compact.replace("-", "");
    }

    /** The message key of what is wrong with this (normalised) number, or null when it passes. */
    public String problem(String number, LocalDate today) {
        if (this == RESIDENT_ID) {
            ResidentIdNumber.Problem problem = ResidentIdNumber.check(number, today);
            return problem == null ? null : "error.idNumber." + problem.name().toLowerCase(Locale.ROOT);
        }
        if (!format.matcher(number).matches()) {
            return "error.idNumber." + name();
        }
        if (this == FOREIGN_PERMANENT_RESIDENT && number.length() == 18
                && ResidentIdNumber.checkChar(number.substring(0, 17)) != number.charAt(17)) {
            return "error.idNumber.checksum";
        }
        return null;
    }

    /**
     * What the blind index is taken over: the resident ID number alone (as every report before kept it, so earlier
     * reports still match), any other document with its type, so a passport number never meets a permit's.
     */
    public String indexed(String number) {
        return this == RESIDENT_ID ? number : name() + ":" + number;
    }
}
