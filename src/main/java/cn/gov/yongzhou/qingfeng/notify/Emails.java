package cn.gov.yongzhou.qingfeng.notify;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.Variant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Every mail the portal sends: one text and one html template per message ({@code templates/Emails/*.txt|html}),
 * rendered in the recipient's language and written to the outbox in the caller's transaction.
 */
@ApplicationScoped
public class Emails {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance receipt(String receiptNo, String password, String trackUrl);

        static native TemplateInstance status(String receiptNo, String status, String explanation, String trackUrl);

        static native TemplateInstance chase(ChaseMail.Chase chase);

        static native TemplateInstance document(String receiptNo, String kind, String number, String trackUrl);
    }

    /** Who a mail is about and for: its kind, the report or case it concerns (either may be null). */
    record Envelope(String kind, Long reportId, Long caseId, String recipient, String subject, Locale locale) {
    }

    private final Clock clock;

    Emails(Clock clock) {
        this.clock = clock;
    }

    /** Renders both variants of a message and queues it; {@code message} gives a fresh instance each call. */
    @Transactional(Transactional.TxType.MANDATORY)
    OutboxMessage queue(Envelope envelope, Supplier<TemplateInstance> message) {
        OutboxMessage m = new OutboxMessage();
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
}
