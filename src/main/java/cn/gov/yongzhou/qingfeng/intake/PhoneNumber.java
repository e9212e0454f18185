package cn.gov.yongzhou.qingfeng.intake;

import java.util.regex.Pattern;

/**
 * A contact number the rules accept for a real-name report: a mainland mobile, or a landline (固定电话) with its
 * area code, optionally an extension. Kept as typed digits: 13912345678, 0746-8221234, 0746-8221234-806.
 */
final class PhoneNumber {

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    /** Area code 0 + 2 or 3 digits (010, 0746), a local number of 7 or 8 digits not starting with 0 or 1, extension. */
    private static final Pattern LANDLINE = Pattern.compile("(0\\d{2,3})-?([2-9]\\d{6,7})(?:(?:-|转|ext\\.?|#)(\\d{1,6}))?");

    private PhoneNumber() {
    }

    /** The number in its stored form, or null when it is neither a mobile nor a landline with area code. */
    static String normalize(String raw) {
        String mobile = TypedText.mobile(raw);
        if (MOBILE.matcher(mobile).matches()) {
            return mobile;
        }
        String compact = TypedText.compact(raw).replaceFirst("^(\\+|00)86-?0?(?=[1-9])", "0")
                .toLowerCase(java.util.Locale.ROOT);
        var m = LANDLINE.matcher(compact);
        if (!m.matches()) {
            return null;
        }
        return m.group(1) + "-" + m.group(2) + (m.group(3) == null ? "" : "-" + m.group(3));
    }

    static boolean isMobile(String normalized) {
        return normalized != null && MOBILE.matcher(normalized).matches();
    }
}
