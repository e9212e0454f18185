package cn.gov.yongzhou.qingfeng.admin;

import cn.gov.yongzhou.qingfeng.shared.web.FieldErrors;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The one form on an admin page that was just posted and refused: which form ({@code name}, and {@code target}
 * for a form repeated per row), what the admin typed, and the message beside each field to correct. Every other
 * form on the page shows what is stored ({@link #NONE}).
 */
public record AdminForm(String name, Long target, Map<String, String> values, Map<String, String> err) {

    public static final AdminForm NONE = new AdminForm("", null, Map.of(), Map.of());

    static AdminForm refused(String name, Long target, Map<String, String> values, FieldErrors errors,
            Locale locale) {
        Map<String, String> err = new LinkedHashMap<>();
        errors.all().forEach(e -> err.putIfAbsent(e.field(), errors.message(e, locale)));
        Map<String, String> typed = new LinkedHashMap<>();
        values.forEach((k, v) -> typed.put(k, v == null ? "" : v));
        return new AdminForm(name, target, typed, err);
    }

    /** This form if it is the one posted, else {@link #NONE}. */
    public AdminForm at(String form) {
        return name.equals(form) && target == null ? this : NONE;
    }

    public AdminForm at(String form, Long id) {
        return name.equals(form) && Objects.equals(target, id) ? this : NONE;
    }

    public boolean posted() {
        return this != NONE && !name.isEmpty();
    }

    /** What the admin typed into the field if this form was posted, else what is stored. */
    public String value(String field, Object stored) {
        if (posted()) {
            return values.getOrDefault(field, "");
        }
        return stored == null ? "" : stored.toString();
    }

    public String value(String field) {
        return value(field, null);
    }

    /** A checkbox: as posted (absent means unticked), else as stored. */
    public boolean checked(String field, boolean stored) {
        return posted() ? "true".equals(values.get(field)) : stored;
    }

    public boolean invalid(String field) {
        return err.containsKey(field);
    }

    public String error(String field) {
        return err.get(field);
    }
}
