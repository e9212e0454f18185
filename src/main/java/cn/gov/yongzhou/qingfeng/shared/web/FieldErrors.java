package cn.gov.yongzhou.qingfeng.shared.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Validation errors per form field, as message keys, rendered in the user's language. */
public final class FieldErrors {

    private final Map<String, List<Error>> byField = new LinkedHashMap<>();

    public record Error(String field, String key, Object[] args) {
    }

    public FieldErrors add(String field, String key, Object... args) {
        byField.computeIfAbsent(field, f -> new ArrayList<>()).add(new Error(field, key, args));
        return this;
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public List<Error> all() {
        return byField.values().stream().flatMap(List::stream).toList();
    }

    /** The first message for a field in the given language, or null (templates show it beside the field). */
    public String message(String field, Locale locale) {
        List<Error> errors = byField.get(field);
        if (errors == null) {
            return null;
        }
        Error e = errors.get(0);
        return Messages.get(locale, e.key(), e.args());
    }

    public String message(Error e, Locale locale) {
        return Messages.get(locale, e.key(), e.args());
    }
}
