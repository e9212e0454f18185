package cn.gov.yongzhou.qingfeng.notify;

import cn.gov.yongzhou.qingfeng.casework.CaseMoved;
import cn.gov.yongzhou.qingfeng.casework.Transition;
import cn.gov.yongzhou.qingfeng.intake.Report;
import cn.gov.yongzhou.qingfeng.shared.PortalConfig;
import cn.gov.yongzhou.qingfeng.shared.web.Messages;
import cn.gov.yongzhou.qingfeng.shared.web.TemplateText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Tells a reporter who gave an email address that their report was accepted, not accepted, passed on, or
 * concluded. The mail says only the receipt number and the new status: the content stays behind the query
 * password, and nothing goes to any unit.
 */
@ApplicationScoped
public class ReporterMail {

    /** The steps a reporter is told of by mail. */
    static final Set<Transition> TOLD = EnumSet.of(Transition.ACCEPT, Transition.REJECT, Transition.TRANSFER,
            Transition.APPROVE, Transition.UPHOLD);

    private final Emails emails;
    private final PortalConfig portal;

    ReporterMail(Emails emails, PortalConfig portal) {
        this.emails = emails;
        this.portal = portal;
    }

    void onCaseMoved(@Observes CaseMoved event) {
        if (!TOLD.contains(event.transition())) {
            return;
        }
        Report report = Report.findById(event.reportId());
        if (report == null || report.reporterEmail == null) {
            return;
        }
        Locale locale = Locale.forLanguageTag(report.locale);
        String status = Messages.get(locale, TemplateText.keyOf(event.state()));
        String explanation = Messages.get(locale, TemplateText.keyOf(event.state()) + ".explain");
        String trackUrl = portal.publicUrl() + "/track?receipt=" + report.receiptNo;
        emails.queue(new Emails.Envelope("STATUS", report.id, event.caseId(), report.reporterEmail,
                Messages.get(locale, "mail.status.subject", report.receiptNo, status), locale),
                () -> Emails.Templates.status(report.receiptNo, status, explanation, trackUrl));
    }
}
