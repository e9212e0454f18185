package cn.gov.yongzhou.qingfeng.shared.web;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.qute.EngineBuilder;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;

/** Gives every page the request's locale and the {@code m:} namespace for its text. */
@ApplicationScoped
public class TemplateText {

    /** Every template rendered during a request gets the request's locale as its {@code locale} attribute. */
    void configureEngine(@Observes EngineBuilder builder) {
        builder.addTemplateInstanceInitializer(TemplateText::setRequestLocale);
    }

    private static void setRequestLocale(TemplateInstance instance) {
        ManagedContext requestContext = Arc.container().requestContext();
        // an HTTP request, not only an active request context (a job or a test thread has one without a request)
        io.vertx.ext.web.RoutingContext current = requestContext.isActive()
                ? Arc.container().instance(io.quarkus.vertx.http.runtime.CurrentVertxRequest.class).get().getCurrent()
                : null;
        if (current == null) {
            return;
        }
        if (instance.getAttribute(TemplateInstance.LOCALE) == null) {
            instance.setAttribute(TemplateInstance.LOCALE, Arc.container().instance(RequestLocale.class).get().get());
        }
        io.quarkus.security.identity.SecurityIdentity identity = Arc.container()
                .instance(io.quarkus.security.identity.SecurityIdentity.class).get();
        if (StaffSessionTimeout.isSessionRequest(current.request(), identity)) {
            instance.setAttribute(STAFF_USER, identity.getPrincipal().getName());
        }
        String path = current.request().path();
        if (path != null && path.startsWith("/staff/") && identity != null && !identity.isAnonymous()) {
            Object locale = instance.getAttribute(TemplateInstance.LOCALE);
            instance.setAttribute(STAFF_SHELL, StaffShell.of(identity, path,
                    StaffSessionTimeout.isSessionRequest(current.request(), identity), Text.toLocale(locale)));
        }
    }

    /** Whether {@code page} names who is signed in (a staff member's header): a page for that person only. */
    public static boolean personal(TemplateInstance page) {
        return page.getAttribute(STAFF_USER) != null || page.getAttribute(STAFF_SHELL) != null;
    }

    /** The staff shell (who, role, body, navigation) of a staff page. */
    static final String STAFF_SHELL = "staffShell";

    /** The signed-in staff member of a staff page (code-flow session), for the header's sign-out link. */
    static final String STAFF_USER = "staffUser";

    private static final java.time.format.DateTimeFormatter MINUTES = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm");

    /** {@code {t.beijing}}: a moment as Yongzhou's clocks showed it. */
    @TemplateExtension
    static String beijing(java.time.OffsetDateTime at) {
        return at == null ? "" : at.atZoneSameInstant(cn.gov.yongzhou.qingfeng.shared.ClockProducer.ZONE).format(MINUTES);
    }

    /** {@code {t.beijingDay}}: the day of a moment as Yongzhou's calendars showed it. */
    @TemplateExtension
    static String beijingDay(java.time.OffsetDateTime at) {
        return at == null ? ""
                : at.atZoneSameInstant(cn.gov.yongzhou.qingfeng.shared.ClockProducer.ZONE).toLocalDate()
                        .toString();
    }

