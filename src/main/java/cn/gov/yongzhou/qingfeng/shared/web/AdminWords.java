package cn.gov.yongzhou.qingfeng.shared.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The admin log is written once in a stable form the audit chain seals ("kind: CITY_DEPARTMENT, parent: LL",
 * "ACCEPTANCE/PETTY_CORRUPTION", "off 11, work 2"); the pages say it in words: a field's name as the form
 * labels it, a code of a known list as its label. Unit codes, dates and what an administrator typed stay as written.
 */
final class AdminWords {

    /** The lists whose codes appear in admin log entries, by their message key prefix. */
    private static final List<String> LISTS = List.of("unitKind", "category", "subcategory", "deadlineStage", "dayKind",
            "adminAction", "handling", "routeTarget", "channel");

    private static final Pattern FIELD = Pattern.compile("(?<![\\w-])([a-z][a-z_]*|[a-z]+[A-Z]\\w*): ");
    private static final Pattern CODE = Pattern.compile("(?<![\\w-])[A-Z][A-Z0-9]*(_[A-Z0-9]+)*(?![\\w-])");
    private static final Pattern DAY_KIND = Pattern.compile("(?<![\\w-])(off|work)(?![\\w-])");
    private static final Pattern YES_NO = Pattern.compile("(?<![\\w-])(true|false)(?![\\w-])");
    private static final Map<Locale, Map<String, String>> LABELS = new ConcurrentHashMap<>();

    private AdminWords() {
    }

    /** What an admin log entry is about ("unit", "deadlinePolicy") in words. */
    static String subject(String subject, Locale locale) {
        return subject == null ? "" : optional(locale, "admin.subject." + subject).orElse(subject);
    }

    /** An admin log detail in words. */
    static String detail(String detail, Locale locale) {
        if (detail == null || detail.isBlank()) {
            return "";
        }
        boolean english = Messages.isEnglish(locale);
        String out = replace(FIELD, detail, m -> optional(locale, "admin.field." + m.group(1))
                .map(label -> label + (english ? ": " : "：")).orElse(m.group()));
        out = replace(CODE, out, m -> labels(locale).getOrDefault(m.group(), m.group()));
        out = replace(YES_NO, out, m -> Messages.get(locale, "admin.yesNo." + m.group(1)));
        return replace(DAY_KIND, out, m -> Messages.get(locale, "admin.cal." + m.group(1)));
    }

    private static String replace(Pattern pattern, String text, java.util.function.Function<Matcher, String> by) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(by.apply(m)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Map<String, String> labels(Locale locale) {
        return LABELS.computeIfAbsent(locale, l -> {
            Map<String, String> labels = new ConcurrentHashMap<>();
            ResourceBundle bundle = Messages.bundle(l);
            for (String key : bundle.keySet()) {
                int dot = key.indexOf('.');
                if (dot <= 0 || !LISTS.contains(key.substring(0, dot))) {
                    continue;
                }
                String rest = key.substring(dot + 1);
                if (rest.indexOf('.') < 0) {
                    labels.putIfAbsent(rest, bundle.getString(key));
                } else if (rest.endsWith(".staff") && rest.indexOf('.') == rest.length() - ".staff".length()) {
                    labels.put(rest.substring(0, rest.indexOf('.')), bundle.getString(key)); // staff wording wins
                }
            }
            return labels;
        });
    }

    private static java.util.Optional<String> optional(Locale locale, String key) {
        try {
            return java.util.Optional.of(Messages.bundle(locale).getString(key));
        } catch (MissingResourceException e) {
            return java.util.Optional.empty();
        }
    }
}
