package cn.gov.yongzhou.qingfeng.accountability;

import cn.gov.yongzhou.qingfeng.casework.CaseFile;
import cn.gov.yongzhou.qingfeng.casework.Conclusion;
import cn.gov.yongzhou.qingfeng.shared.ClockProducer;
import cn.gov.yongzhou.qingfeng.shared.web.FieldErrors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

/**
 * 澄清正名 and 诬告陷害 (issue 15). A name is cleared where the report was not found true — an unsubstantiated case, or
 * the part of a partly substantiated one that was not — with the person's consent, in a manner and before an audience
 * recorded. A finding that the report was a deliberate false accusation is passed on to the reporter's organisation,
 * the public security organs or the competent discipline body, and that is recorded. Each once per case; a refused
 * entry stores nothing.
 */
@ApplicationScoped
public class NameClearings {

    static final Set<Conclusion> NOT_ALL_TRUE = Set.of(Conclusion.UNSUBSTANTIATED, Conclusion.PARTLY_SUBSTANTIATED);
    static final int MAX_AUDIENCE = 300;
    static final int MAX_RECIPIENT = 200;

    /** What the case page shows of both. */
    public record Record(NameClearing clearing, FalseAccusation falseAccusation) {
    }

    /** The clearing as typed. */
    public record Clearing(LocalDate consentOn, NameClearing.Manner manner, String audience, LocalDate clearedOn,
            String note) {
    }

    /** The false accusation's finding and where it went, as typed. */
    public record Referral(String finding, FalseAccusation.PassedTo passedTo, String recipient, LocalDate passedOn) {
    }

    private final Clock clock;

    NameClearings(Clock clock) {
        this.clock = clock;
    }

    /** Whether a case's outcome allows either: concluded, and not found wholly true. */
    static boolean open(CaseFile file) {
        return file != null && Accountability.CONCLUDED.contains(file.state) && NOT_ALL_TRUE.contains(file.conclusion);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Record of(long caseId) {
        return new Record(NameClearing.ofCase(caseId).orElse(null), FalseAccusation.ofCase(caseId).orElse(null));
    }

    @Transactional
    public FieldErrors clear(long caseId, Clearing typed, String actor) {
        FieldErrors errors = new FieldErrors();
        CaseFile file = CaseFile.findById(caseId);
        if (!open(file) || NameClearing.ofCase(caseId).isPresent()) {
            return errors.add("case", "acc.error.notFound");
        }
        LocalDate today = today();
        if (typed.consentOn() == null || typed.consentOn().isAfter(today)) {
            errors.add("consentOn", "acc.error.consentOn");
        }
        if (typed.manner() == null) {
            errors.add("manner", "acc.error.manner");
        }
        String audience = text(errors, "audience", typed.audience(), MAX_AUDIENCE, "acc.error.audience");
        if (typed.clearedOn() == null || typed.clearedOn().isAfter(today)
                || typed.consentOn() != null && typed.clearedOn().isBefore(typed.consentOn())) {
            errors.add("clearedOn", "acc.error.clearedOn");
        }
        String note = typed.note() == null || typed.note().isBlank() ? null : typed.note().strip();
        if (note != null && note.length() > Accountability.MAX_TEXT) {
            errors.add("clearNote", "acc.error.tooLong", Accountability.MAX_TEXT);
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        NameClearing clearing = new NameClearing();
        clearing.caseId = caseId;
        clearing.consentOn = typed.consentOn();
        clearing.manner = typed.manner();
        clearing.audience = audience;
        clearing.clearedOn = typed.clearedOn();
        clearing.note = note;
        clearing.recordedBy = actor;
        clearing.persist();
        return errors;
    }

    @Transactional
    public FieldErrors falseAccusation(long caseId, Referral typed, String actor) {
        FieldErrors errors = new FieldErrors();
        CaseFile file = CaseFile.findById(caseId);
        if (!open(file) || FalseAccusation.ofCase(caseId).isPresent()) {
            return errors.add("case", "acc.error.notFound");
        }
        String finding = text(errors, "finding", typed.finding(), Accountability.MAX_TEXT, "acc.error.finding");
        if (typed.passedTo() == null) {
            errors.add("passedTo", "acc.error.passedTo");
        }
        String recipient = text(errors, "recipient", typed.recipient(), MAX_RECIPIENT, "acc.error.recipient");
        if (typed.passedOn() == null || typed.passedOn().isAfter(today())) {
            errors.add("passedOn", "acc.error.passedOn");
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        FalseAccusation found = new FalseAccusation();
        found.caseId = caseId;
        found.finding = finding;
        found.passedTo = typed.passedTo();
        found.recipient = recipient;
        found.passedOn = typed.passedOn();
        found.recordedBy = actor;
        found.persist();
        return errors;
    }

    private static String text(FieldErrors errors, String field, String typed, int max, String missing) {
        String value = typed == null ? "" : typed.strip();
        if (value.isEmpty()) {
            errors.add(field, missing);
        } else if (value.length() > max) {
            errors.add(field, "acc.error.tooLong", max);
        }
        return value;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ClockProducer.ZONE));
    }
}
