package cn.gov.yongzhou.qingfeng.intake;

import cn.gov.yongzhou.qingfeng.directory.DirectoryService;
import cn.gov.yongzhou.qingfeng.shared.web.DatabaseFailures;
import cn.gov.yongzhou.qingfeng.shared.web.FieldErrors;
import cn.gov.yongzhou.qingfeng.shared.web.RequestLocale;
import cn.gov.yongzhou.qingfeng.shared.web.TemplateText;
import io.quarkus.csrf.reactive.runtime.CsrfTokenParameterProvider;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The report form and its receipt as pages, for the citizen's form and for inspectors who register a report
 * received by phone, letter or visit: the same fields, the same checks, the same receipt.
 */
@ApplicationScoped
public class ReportFormView {

    /**
     * The phone code on the public form: whether to ask for it (and whether it is required), and, after a 获取验证码,
     * where it went and how long until another may be asked for.
     */
    public record CodeState(boolean asked, boolean required, String sentTo, long waitSeconds) {
        static final CodeState NONE = new CodeState(false, false, null, 0);
    }

    /** Where a form posts, and whether it asks how the report came in (staff registration). */
    public record Mode(String action, boolean askChannel) {
        public static final Mode PUBLIC = new Mode("/report", false);
    }

    @CheckedTemplate(basePath = "ReportPage")
    static class Templates {
        static native TemplateInstance form(ReportForm form, Map<String, String> err, boolean reselectFiles,
                List<DirectoryService.AreaGroup> areas, List<DirectoryService.WindowGroup> windowGroups,
                String windowLabel, String today, IntakeConfig limits, Mode mode, IntakeLimits.Notice limited,
                CodeState code);

        static native TemplateInstance receipt(String receiptNo, String password, boolean emailed, boolean anonymous);
    }

    private final DirectoryService directory;
    private final RequestLocale locale;
    private final IntakeConfig limits;
    private final Clock clock;
    private final PhoneVerificationConfig verification;
    private final CsrfTokenParameterProvider csrf;
    private final BlankForms blanks = new BlankForms();

    ReportFormView(DirectoryService directory, RequestLocale locale, IntakeConfig limits, Clock clock,
            PhoneVerificationConfig verification, CsrfTokenParameterProvider csrf) {
        this.verification = verification;
        this.csrf = csrf;
        this.directory = directory;
        this.locale = locale;
        this.limits = limits;
        this.clock = clock;
    }

    public TemplateInstance form(ReportForm form, FieldErrors errors, boolean reselectFiles, Mode mode) {
        return form(form, errors, reselectFiles, mode, null);
    }

    /** With {@code limited}: the form as the citizen filled it, under a notice that a rate limit refused it. */
    public TemplateInstance form(ReportForm form, FieldErrors errors, boolean reselectFiles, Mode mode,
            IntakeLimits.Notice limited) {
        return form(form, errors, reselectFiles, mode, limited, null, 0);
    }

    /** With {@code sentTo}: the form again after a code went to that (masked) number. */
    public TemplateInstance form(ReportForm form, FieldErrors errors, boolean reselectFiles, Mode mode,
            IntakeLimits.Notice limited, String sentTo, long waitSeconds) {
        return form(form, errors, reselectFiles, mode, limited, sentTo, waitSeconds, areas(), windowGroups());
    }

    /**
     * The public form before anything is typed, only the way in prefilled (a unit from a link, a window's QR code): the
     * same page as {@link #form}, from a copy kept per language, day and way in ({@link BlankForms}).
     */
    public String blank(ReportForm form) {
        form.submissionKey = UUID.randomUUID().toString();
        List<DirectoryService.AreaGroup> areas = areas();
        List<DirectoryService.WindowGroup> windowGroups = windowGroups();
        BlankForms.Key key = new BlankForms.Key(locale.get(), LocalDate.now(clock).toString(), form.unit, form.window);
        String token = csrf.getToken();
        String kept = blanks.get(key, areas, windowGroups, token, form.submissionKey);
        if (kept != null) {
            return kept;
        }
        TemplateInstance page = form(form, new FieldErrors(), false, Mode.PUBLIC, null, null, 0, areas, windowGroups);
        // a unit named by a link that is not in the directory is shown as not chosen: not kept, any text may come
        boolean known = form.unit == null || areas.stream().flatMap(g -> g.units().stream())
                .anyMatch(u -> u.code().equals(form.unit));
        return blanks.render(key, areas, windowGroups, page, token, form.submissionKey,
                !known || TemplateText.personal(page));
    }

    private TemplateInstance form(ReportForm form, FieldErrors errors, boolean reselectFiles, Mode mode,
            IntakeLimits.Notice limited, String sentTo, long waitSeconds, List<DirectoryService.AreaGroup> areas,
            List<DirectoryService.WindowGroup> windowGroups) {
        if (form.submissionKey == null || form.submissionKey.isBlank()) {
            form.submissionKey = UUID.randomUUID().toString();
        }
        Map<String, String> err = new LinkedHashMap<>();
        errors.all().forEach(e -> err.putIfAbsent(e.field(), errors.message(e, locale.get())));
        String windowLabel = windowGroups.stream().flatMap(g -> g.windows().stream())
                .filter(w -> w.code().equals(form.window)).findFirst()
                .map(w -> w.unit().in(locale.get()) + " · " + w.in(locale.get())).orElse(null);
        boolean asked = mode == Mode.PUBLIC && verification.mode() != PhoneVerificationConfig.Mode.OFF;
        CodeState code = asked ? new CodeState(true, verification.mode() == PhoneVerificationConfig.Mode.REQUIRED,
                sentTo, waitSeconds) : CodeState.NONE;
        return Templates.form(form, err, reselectFiles, areas, windowGroups, windowLabel,
                LocalDate.now(clock).toString(), limits, mode, limited, code);
    }

    /**
     * The directory as last read: while the database is away the form can still be given back as typed (the lists of
     * units and windows change rarely, and a stale list for a moment is better than losing what the citizen wrote).
     */
    private volatile List<DirectoryService.AreaGroup> lastAreas;
    private volatile List<DirectoryService.WindowGroup> lastWindowGroups;

    private List<DirectoryService.AreaGroup> areas() {
        try {
            return lastAreas = directory.unitsByArea();
        } catch (RuntimeException e) {
            if (lastAreas != null && DatabaseFailures.databaseUnavailable(e)) {
                return lastAreas;
            }
            throw e;
        }
    }

    private List<DirectoryService.WindowGroup> windowGroups() {
        try {
            return lastWindowGroups = directory.windowsByUnit();
        } catch (RuntimeException e) {
            if (lastWindowGroups != null && DatabaseFailures.databaseUnavailable(e)) {
                return lastWindowGroups;
            }
            throw e;
        }
    }

    public TemplateInstance receipt(String receiptNo, String password, boolean emailed) {
        return Templates.receipt(receiptNo, password, emailed, false);
    }

    /** The receipt of an anonymous report: the receipt number and password are all the reporter will ever have. */
    public TemplateInstance receipt(String receiptNo, String password, boolean emailed, boolean anonymous) {
        return Templates.receipt(receiptNo, password, emailed, anonymous);
    }
}
