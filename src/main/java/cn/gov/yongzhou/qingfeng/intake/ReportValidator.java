package cn.gov.yongzhou.qingfeng.intake;

import cn.gov.yongzhou.qingfeng.category.Category;
import cn.gov.yongzhou.qingfeng.category.Subcategory;
import cn.gov.yongzhou.qingfeng.directory.ServiceWindow;
import cn.gov.yongzhou.qingfeng.directory.Unit;
import cn.gov.yongzhou.qingfeng.intake.EvidenceInspector.CheckedFile;
import cn.gov.yongzhou.qingfeng.shared.web.FieldErrors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Every check of a report, on the server, for the web form and the API alike. Nothing is written here. */
@ApplicationScoped
public class ReportValidator {

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");
    /** Chinese names (with the middle dots of minority names: · ・ ‧ •) or Latin names. */
    private static final Pattern NAME = Pattern.compile("(?=.*[\\p{IsHan}\\p{IsLatin}])[\\p{IsHan}·・‧•.．\\p{IsLatin} '-]{2,30}");

    private final Clock clock;
    private final EvidenceInspector inspector;
    private final IntakeConfig.Narrative narrativeLimits;

    ReportValidator(Clock clock, EvidenceInspector inspector, IntakeConfig config) {
        this.clock = clock;
        this.inspector = inspector;
        this.narrativeLimits = config.narrative();
    }

    public record Result(ReportDraft draft, FieldErrors errors) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Result validate(ReportForm form, Locale locale) {
        FieldErrors errors = new FieldErrors();
        LocalDate today = LocalDate.now(clock);

        Optional<Subcategory> sub = Subcategory.parse(trim(form.subcategory));
        Category category = parseCategory(form.category).orElse(sub.map(s -> s.category).orElse(null));
        if (category == null) {
            errors.add("category", "error.category.required");
        }
        if (sub.isEmpty()) {
            errors.add("subcategory", "error.subcategory.required");
        } else if (category != null && sub.get().category != category) {
            errors.add("subcategory", "error.subcategory.mismatch");
        }

        Unit unit = null;
        if (blank(form.unit)) {
            errors.add("unit", "error.unit.required");
        } else {
            unit = Unit.findByCode(trim(form.unit)).filter(u -> u.active).orElse(null);
            if (unit == null) {
                errors.add("unit", "error.unit.unknown");
            }
        }
        ServiceWindow window = null;
        if (!blank(form.window)) {
            window = ServiceWindow.findByCode(form.window).orElse(null);
            if (window == null) {
                errors.add("window", "error.window.unknown");
            } else if (unit != null && !window.unit.id.equals(unit.id)) {
                errors.add("window", "error.window.otherUnit");
            }
        }

        LocalDate occurredOn = null;
        if (blank(form.occurredDate)) {
            errors.add("occurredDate", "error.occurredDate.required");
        } else {
            try {
                occurredOn = LocalDate.parse(trim(form.occurredDate));
                if (occurredOn.isAfter(today)) {
                    errors.add("occurredDate", "error.occurredDate.future");
                }
            } catch (DateTimeParseException e) {
                errors.add("occurredDate", "error.occurredDate.format");
            }
        }
        LocalTime occurredTime = null;
        if (!blank(form.occurredTime)) {
            try {
                occurredTime = LocalTime.parse(trim(form.occurredTime));
            } catch (DateTimeParseException e) {
                errors.add("occurredTime", "error.occurredTime.format");
            }
        }
        String place = text(form.place);
        if (place == null) {
            errors.add("place", "error.place.required");
        } else if (place.length() > 200) {
            errors.add("place", "error.tooLong", 200);
        }

        String accusedName = text(form.accusedName);
        String accusedBadge = text(form.accusedBadge);
        String accusedDescription = text(form.accusedDescription);
        if (accusedName == null && accusedBadge == null && accusedDescription == null) {
            errors.add("accused", "error.accused.required");
        }
        if (accusedName != null && accusedName.length() > 50) {
            errors.add("accusedName", "error.tooLong", 50);
        }
        if (accusedBadge != null && accusedBadge.length() > 30) {
            errors.add("accusedBadge", "error.tooLong", 30);
        }
        if (accusedDescription != null && accusedDescription.length() > 500) {
            errors.add("accusedDescription", "error.tooLong", 500);
        }
        // optional: a value the form does not offer counts as not said
        cn.gov.yongzhou.qingfeng.directory.CadreLevel accusedLevel = cn.gov.yongzhou.qingfeng.shared.web.FormValues
                .choice(cn.gov.yongzhou.qingfeng.directory.CadreLevel.class, trim(form.accusedLevel));

