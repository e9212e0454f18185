package cn.gov.yongzhou.qingfeng.notify;

import cn.gov.yongzhou.qingfeng.intake.ReportReceived;
import cn.gov.yongzhou.qingfeng.shared.PortalConfig;
import cn.gov.yongzhou.qingfeng.shared.web.Messages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Locale;

/** Queues the receipt mail when a report with an email address is stored, in the same transaction. */
@ApplicationScoped
public class ReceiptMail {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance receipt(String receiptNo, String password, String trackUrl);
    }

    private final Clock clock;
    private final PortalConfig portal;

    ReceiptMail(Clock clock, PortalConfig portal) {
        this.clock = clock;
        this.portal = portal;
    }

    void onReportReceived(@Observes ReportReceived event) {
        if (event.email() == null) {
            return;
        }
        Locale locale = Locale.forLanguageTag(event.locale());
        OutboxMessage message = new OutboxMessage();
        message.kind = "RECEIPT";
        message.reportId = event.reportId();
        message.recipient = event.email();
        message.subject = Messages.get(locale, "mail.receipt.subject", event.receiptNo());
        message.body = Templates.receipt(event.receiptNo(), event.password(), portal.publicUrl() + "/track?receipt="
                + event.receiptNo()).setLocale(locale).render();
        message.nextAttemptAt = OffsetDateTime.now(clock);
        message.persist();
    }
}
