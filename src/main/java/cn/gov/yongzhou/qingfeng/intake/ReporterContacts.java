package cn.gov.yongzhou.qingfeng.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * The read model of how to reach a report's reporter, for notify: nothing of the report's content, only the receipt
 * number a notice names, where it may go, and in which language. Empty once retention erased the personal data, and for an
 * anonymous report (nobody to reach).
 */
@ApplicationScoped
public class ReporterContacts {

    /** {@code preference}: PHONE, SMS or EMAIL, as the reporter chose on the form. */
    public record Contact(String receiptNo, String mobile, String email, String preference, String locale) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Contact> of(long reportId) {
        Report report = Report.findById(reportId);
        if (report == null || report.anonymisedAt != null || report.anonymous) {
            return Optional.empty();
        }
        return Optional.of(new Contact(report.receiptNo, report.reporterPhone, report.reporterEmail,
                report.contactPreference.name(), report.locale));
    }
}
