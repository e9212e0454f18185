package cn.gov.yongzhou.qingfeng.notify;

import cn.gov.yongzhou.qingfeng.casework.CaseAction;
import cn.gov.yongzhou.qingfeng.casework.CaseChased;
import cn.gov.yongzhou.qingfeng.casework.CaseFile;
import cn.gov.yongzhou.qingfeng.casework.DeadlineStage;
import cn.gov.yongzhou.qingfeng.category.Category;
import cn.gov.yongzhou.qingfeng.directory.Unit;
import cn.gov.yongzhou.qingfeng.directory.UnitHead;
import cn.gov.yongzhou.qingfeng.directory.UnitKind;
import cn.gov.yongzhou.qingfeng.intake.Report;
import cn.gov.yongzhou.qingfeng.shared.PortalConfig;
import cn.gov.yongzhou.qingfeng.shared.web.Messages;
import cn.gov.yongzhou.qingfeng.shared.web.TemplateText;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * 催办 and 督办 by mail. A reminder goes to the body that must act on the limit (the handling unit during the
 * verification, the discipline body otherwise); an escalation also to the supervision office and the head of that
 * body; a record against the unit to the supervision office. The mail names the receipt number, the category, the
 * limit and a link to the desk: never the report's content or the reporter.
 */
@ApplicationScoped
public class ChaseMail {

    /** What a chase mail says, in the template's terms. */
    public record Chase(String greetingKey, String reference, Category category, DeadlineStage stage, LocalDate dueOn,
            boolean provisional, String unitName, String url) {
    }

    /** Staff mail is in Chinese: it goes to government mailboxes. */
    private static final Locale STAFF = Messages.CHINESE;

    private final Emails emails;
    private final Notices notices;
    private final PortalConfig portal;
    private final Clock clock;

    ChaseMail(Emails emails, Notices notices, PortalConfig portal, Clock clock) {
        this.emails = emails;
        this.notices = notices;
        this.portal = portal;
        this.clock = clock;
    }

    void onCaseChased(@Observes CaseChased event) {
        CaseFile file = CaseFile.findById(event.caseId());
        Report report = Report.findById(event.reportId());
        Unit area = report.unit.area().orElse(null);
        Unit responsible = file.responsibleFor(event.stage(), report.unit).orElse(null);
        Set<String> to = new LinkedHashSet<>();
        Set<String> duty = new LinkedHashSet<>();
        if (event.step() == CaseAction.REMINDED) {
            add(to, responsible == null ? null : responsible.mailbox, responsible);
            addPhone(duty, responsible);
        } else {
            Unit.nearest(UnitKind.SUPERVISION_OFFICE, area).ifPresent(office -> {
                add(to, office.mailbox, office);
                addPhone(duty, office);
            });
            if (event.step() == CaseAction.ESCALATED && responsible != null) {
                add(to, responsible.mailbox, responsible);
                addPhone(duty, responsible);
                UnitHead.onDate(responsible, LocalDate.now(clock)).ifPresent(head -> add(to, head.mailbox, responsible));
            }
        }
        boolean unitDesk = (event.stage() == DeadlineStage.INVESTIGATION || event.stage() == DeadlineStage.UNIT_ACCEPTANCE)
                && event.step() == CaseAction.REMINDED;
        String desk = portal.publicUrl() + (unitDesk ? "/staff/unit-cases/" + file.id
                : event.step() == CaseAction.REMINDED ? "/staff/cases/" + file.id : "/staff/board");
        String greeting = "mail.chase." + event.step().name();
        Chase chase = new Chase(greeting, file.reference(), report.category, event.stage(), event.dueOn(),
                event.provisional(), responsible == null ? null : responsible.name, desk);
        String subject = Messages.get(STAFF, "mail.chase.subject." + event.step().name(), file.reference(),
                Messages.get(STAFF, TemplateText.keyOf(event.stage()) + ".staff"), event.dueOn());
        for (String recipient : to) {
            emails.queue(new Emails.Envelope(event.step().name(), null, file.id, recipient, subject, STAFF),
                    () -> Emails.Templates.chase(chase));
        }
        // the duty mobile gets the same in one line: the case reference (never the receipt number), the limit, the date; never the content
        String stage = Messages.get(STAFF, TemplateText.keyOf(event.stage()) + ".staff");
        for (String mobile : duty) {
            notices.staffText(event.step().name(), file.id, mobile, Messages.get(STAFF, "sms.chase."
                    + event.step().name(), file.reference(), stage, event.dueOn().toString()),
                    Notices.params("no", file.reference(), "stage", stage, "date", event.dueOn().toString()));
        }
    }

    private static void addPhone(Set<String> duty, Unit unit) {
        if (unit != null && unit.dutyPhone != null && !unit.dutyPhone.isBlank()) {
            duty.add(unit.dutyPhone.strip());
        }
    }

    private static void add(Set<String> to, String mailbox, Unit unit) {
        if (mailbox == null || mailbox.isBlank()) {
            // the admin's unit page shows the missing mailbox; the board shows the chase either way
            Log.infof("no mailbox for unit %s: chase mail not queued", unit.code);
            return;
        }
        to.add(mailbox.strip());
    }
}
