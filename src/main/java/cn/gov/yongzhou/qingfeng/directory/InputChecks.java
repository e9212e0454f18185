package cn.gov.yongzhou.qingfeng.directory;

import cn.gov.yongzhou.qingfeng.shared.web.FieldErrors;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

/** How the directory's admin forms check what was typed: each check notes its error and gives the cleaned value. */
final class InputChecks {

    private static final Pattern MAILBOX = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

    private InputChecks() {
    }

    static String clean(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        return v.isEmpty() ? null : v;
    }

    static String upper(String value) {
        String v = clean(value);
        return v == null ? null : v.toUpperCase(Locale.ROOT);
    }

    static String required(FieldErrors errors, String field, String value, int max) {
        return required(errors, field, "dir.error." + field + ".required", value, max);
    }

    static String required(FieldErrors errors, String field, String key, String value, int max) {
        String v = clean(value);
        if (v == null) {
            errors.add(field, key);
        } else if (v.length() > max) {
            errors.add(field, "error.tooLong", max);
        }
        return v;
    }

    static String optional(FieldErrors errors, String field, String value, int max) {
        String v = clean(value);
        if (v != null && v.length() > max) {
            errors.add(field, "error.tooLong", max);
        }
        return v;
    }

    static String mailbox(FieldErrors errors, String field, String value) {
        String v = clean(value);
        if (v != null && (v.length() > 200 || !MAILBOX.matcher(v).matches())) {
            errors.add(field, "error.email.format");
        }
        return v;
    }

    static LocalDate date(FieldErrors errors, String field, String value, boolean required) {
        String v = clean(value);
        if (v == null) {
            if (required) {
                errors.add(field, "dir.error." + field + ".required");
            }
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            errors.add(field, "dir.error.date.format");
            return null;
        }
    }
}
