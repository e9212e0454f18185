package cn.gov.yongzhou.qingfeng.intake;

import cn.gov.yongzhou.qingfeng.category.Category;
import cn.gov.yongzhou.qingfeng.category.Subcategory;
import cn.gov.yongzhou.qingfeng.directory.CadreLevel;
import cn.gov.yongzhou.qingfeng.directory.UnitTree;
import cn.gov.yongzhou.qingfeng.intake.EvidenceInspector.CheckedFile;
import cn.gov.yongzhou.qingfeng.shared.web.FieldErrors;
import cn.gov.yongzhou.qingfeng.shared.web.FormValues;
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
    private static final Pattern NAME = Pattern
            .compile("(?=.*[\\p{IsHan}\\p{IsLatin}])[\\p{IsHan}·・‧•.．\\p{IsLatin} '-]{2,30}");

    private final Clock clock;
    private final EvidenceInspector inspector;
    private final IntakeConfig.Narrative narrativeLimits;

    private final UnitTree directory;

    ReportValidator(Clock clock, EvidenceInspector inspector, IntakeConfig config, UnitTree directory) {
        this.directory = directory;
        this.clock = clock;
        this.inspector = inspector;
        this.narrativeLimits = config.narrative();
    }

    public record Result(ReportDraft draft, FieldErrors errors) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    /** What the report is about: its category and subcategory (the category follows from the subcategory). */
    private record Classification(Category category, Subcategory subcategory) {
    }

    /** Where and when: the unit, its window, the day, the time and the place. */
    private record Scene(UnitTree.Node unit, UnitTree.Window window, LocalDate occurredOn, LocalTime occurredTime,
            String place) {
    }

    /** Who is reported: any of name, badge and description, and the cadre level if said. */
    private record Accused(String name, String badge, String description, CadreLevel level) {
    }

    /** Who reports: nothing for an anonymous report. */
    private record Reporter(String name, String idNumber, String phone, String email, ContactPreference contact,
            ReportDraft.Identity identity) {
        static final Reporter ANONYMOUS = new Reporter(null, null, null, null, null, ReportDraft.Identity.ANONYMOUS);
    }

    /**
     * Every check of the form, field by field in the order the form shows them (the error summary lists them so),
     * the files last; a draft only when nothing was wrong. A letter registered by staff ({@code channel}) may give no
     * identity document (the rules count a name with a concrete contact as real name); one it gives is checked.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Result validate(ReportForm form, Channel channel, Locale locale) {
        FieldErrors errors = new FieldErrors();
        LocalDate today = LocalDate.now(clock);

        Classification about = classification(form, errors);
        Scene scene = scene(form, errors, today);
        Accused accused = accused(form, errors);
        String narrative = narrative(form, errors);
        boolean anonymous = anonymous(form, about.category(), channel == Channel.LETTER, errors);
        String applicationNo = text(TypedText.compact(form.applicationNo));
        if (applicationNo != null && !APPLICATION_NO.matcher(applicationNo).matches()) {
            errors.add("applicationNo", "error.applicationNo.format");
        }
        Reporter reporter = anonymous ? Reporter.ANONYMOUS : reporter(form, errors, today, channel == Channel.LETTER);
        Boolean directlyServed = directlyServed(form, errors);
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
        return new Result(new ReportDraft(about.category(), about.subcategory(), scene.unit(), scene.window(),
                scene.occurredOn(), scene.occurredTime(), scene.place(), accused.name(), accused.badge(),
                accused.description(), narrative, reporter.name(), reporter.idNumber(), reporter.phone(),
                reporter.email(), directlyServed, reporter.contact(), locale.toLanguageTag(), evidence,
                anonymous ? null : form.phoneVerifiedAt, reporter.identity(), applicationNo,
                workOrderNo == null ? null : workOrderNo.toUpperCase(Locale.ROOT), accused.level()), errors);
    }

    private static Classification classification(ReportForm form, FieldErrors errors) {
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
        return new Classification(category, sub.orElse(null));
    }

    private Scene scene(ReportForm form, FieldErrors errors, LocalDate today) {
        UnitTree.Node unit = null;
        if (blank(form.unit)) {
            errors.add("unit", "error.unit.required");
        } else {
            unit = directory.unit(trim(form.unit)).filter(UnitTree.Node::active).orElse(null);
            if (unit == null) {
                errors.add("unit", "error.unit.unknown");
            }
        }
        UnitTree.Window window = null;
        if (!blank(form.window)) {
            // a window of a unit that was deactivated is out of service too
            window = directory.window(form.window).filter(w -> w.active())
                    .filter(w -> directory.unit(w.unitId()).map(UnitTree.Node::active).orElse(false)).orElse(null);
            if (window == null) {
                errors.add("window", "error.window.unknown");
            } else if (unit != null && window.unitId() != unit.id()) {
                errors.add("window", "error.window.otherUnit");
            }
        }
        LocalDate occurredOn = null;
        if (blank(form.occurredDate)) {
            errors.add("occurredDate", "error.occurredDate.required");
        } else {
            try {
                occurredOn = LocalDate.parse(unquoted(trim(form.occurredDate)));
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
        return new Scene(unit, window, occurredOn, occurredTime, place);
    }

    private static Accused accused(ReportForm form, FieldErrors errors) {
        String name = text(form.accusedName);
        String badge = text(form.accusedBadge);
        String description = text(form.accusedDescription);
        if (name == null && badge == null && description == null) {
            errors.add("accused", "error.accused.required");
        }
        if (name != null && name.length() > 50) {
            errors.add("accusedName", "error.tooLong", 50);
        }
        if (badge != null && badge.length() > 30) {
            errors.add("accusedBadge", "error.tooLong", 30);
        }
        if (description != null && description.length() > 500) {
            errors.add("accusedDescription", "error.tooLong", 500);
        }
        // optional: a value the form does not offer counts as not said
        return new Accused(name, badge, description, FormValues.choice(CadreLevel.class, trim(form.accusedLevel)));
    }

    private String narrative(ReportForm form, FieldErrors errors) {
        String narrative = text(form.narrative);
        if (narrative == null) {
            errors.add("narrative", "error.narrative.required");
            return null;
        }
        int length = narrative.codePointCount(0, narrative.length());
        if (length < narrativeLimits.minLength()) {
            errors.add("narrative", "error.narrative.tooShort", narrativeLimits.minLength());
        } else if (length > narrativeLimits.maxLength()) {
            errors.add("narrative", "error.narrative.tooLong", narrativeLimits.maxLength(), length);
        }
        return narrative;
    }

    /**
     * 实名 or 匿名: anonymous only where the category's rule allows it, or for an anonymous letter staff register (every
     * letter is registered, 逐件登记); then nothing of the reporter is kept.
     */
    private static boolean anonymous(ReportForm form, Category category, boolean letter, FieldErrors errors) {
        String choice = trim(form.identity);
        boolean anonymous = choice.equals("ANONYMOUS");
        if (!anonymous && !choice.isEmpty() && !choice.equals("REAL_NAME")) {
            errors.add("identity", "error.identity.unknown");
        }
        if (anonymous && category != null && !category.acceptsAnonymous() && !letter) {
            errors.add("identity", "error.identity.anonymousNotForCategory");
        }
        return anonymous;
    }

    /**
     * A real-name reporter as the rules define one: a person, or a unit or company with its 经办人, with an identity
     * document (a unit's is optional), a concrete contact, and whoever they report for.
     */
    private static Reporter reporter(ReportForm form, FieldErrors errors, LocalDate today, boolean letter) {
        ReporterKind kind = switch (trim(form.reporterKind)) {
            case "", "PERSON" -> ReporterKind.PERSON;
            case "UNIT" -> ReporterKind.UNIT;
            default -> null;
        };
        if (kind == null) {
            errors.add("reporterKind", "error.reporterKind.unknown");
        }
        boolean unitReports = kind == ReporterKind.UNIT;

        String name = text(TypedText.fold(form.reporterName));
        if (name == null) {
            errors.add("reporterName", unitReports ? "error.reporterName.unitRequired" : "error.reporterName.required");
        } else if (!(unitReports ? UNIT_NAME : NAME).matcher(name).matches()) {
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
        String idNumber = idNumber(form, errors, idType, checkedType, unitReports || letter, today);

        // a concrete contact: a mobile, or a landline with its area code (the rules count a landline)
        String phone = PhoneNumber.normalize(form.phone);
        if (TypedText.compact(form.phone).isEmpty()) {
            errors.add("phone", "error.phone.required");
        } else if (phone == null) {
            errors.add("phone", "error.phone.format");
        }
        String email = form.email == null ? null : text(TypedText.compact(form.email));
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

        ContactPreference contact = contactPreference(form, errors, phone, email);
        return new Reporter(name, idNumber, phone, email, contact, new ReportDraft.Identity(false, kind,
                unitReports ? agentName : null, checkedType, behalfName, behalfName == null ? null : behalfRelation));
    }

    /**
     * The document's number in its normal form, checked by its type; optional for a unit's 经办人 and for a letter that
     * gives none.
     */
    private static String idNumber(ReportForm form, FieldErrors errors, IdType idType, IdType checkedType,
            boolean optional, LocalDate today) {
        String idNumber = checkedType.normalize(form.idNumber);
        if (idNumber.isEmpty()) {
            if (!optional) {
                errors.add("idNumber", "error.idNumber.required");
            }
            return null;
        }
        if (idType != null) {
            String problem = idType.problem(idNumber, today);
            if (problem != null) {
                errors.add("idNumber", problem);
            }
        }
        return idNumber;
    }

    /** How the reporter wants to hear from us, and that the way chosen can reach them. */
    private static ContactPreference contactPreference(ReportForm form, FieldErrors errors, String phone, String email) {
        ContactPreference contact;
        try {
            contact = ContactPreference.valueOf(trim(form.contactPreference));
        } catch (IllegalArgumentException e) {
            errors.add("contactPreference", "error.contactPreference.required");
            return null;
        }
        if (contact == ContactPreference.EMAIL && email == null) {
            errors.add("email", "error.email.requiredForContact");
        }
        if (contact == ContactPreference.SMS && phone != null && !PhoneNumber.isMobile(phone)) {
            errors.add("contactPreference", "error.contactPreference.smsNeedsMobile");
        }
        return contact;
    }

    /** Rule 8's "directly served": asked, not a gate (a bystander's report is registered too). */
    private static Boolean directlyServed(ReportForm form, FieldErrors errors) {
        Boolean directlyServed = switch (trim(form.directlyServed)) {
            case "yes", "true" -> Boolean.TRUE;
            case "no", "false" -> Boolean.FALSE;
            default -> null;
        };
        if (directlyServed == null) {
            errors.add("directlyServed", "error.directlyServed.required");
        }
        return directlyServed;
    }

    /** A 12345 work-order number: letters, digits and hyphens, 4 to 40 of them. */
    static final Pattern WORK_ORDER_NO = Pattern.compile("[A-Za-z0-9-]{4,40}");

    private static Optional<Category> parseCategory(String value) {
        try {
            return Optional.of(Category.valueOf(trim(value)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * A date as generated API clients send it: openapi-generator's Java client puts a typed value in a multipart part as
     * JSON ({@code "2026-11-20"}, quotes included, application/json); the quotes are not part of the date.
     */
    static String unquoted(String s) {
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
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
