package cn.gov.yongzhou.qingfeng.notify;

import cn.gov.yongzhou.qingfeng.notify.sms.SmsConfig;
import cn.gov.yongzhou.qingfeng.shared.web.Messages;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.Variant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Writes notices into the outbox, one row per channel, in the caller's transaction: a text message rendered short
 * and signed (with its parameters for a template gateway), a mail in text and html. Nothing here decides who is
 * told: that is {@link ReporterNotices}'s and {@link ChaseMail}'s.
 */
@ApplicationScoped
public class Notices {

    @CheckedTemplate(basePath = "Emails")
    static class Templates {
        static native TemplateInstance notice(String receiptNo, String lead, String toReporter, String trackUrl);
    }

    private final Clock clock;
    private final SmsConfig sms;
    private final ObjectMapper json;

    Notices(Clock clock, SmsConfig sms, ObjectMapper json) {
        this.clock = clock;
        this.sms = sms;
        this.json = json;
    }

    /**
     * A text message: {@code 【签名】} and the template's words with {@code params} in order (the receipt number and
     * the tracking address first, then what the template adds).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public OutboxMessage text(Template template, Long reportId, Long caseId, String mobile, Locale locale,
            String tellsStage, Map<String, String> params) {
        OutboxMessage m = new OutboxMessage();
        m.channel = NoticeChannel.SMS;
        m.kind = template.name();
        m.reportId = reportId;
        m.caseId = caseId;
        m.recipient = mobile;
        m.body = render(template, locale, params);
        try {
            m.params = json.writeValueAsString(params);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        m.tellsStage = tellsStage;
        m.nextAttemptAt = OffsetDateTime.now(clock);
        m.persist();
        return m;
    }

    /**
     * A text to staff (a unit's duty mobile): {@code kind} names it in the outbox (and the template a cloud gateway
     * uses), {@code words} are already in the recipient's language.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public OutboxMessage staffText(String kind, Long caseId, String mobile, String words, Map<String, String> params) {
        OutboxMessage m = new OutboxMessage();
        m.channel = NoticeChannel.SMS;
        m.kind = kind;
        m.caseId = caseId;
        m.recipient = mobile;
        m.body = "【" + sms.signature() + "】" + words;
        try {
            m.params = json.writeValueAsString(params);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        m.nextAttemptAt = OffsetDateTime.now(clock);
        m.persist();
        return m;
    }

    /** The text as the handset shows it. */
    public String render(Template template, Locale locale, Map<String, String> params) {
        return "【" + sms.signature() + "】" + Messages.get(locale, "sms." + template.name(),
                params.values().toArray());
    }

    /** A reporter's mail: the same notice in more words, with the text the inspector wrote for them. */
    @Transactional(Transactional.TxType.MANDATORY)
    public OutboxMessage mail(Template template, Long reportId, Long caseId, String email, Locale locale,
            String tellsStage, String receiptNo, String trackUrl, String toReporter, Object... leadArgs) {
        String lead = Messages.get(locale, "mail.notice." + template.name(), leadArgs);
        OutboxMessage m = mail(new Emails.Envelope(template.name(), reportId, caseId, email,
                Messages.get(locale, "mail.notice.subject." + template.name(), receiptNo), locale),
                () -> Templates.notice(receiptNo, lead, toReporter, trackUrl));
        m.tellsStage = tellsStage;
        return m;
    }

    /** Renders both variants of a mail and queues it; {@code message} gives a fresh instance each call. */
    @Transactional(Transactional.TxType.MANDATORY)
    OutboxMessage mail(Emails.Envelope envelope, java.util.function.Supplier<TemplateInstance> message) {
        OutboxMessage m = new OutboxMessage();
        m.channel = NoticeChannel.MAIL;
        m.kind = envelope.kind();
        m.reportId = envelope.reportId();
        m.caseId = envelope.caseId();
        m.recipient = envelope.recipient();
        m.subject = envelope.subject();
        m.body = message.get().setLocale(envelope.locale()).setVariant(Variant.forContentType("text/plain")).render();
        m.html = message.get().setLocale(envelope.locale()).setVariant(Variant.forContentType(Variant.TEXT_HTML))
                .render();
        m.nextAttemptAt = OffsetDateTime.now(clock);
        m.persist();
        return m;
    }

    static Map<String, String> params(String... keysAndValues) {
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            params.put(keysAndValues[i], keysAndValues[i + 1] == null ? "" : keysAndValues[i + 1]);
        }
        return params;
    }
}
