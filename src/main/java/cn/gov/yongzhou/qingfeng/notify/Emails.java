package cn.gov.yongzhou.qingfeng.notify;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
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

        static native TemplateInstance chase(ChaseMail.Chase chase);

        static native TemplateInstance document(String receiptNo, String kind, String number, String trackUrl);
    }

    /** Who a mail is about and for: its kind, the report or case it concerns (either may be null). */
    record Envelope(String kind, Long reportId, Long caseId, String recipient, String subject, Locale locale) {
    }

    private final Notices notices;

    Emails(Notices notices) {
        this.notices = notices;
    }

    /** Renders both variants of a message and queues it; {@code message} gives a fresh instance each call. */
    @Transactional(Transactional.TxType.MANDATORY)
    OutboxMessage queue(Envelope envelope, Supplier<TemplateInstance> message) {
        return notices.mail(envelope, message);
    }
}
