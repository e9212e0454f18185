package cn.gov.yongzhou.qingfeng.notify;

import cn.gov.yongzhou.qingfeng.casework.CaseMoved;
import cn.gov.yongzhou.qingfeng.casework.DeadlineStage;
import cn.gov.yongzhou.qingfeng.casework.LimitExtended;
import cn.gov.yongzhou.qingfeng.casework.RejectionGround;
import cn.gov.yongzhou.qingfeng.intake.ReportReceived;
import cn.gov.yongzhou.qingfeng.intake.ReporterContacts;
import cn.gov.yongzhou.qingfeng.shared.PortalConfig;
import cn.gov.yongzhou.qingfeng.shared.web.Messages;
import cn.gov.yongzhou.qingfeng.shared.web.TemplateText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;
import java.util.Map;

/**
 * What the reporter hears from us, in the transaction of what happened: the receipt, whether the report was accepted
 * (or not, or passed on, with the reasons written for them), a longer limit, the result, the invitation to rate.
 * A text message goes to the mobile unless the reporter chose mail; a mail goes to the address they gave. Notices name
 * the receipt number and the tracking address: never the narrative, the accused or the reporter.
 */
@ApplicationScoped
public class ReporterNotices {

    private final Notices notices;
    private final Emails emails;
    private final ReporterContacts contacts;
    private final PortalConfig portal;

    ReporterNotices(Notices notices, Emails emails, ReporterContacts contacts, PortalConfig portal) {
        this.notices = notices;
        this.emails = emails;
        this.contacts = contacts;
        this.portal = portal;
    }

    void onReportReceived(@Observes ReportReceived event) {
        ReporterContacts.Contact contact = contacts.of(event.reportId()).orElse(null);
        if (contact == null) {
            return; // an anonymous report: the receipt and password on the screen are all there is
        }
        Locale locale = Locale.forLanguageTag(event.locale());
        if (event.email() != null) {
            // the query password travels only here, in the mail the reporter asked for, never in a text
            String trackUrl = portal.publicUrl() + "/track?receipt=" + event.receiptNo();
            emails.queue(new Emails.Envelope(Template.RECEIPT.name(), event.reportId(), null, event.email(),
                    Messages.get(locale, "mail.receipt.subject", event.receiptNo()), locale),
                    () -> Emails.Templates.receipt(event.receiptNo(), event.password(), trackUrl));
        }
        if (texts(contact)) {
            notices.text(Template.RECEIPT, event.reportId(), null, contact.mobile(), locale, null,
                    Notices.params("no", event.receiptNo(), "url", trackUrl()));
        }
    }

    void onCaseMoved(@Observes CaseMoved event) {
        Template template = switch (event.transition()) {
            case ACCEPT -> Template.ACCEPTED;
            case REJECT -> Template.REJECTED;
            case TRANSFER -> Template.TRANSFERRED;
            case APPROVE, UPHOLD, CONCLUDE_INQUIRY, DISMISS, REFER -> Template.RESULT;
            case CLOSE -> Template.RATE;
            default -> null;
        };
        if (template == null) {
            return;
        }
        DeadlineStage tells = event.transition().tells();
        tell(template, event.reportId(), event.caseId(), tells, event.toReporter(), null, event.ground(), event.channel());
    }

    void onLimitExtended(@Observes LimitExtended event) {
        tell(Template.EXTENDED, event.reportId(), event.caseId(), null, event.toReporter(), event.newDue().toString(),
                null, null);
    }

    private void tell(Template template, long reportId, long caseId, DeadlineStage tells, String written,
            String newDate, RejectionGround ground, String channel) {
        ReporterContacts.Contact contact = contacts.of(reportId).orElse(null);
        if (contact == null) {
            return;
        }
        Locale locale = Locale.forLanguageTag(contact.locale());
        String toReporter = withGround(locale, ground, channel, written);
        String stage = tells == null ? null : tells.name();
        String reason = toReporter != null ? toReporter
                : Messages.get(locale,
                        template == Template.EXTENDED ? "notice.reason.extended" : "notice.reason.online");
        if (contact.email() != null) {
            notices.mail(template, reportId, caseId, contact.email(), locale, stage, contact.receiptNo(),
                    portal.publicUrl() + "/track?receipt=" + contact.receiptNo(), toReporter, contact.receiptNo(),
                    newDate == null ? "" : newDate);
        }
        if (texts(contact)) {
            Map<String, String> params = Notices.params("no", contact.receiptNo(), "url", trackUrl());
            if (template == Template.REJECTED || template == Template.TRANSFERRED) {
                params.put("reason", reason);
            } else if (template == Template.EXTENDED) {
                params.put("date", newDate);
                params.put("reason", reason);
            }
            notices.text(template, reportId, caseId, contact.mobile(), locale, stage, params);
        }
    }

    /** A refusal says its ground and where to turn, before whatever else the inspector wrote. */
    private static String withGround(Locale locale, RejectionGround ground, String channel, String written) {
        if (ground == null) {
            return written;
        }
        StringBuilder text = new StringBuilder(Messages.get(locale, "notice.ground",
                Messages.get(locale, TemplateText.keyOf(ground))));
        if (channel != null) {
            text.append(Messages.get(locale, "notice.channel", channel));
        }
        if (written != null) {
            text.append(' ').append(written);
        }
        return text.toString();
    }

    /** A text goes to every reporter's mobile except to one who asked to be told by mail (and gave an address). */
    private static boolean texts(ReporterContacts.Contact contact) {
        return contact.mobile() != null && !("EMAIL".equals(contact.preference()) && contact.email() != null);
    }

    private String trackUrl() {
        return portal.publicUrl() + "/track";
    }
}
