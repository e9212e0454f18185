package cn.gov.yongzhou.qingfeng.notify;

import cn.gov.yongzhou.qingfeng.intake.ReportReceived;
import cn.gov.yongzhou.qingfeng.shared.PortalConfig;
import cn.gov.yongzhou.qingfeng.shared.web.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;

/** Queues the receipt mail when a report with an email address is stored, in the same transaction. */
@ApplicationScoped
public class ReceiptMail {

    private final Emails emails;
    private final PortalConfig portal;

    ReceiptMail(Emails emails, PortalConfig portal) {
        this.emails = emails;
        this.portal = portal;
    }

    void onReportReceived(@Observes ReportReceived event) {
        if (event.email() == null) {
            return;
        }
        Locale locale = Locale.forLanguageTag(event.locale());
        String trackUrl = portal.publicUrl() + "/track?receipt=" + event.receiptNo();
        emails.queue(new Emails.Envelope("RECEIPT", event.reportId(), null, event.email(),
                Messages.get(locale, "mail.receipt.subject", event.receiptNo()), locale),
                () -> Emails.Templates.receipt(event.receiptNo(), event.password(), trackUrl));
    }
}
