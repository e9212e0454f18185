package cn.gov.yongzhou.qingfeng.shared.web;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The text users read, from {@code messages/msg.properties} (简体中文, the default) and
 * {@code messages/msg_en.properties}. Templates reach it through {@code {m:t('key')}}.
 */
public final class Messages {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(CHINESE, ENGLISH);

    private static final String BUNDLE = "messages.msg";
    // no fallback to the JVM's own locale: Chinese is the root bundle whatever the server's settings
    private static final ResourceBundle.Control CONTROL = ResourceBundle.Control
            .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    public static ResourceBundle bundle(Locale locale) {
        Locale effective = isEnglish(locale) ? ENGLISH : Locale.ROOT;
        return ResourceBundle.getBundle(BUNDLE, effective, CONTROL);
    }

    public static boolean isEnglish(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    public static String get(Locale locale, String key, Object... args) {
        String pattern;
        try {
            pattern = bundle(locale).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        if (args.length == 0) {
            return pattern;
        }
        // numbers as plain digits ("3000", not "3,000"): limits and counts read better without grouping
        Object[] plain = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            plain[i] = args[i] instanceof Number ? String.valueOf(args[i]) : args[i];
        }
        return new MessageFormat(pattern, locale).format(plain);
    }
}
