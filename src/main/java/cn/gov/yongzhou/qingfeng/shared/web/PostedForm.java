package cn.gov.yongzhou.qingfeng.shared.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** What a small form posted, kept to show again beside its errors (each already in the user's language). */
public record PostedForm(Map<String, String> values, Map<String, String> err) {

    public static PostedForm empty() {
        return new PostedForm(Map.of(), Map.of());
    }

    /** The values as posted ({@code field, value, field, value …}) with the first error of each field. */
    public static PostedForm of(FieldErrors errors, Locale locale, String... fieldsAndValues) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            values.put(fieldsAndValues[i], fieldsAndValues[i + 1] == null ? "" : fieldsAndValues[i + 1]);
        }
        Map<String, String> err = new LinkedHashMap<>();
        errors.all().forEach(e -> err.putIfAbsent(e.field(), errors.message(e, locale)));
        return new PostedForm(values, err);
    }

    /** {@code {form.v('field')}}: the posted value, or empty. */
    public String v(String field) {
        return values.getOrDefault(field, "");
    }
}
