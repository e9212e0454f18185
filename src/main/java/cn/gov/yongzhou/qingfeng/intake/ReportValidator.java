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

    /** A unit's or company's name: Chinese or Latin letters, digits, brackets, 2 to 60 characters. */
    private static final Pattern UNIT_NAME = Pattern.compile(
            "(?=.*[\\p{IsHan}\\p{IsLatin}])[\\p{IsHan}\\p{IsLatin}\\d·・.．()（）&'\\- ]{2,60}");
    /** 办件编号 as government service systems print them: letters, digits and - _ / . (e.g. 431100-2026-0001234). */
    private static final Pattern APPLICATION_NO = Pattern.compile("(?=.*\\d)[A-Za-z0-9][A-Za-z0-9_/.\\-]{3,39}");
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

        // 实名 or 匿名: anonymous only where the category's rule allows it; then nothing of the reporter is kept
        String identityChoice = trim(form.identity);
        boolean anonymous = identityChoice.equals("ANONYMOUS");
        if (!anonymous && !identityChoice.isEmpty() && !identityChoice.equals("REAL_NAME")) {
            errors.add("identity", "error.identity.unknown");
        }
        if (anonymous && category != null && !category.acceptsAnonymous()) {
            errors.add("identity", "error.identity.anonymousNotForCategory");
        }

        String applicationNo = text(TypedText.compact(form.applicationNo));
        if (applicationNo != null && !APPLICATION_NO.matcher(applicationNo).matches()) {
            errors.add("applicationNo", "error.applicationNo.format");
        }

        String reporterName = null;
        String idNumber = null;
        String phone = null;
        String email = null;
        ContactPreference contact = null;
        ReportDraft.Identity identity = ReportDraft.Identity.ANONYMOUS;
        if (!anonymous) {
            ReporterKind kind = switch (trim(form.reporterKind)) {
                case "", "PERSON" -> ReporterKind.PERSON;
                case "UNIT" -> ReporterKind.UNIT;
                default -> null;
            };
            if (kind == null) {
                errors.add("reporterKind", "error.reporterKind.unknown");
            }
            boolean unitReports = kind == ReporterKind.UNIT;

            reporterName = text(TypedText.fold(form.reporterName));
            if (reporterName == null) {
                errors.add("reporterName", unitReports ? "error.reporterName.unitRequired" : "error.reporterName.required");
            } else if (!(unitReports ? UNIT_NAME : NAME).matcher(reporterName).matches()) {
                errors.add("reporterName", unitReports ? "error.reporterName.unitFormat" : "error.reporterName.format");
            }

            String agentName = text(TypedText.fold(form.agentName));
            if (unitReports && agentName == null) {
                errors.add("agentName", "error.agentName.required");
            } else if (agentName != null && !NAME.matcher(agentName).matches()) {
                errors.add("agentName", "error.reporterName.format");
            }

            IdType idType = IdType.parse(form.idType);
            if (idType == null) {
                errors.add("idType", "error.idType.unknown");
            }
            IdType checkedType = idType == null ? IdType.RESIDENT_ID : idType;
            idNumber = checkedType.normalize(form.idNumber);
            if (idNumber.isEmpty()) {
                idNumber = null;
                // a unit reports under its own name: its 经办人's document is welcome but not required
                if (!unitReports) {
                    errors.add("idNumber", "error.idNumber.required");
                }
            } else if (idType != null) {
                String problem = idType.problem(idNumber, today);
                if (problem != null) {
                    errors.add("idNumber", problem);
                }
            }

            // a concrete contact: a mobile, or a landline with its area code (the rules count a landline)
            String typedPhone = TypedText.compact(form.phone);
            phone = PhoneNumber.normalize(form.phone);
            if (typedPhone.isEmpty()) {
                errors.add("phone", "error.phone.required");
            } else if (phone == null) {
                errors.add("phone", "error.phone.format");
            }

            email = form.email == null ? null : text(TypedText.compact(form.email));
            if (email != null && (email.length() > 120 || !EMAIL.matcher(email).matches())) {
                errors.add("email", "error.email.format");
            }

            String behalfName = text(TypedText.fold(form.behalfName));
            String behalfRelation = text(form.behalfRelation);
            if (behalfName != null && !NAME.matcher(behalfName).matches()) {
                errors.add("behalfName", "error.behalfName.format");
            }
            if (behalfName != null && behalfRelation == null) {
                errors.add("behalfRelation", "error.behalfRelation.required");
            } else if (behalfName == null && behalfRelation != null) {
                errors.add("behalfName", "error.behalfName.required");
            } else if (behalfRelation != null && behalfRelation.length() > 20) {
                errors.add("behalfRelation", "error.tooLong", 20);
            }

            try {
                contact = ContactPreference.valueOf(trim(form.contactPreference));
                if (contact == ContactPreference.EMAIL && email == null) {
                    errors.add("email", "error.email.requiredForContact");
                }
                if (contact == ContactPreference.SMS && phone != null && !PhoneNumber.isMobile(phone)) {
                    errors.add("contactPreference", "error.contactPreference.smsNeedsMobile");
                }
            } catch (IllegalArgumentException e) {
                errors.add("contactPreference", "error.contactPreference.required");
            }
            identity = new ReportDraft.Identity(false, kind, unitReports ? agentName : null, checkedType,
                    behalfName, behalfName == null ? null : behalfRelation);
        }

        Boolean directlyServed = switch (trim(form.directlyServed)) {
            case "yes", "true" -> Boolean.TRUE;
            case "no", "false" -> Boolean.FALSE;
            default -> null;
        };
        if (directlyServed == null) {
            errors.add("directlyServed", "error.directlyServed.required");
        }

        if (!ReportForm.isChecked(form.declaration)) {
            errors.add("declaration", "error.declaration.required");
        }
        if (!ReportForm.isChecked(form.consent)) {
            errors.add("consent", "error.consent.required");
        }

        String workOrderNo = text(form.workOrderNo);
        if (workOrderNo != null && !WORK_ORDER_NO.matcher(workOrderNo).matches()) {
            errors.add("workOrderNo", "error.workOrderNo.format");
        }

        // files last: reading them is the costly part, and their errors sit beside the file field
        List<CheckedFile> evidence = inspector.inspect(form.incomingFiles(), errors);

        if (!errors.isEmpty()) {
            return new Result(null, errors);
        }
        return new Result(new ReportDraft(category, sub.get(), unit, window, occurredOn, occurredTime, place,
                accusedName, accusedBadge, accusedDescription, narrative, reporterName, idNumber, phone, email,
                directlyServed, contact, locale.toLanguageTag(), evidence, anonymous ? null : form.phoneVerifiedAt, identity,
                applicationNo, workOrderNo == null ? null : workOrderNo.toUpperCase(java.util.Locale.ROOT), accusedLevel),
                errors);
    }

    /** A 12345 work-order number: letters, digits and hyphens, 4 to 40 of them. */
    static final java.util.regex.Pattern WORK_ORDER_NO = java.util.regex.Pattern.compile("[A-Za-z0-9-]{4,40}");

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