        String narrative = text(form.narrative);
        if (narrative == null) {
            errors.add("narrative", "error.narrative.required");
        } else if (narrative.codePointCount(0, narrative.length()) < narrativeLimits.minLength()) {
            errors.add("narrative", "error.narrative.tooShort", narrativeLimits.minLength());
        } else if (narrative.codePointCount(0, narrative.length()) > narrativeLimits.maxLength()) {
            errors.add("narrative", "error.narrative.tooLong", narrativeLimits.maxLength(),
                    narrative.codePointCount(0, narrative.length()));
        }

        String reporterName = text(TypedText.fold(form.reporterName));
        if (reporterName == null) {
            errors.add("reporterName", "error.reporterName.required");
        } else if (!NAME.matcher(reporterName).matches()) {
            errors.add("reporterName", "error.reporterName.format");
        }

        String idNumber = ResidentIdNumber.normalize(form.idNumber);
        if (idNumber.isEmpty()) {
            errors.add("idNumber", "error.idNumber.required");
        } else {
            ResidentIdNumber.Problem problem = ResidentIdNumber.check(idNumber, today);
            if (problem != null) {
                errors.add("idNumber", "error.idNumber." + problem.name().toLowerCase(Locale.ROOT));
            }
        }

        String phone = TypedText.mobile(form.phone);
        if (phone.isEmpty()) {
            errors.add("phone", "error.phone.required");
        } else if (!MOBILE.matcher(phone).matches()) {
            errors.add("phone", "error.phone.format");
        }

        String email = form.email == null ? null : text(TypedText.compact(form.email));
        if (email != null && (email.length() > 120 || !EMAIL.matcher(email).matches())) {
            errors.add("email", "error.email.format");
        }

        Boolean directlyServed = switch (trim(form.directlyServed)) {
            case "yes", "true" -> Boolean.TRUE;
            case "no", "false" -> Boolean.FALSE;
            default -> null;
        };
        if (directlyServed == null) {
            errors.add("directlyServed", "error.directlyServed.required");
        }

        ContactPreference contact = null;
        try {
            contact = ContactPreference.valueOf(trim(form.contactPreference));
            if (contact == ContactPreference.EMAIL && email == null) {
                errors.add("email", "error.email.requiredForContact");
            }
        } catch (IllegalArgumentException e) {
            errors.add("contactPreference", "error.contactPreference.required");
        }

        if (!ReportForm.isChecked(form.declaration)) {
            errors.add("declaration", "error.declaration.required");
        }
        if (!ReportForm.isChecked(form.consent)) {
            errors.add("consent", "error.consent.required");
        }

        // files last: reading them is the costly part, and their errors sit beside the file field
        List<CheckedFile> evidence = inspector.inspect(form.incomingFiles(), errors);

        if (!errors.isEmpty()) {
            return new Result(null, errors);
        }
        return new Result(new ReportDraft(category, sub.get(), unit, window, occurredOn, occurredTime, place,
                accusedName, accusedBadge, accusedDescription, narrative, reporterName, idNumber, phone, email,
                directlyServed, contact, locale.toLanguageTag(), evidence, form.phoneVerifiedAt, accusedLevel), errors);
    }

    private static Optional<Category> parseCategory(String value) {
        try {
            return Optional.of(Category.valueOf(trim(value)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String trim(String s) {
        return s == null ? "" : s.strip();
    }

    /** Stripped text without control characters (line breaks kept), or null when empty. */
    private static String text(String s) {
        if (s == null) {
            return null;
        }
        String cleaned = s.replace("\r\n", "\n").replaceAll("[\\p{Cntrl}\\p{Cf}&&[^\n\t]]", "").strip();
        return cleaned.isEmpty() ? null : cleaned;
    }
}
