package cn.gov.yongzhou.qingfeng.notify;

import cn.gov.yongzhou.qingfeng.documents.DocumentIssued;
import cn.gov.yongzhou.qingfeng.intake.Report;
import cn.gov.yongzhou.qingfeng.shared.PortalConfig;
import cn.gov.yongzhou.qingfeng.shared.web.Messages;
import cn.gov.yongzhou.qingfeng.shared.web.TemplateText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;

/**
 * Tells a reporter who gave an email address that a document addressed to them was issued, and where to read it:
 * the tracking page, behind the receipt number and query password. The mail names the kind and its number, never
 * its content, and carries no attachment.
 */
@ApplicationScoped
public class DocumentMail {

    private final Emails emails;
    private final PortalConfig portal;

    DocumentMail(Emails emails, PortalConfig portal) {
        this.emails = emails;
        this.portal = portal;
    }

    void onDocumentIssued(@Observes DocumentIssued event) {
        if (!event.kind().forReporter()) {
            return;
        }
        Report report = Report.findById(event.reportId());
        if (report == null || report.reporterEmail == null) {
            return;
        }
        Locale locale = Locale.forLanguageTag(report.locale);
        String kind = Messages.get(locale, TemplateText.keyOf(event.kind()));
        String trackUrl = portal.publicUrl() + "/track?receipt=" + report.receiptNo;
        emails.queue(new Emails.Envelope("DOCUMENT", report.id, event.caseId(), report.reporterEmail,
                Messages.get(locale, "mail.document.subject", report.receiptNo, kind), locale),
                () -> Emails.Templates.document(report.receiptNo, kind, event.number(), trackUrl));
    }
}
