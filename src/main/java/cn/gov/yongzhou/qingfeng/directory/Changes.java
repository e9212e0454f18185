package cn.gov.yongzhou.qingfeng.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The fields a change actually changes, as "field: old → new" for the admin log. */
final class Changes {

    private final List<String> parts = new ArrayList<>();

    Changes field(String name, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            parts.add(name + ": " + Optional.ofNullable(before).orElse("—") + " → "
                    + Optional.ofNullable(after).orElse("—"));
        }
        return this;
    }

    boolean isEmpty() {
        return parts.isEmpty();
    }

    @Override
    public String toString() {
        return String.join(", ", parts);
    }

    /** The admin log's "field: value" summary of something created; empty values left out. */
    static String describe(Object... pairs) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                parts.add(pairs[i] + ": " + pairs[i + 1]);
            }
        }
        return String.join(", ", parts);
    }

    /** The admin log's subject_ref holds 80 characters; a user name may have 100. */
    static String ref(String value) {
        return value.length() <= 80 ? value : value.substring(0, 80);
    }
}