    /** {@code {t.iso}}: a moment for a {@code <time datetime>}, to the second (HTML allows at most milliseconds). */
    @TemplateExtension
    static String iso(java.time.OffsetDateTime at) {
        return at == null ? ""
                : at.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                        .format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** {@code {state.label}}: an enum constant in words, from the key {@code enumType.CONSTANT}. */
    @TemplateExtension
    static String label(Enum<?> value, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return Messages.get(Text.toLocale(locale), keyOf(value));
    }

    /** {@code {state.explain}}: the longer explanation of an enum constant, key {@code enumType.CONSTANT.explain}. */
    @TemplateExtension
    static String explain(Enum<?> value, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return Messages.get(Text.toLocale(locale), keyOf(value) + ".explain");
    }

    /**
     * {@code {stage.staffLabel}}: the words staff read, key {@code enumType.CONSTANT.staff}, where the plain label
     * speaks to the reporter ("告知您处理结果" becomes "告知举报人处理结果").
     */
    @TemplateExtension
    static String staffLabel(Enum<?> value, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return Messages.get(Text.toLocale(locale), keyOf(value) + ".staff");
    }

    /**
     * {@code {action.forStaff}}: the staff's words where the plain label speaks to the reporter (key
     * {@code enumType.CONSTANT.staff}: "回执已发送到您的邮箱" becomes "已向举报人发送回执"), else the plain label.
     */
    @TemplateExtension
    static String forStaff(Enum<?> value, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        java.util.Locale in = Text.toLocale(locale);
        String key = keyOf(value) + ".staff";
        String words = Messages.get(in, key);
        return words.equals(key) ? Messages.get(in, keyOf(value)) : words;
    }

    /** {@code {category.hint}}: the short hint shown beside a choice, key {@code enumType.CONSTANT.hint}. */
    @TemplateExtension
    static String hint(Enum<?> value, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return Messages.get(Text.toLocale(locale), keyOf(value) + ".hint");
    }

    public static String keyOf(Enum<?> value) {
        String type = value.getDeclaringClass().getSimpleName();
        return Character.toLowerCase(type.charAt(0)) + type.substring(1) + "." + value.name();
    }

    /** {@code {x.local}}: the name in the page's language. */
    @TemplateExtension
    static String local(Bilingual named, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return named.in(Text.toLocale(locale));
    }

    @TemplateExtension(namespace = "m")
    public static class Text {

        /** {@code {m:t('form.title')}}: the message in the page's language. */
        static String t(String key, @TemplateExtension.TemplateAttribute("locale") Object locale) {
            return Messages.get(toLocale(locale), key);
        }

        /** {@code {m:opt('prefix', name)}}: the message prefix.name if the bundle has it, else empty (an optional text). */
        static String opt(String prefix, String name, @TemplateExtension.TemplateAttribute("locale") Object locale) {
            String key = prefix + "." + name;
            java.util.ResourceBundle bundle = Messages.bundle(toLocale(locale));
            return bundle.containsKey(key) ? bundle.getString(key) : "";
        }

        /** {@code {m:f2('key', a, b)}}: a message with two arguments. */
        static String f2(String key, Object a, Object b, @TemplateExtension.TemplateAttribute("locale") Object locale) {
            return Messages.get(toLocale(locale), key, a, b);
        }

        /** {@code {m:f('key', arg)}}: a message with one argument. */
        static String f(String key, Object arg, @TemplateExtension.TemplateAttribute("locale") Object locale) {
            return Messages.get(toLocale(locale), key, arg);
        }

        /** {@code {m:staffUser}}: who is signed in on this staff page, or null on any other page. */
        static String staffUser(@TemplateExtension.TemplateAttribute(STAFF_USER) Object user) {
            return user == null ? null : user.toString();
        }

        /** {@code {m:shell}}: the staff shell of a staff page, or null on a citizen's page. */
        static StaffShell shell(@TemplateExtension.TemplateAttribute(STAFF_SHELL) Object shell) {
            return shell instanceof StaffShell s ? s : null;
        }

        /** {@code {m:actor(e.actor)}}: who did a step, in words (a name and role, the system, the reporter). */
        static String actor(String actor, @TemplateExtension.TemplateAttribute("locale") Object locale) {
            StaffDirectory directory = StaffDirectory.current();
            return directory == null ? actor : directory.actor(actor, toLocale(locale));
        }

        /** {@code {m:logDetail(e.detail)}}: a security log entry's detail in the page's language where it is a known form. */
        static String logDetail(String detail, @TemplateExtension.TemplateAttribute("locale") Object locale) {
            return LogDetails.inWords(detail, toLocale(locale));
        }

        /** {@code {m:adminSubject(c.subject)}}: what an admin log entry is about, in words. */
        static String adminSubject(String subject, @TemplateExtension.TemplateAttribute("locale") Object locale) {
            return AdminWords.subject(subject, toLocale(locale));
        }

        /** {@code {m:adminDetail(c.detail)}}: an admin log entry's detail, its field names and codes in words. */
        static String adminDetail(String detail, @TemplateExtension.TemplateAttribute("locale") Object locale) {
            return AdminWords.detail(detail, toLocale(locale));
        }

        /** {@code {m:en}}: whether the page is in English. */
        static boolean en(@TemplateExtension.TemplateAttribute("locale") Object locale) {
            return Messages.isEnglish(toLocale(locale));
        }

        static Locale toLocale(Object value) {
            if (value instanceof Locale l) {
                return l;
            }
            return value == null ? Messages.CHINESE : Locale.forLanguageTag(value.toString());
        }
    }
}
