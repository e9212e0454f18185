package cn.gov.yongzhou.qingfeng.intake;

import cn.gov.yongzhou.qingfeng.directory.DirectoryService;
import cn.gov.yongzhou.qingfeng.shared.web.ClientAddress;
import cn.gov.yongzhou.qingfeng.shared.web.DatabaseFailures;
import cn.gov.yongzhou.qingfeng.shared.web.FieldErrors;
import cn.gov.yongzhou.qingfeng.shared.web.Messages;
import cn.gov.yongzhou.qingfeng.shared.web.NoStore;
import cn.gov.yongzhou.qingfeng.shared.web.RequestLocale;
import io.quarkus.logging.Log;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/** The public report form: blank, or opened from a window's QR code with the unit and window filled in. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ReportPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance conflict(String receiptNo);

        static native TemplateInstance unknownWindow(String code);

        static native TemplateInstance submitted(String receiptNo, String fresh);
    }

    /**
     * Set on the receipt: the one-time key of the report this browser just sent. Going back to the form (or opening
     * it again soon after) shows that the report was sent, with its receipt number, instead of a form that would
     * make a second report; "填写新的举报" clears it. Only the key, never anything typed; it yields nothing without
     * the server.
     */
    static final String SENT_COOKIE = "qf-sent";
    static final int SENT_SECONDS = 2 * 60 * 60;

    private final IntakeService intake;
    private final ReportFormView view;
    private final RequestLocale locale;
    private final Clock clock;
    private final PhoneCodes codes;

    private final DirectoryService directory;

    ReportPage(IntakeService intake, ReportFormView view, RequestLocale locale, Clock clock, PhoneCodes codes,
            DirectoryService directory) {
        this.directory = directory;
        this.codes = codes;
        this.intake = intake;
        this.view = view;
        this.locale = locale;
        this.clock = clock;
    }

    @GET
    @Path("report")
    public Response blank(@QueryParam("unit") String unit, @QueryParam("new") String fresh,
            @CookieParam(SENT_COOKIE) String sent, @Context HttpServerRequest request) {
        String again = "/report?new=1" + (unit == null ? ""
                : "&unit=" + java.net.URLEncoder.encode(unit,
                        java.nio.charset.StandardCharsets.UTF_8));
        Optional<Response> submitted = fresh == null ? alreadySent(sent, again) : Optional.empty();
        if (submitted.isPresent()) {
            return submitted.get();
        }
        ReportForm form = new ReportForm();
        form.unit = unit;
        return forgetSent(blankPage(form), sent, request);
    }

    /** This browser sent a report a moment ago: say so, with its receipt number, instead of a fresh form. */
    private Optional<Response> alreadySent(String sent, String again) {
        return intake.receiptStoredUnder("web", sent).map(receiptNo -> NoStore.page(Templates.submitted(receiptNo, again)));
    }

    private static Response forgetSent(Response page, String sent, HttpServerRequest request) {
        if (sent == null) {
            return page;
        }
        return Response.fromResponse(page).cookie(sentCookie("", 0, request)).build();
    }

    private static jakarta.ws.rs.core.NewCookie sentCookie(String value, int maxAge, HttpServerRequest request) {
        return new jakarta.ws.rs.core.NewCookie.Builder(SENT_COOKIE).value(value).path("/").maxAge(maxAge)
                .httpOnly(true).secure("https".equals(request.scheme()))
                .sameSite(jakarta.ws.rs.core.NewCookie.SameSite.LAX).build();
    }

    /** What the QR code at a window opens. */
    @GET
    @Path("w/{code}")
    public Response atWindow(@PathParam("code") String code, @QueryParam("new") String fresh,
            @CookieParam(SENT_COOKIE) String sent, @Context HttpServerRequest request) {
        Optional<Response> submitted = fresh == null ? alreadySent(sent, "/w/" + java.net.URLEncoder.encode(code,
                java.nio.charset.StandardCharsets.UTF_8) + "?new=1") : Optional.empty();
        if (submitted.isPresent()) {
            return submitted.get();
        }
        return directory.window(code).map(window -> {
            ReportForm form = new ReportForm();
            form.unit = window.unitCode();
            form.window = window.code();
            form.place = window.unit().in(locale.get()) + " · " + window.in(locale.get());
            form.occurredDate = LocalDate.now(clock).toString();
            return forgetSent(blankPage(form), sent, request);
        }).orElseGet(() -> Response.status(Response.Status.NOT_FOUND).entity(Templates.unknownWindow(code)).build());
    }

    @POST
    @Path("report")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response submit(@BeanParam ReportForm form, @Context HttpServerRequest request) {
        try {
            return submitOrAnswer(form, request);
        } catch (RuntimeException e) {
            if (!DatabaseFailures.databaseUnavailable(e)) {
                throw e;
            }
            // the database is away: nothing was stored (the receipt is shown only after the commit). The form comes
            // back as typed under a notice, like a rate limit's, so the citizen sends it again in a moment
            Log.warnf("database unavailable during a report submission: the form is given back as typed");
            IntakeLimits.Notice notice = new IntakeLimits.Notice(
                    Messages.get(Messages.CHINESE, "form.unavailable.title"),
                    Messages.get(Messages.CHINESE, "form.unavailable", DatabaseFailures.RETRY_AFTER_SECONDS),
                    Messages.get(Messages.ENGLISH, "form.unavailable.title"),
                    Messages.get(Messages.ENGLISH, "form.unavailable", DatabaseFailures.RETRY_AFTER_SECONDS));
            return Response.status(503).header("Retry-After", DatabaseFailures.RETRY_AFTER_SECONDS)
                    .header("Cache-Control", "no-store")
                    .entity(view.form(form, new FieldErrors(), form.hadFiles(), ReportFormView.Mode.PUBLIC, notice))
                    .build();
        }
    }

    private Response submitOrAnswer(ReportForm form, HttpServerRequest request) {
        if ("send-code".equals(form.action)) {
            return sendCode(form, request);
        }
        Long codeId = null;
        PhoneVerificationConfig.Mode mode = codes.config().mode();
        boolean codeGiven = form.code != null && !form.code.isBlank();
        form.phoneVerifiedAt = null;
        // an anonymous report keeps no number, so there is none to prove
        boolean anonymous = "ANONYMOUS".equals(form.identity == null ? null : form.identity.strip());
        if (!anonymous && mode != PhoneVerificationConfig.Mode.OFF
                && (mode == PhoneVerificationConfig.Mode.REQUIRED || codeGiven)
                && !intake.alreadyStored("web", form.submissionKey)) {
            PhoneCodes.Checked checked = codes.check(form.phone, form.code, PhoneCodes.Purpose.REPORT);
            if (!checked.ok()) {
                FieldErrors errors = new FieldErrors().add("code", "error.code." + checked.problem().name());
                return NoStore.page(422, form(form, errors, form.hadFiles()));
            }
            form.phoneVerifiedAt = checked.verifiedAt();
            codeId = checked.codeId();
        }
        Submission outcome = intake.submit(form, Channel.WEB, "web", form.submissionKey, locale.get(),
                IntakeLimits.Source.WEB, ClientAddress.of(request));
        if (outcome instanceof Submission.Accepted a && codeId != null && !a.replay()) {
            codes.spend(codeId);
        }
        if (outcome instanceof Submission.Accepted a) {
            return Response.fromResponse(NoStore.page(view.receipt(a.receiptNo(), a.password(),
                    !anonymous && form.email != null && !form.email.isBlank(), anonymous)))
                    .cookie(sentCookie(form.submissionKey, SENT_SECONDS,
                            request))
                    .build();
        }
        if (outcome instanceof Submission.Invalid i) {
            return NoStore.page(422, form(form, i.errors(), form.hadFiles()));
        }
        if (outcome instanceof Submission.Busy) {
            return Response.status(503).header("Retry-After", 30).entity(form(form, busy(), form.hadFiles()))
                    .header("Cache-Control", "no-store").build();
        }
        if (outcome instanceof Submission.Limited l) {
            // the form again as typed, under what happened and when to send it; the files must be chosen again
            return Response.status(429).header("Retry-After", l.limit().refusal().retryAfterSeconds())
                    .header("Cache-Control", "no-store")
                    .entity(view.form(form, new FieldErrors(), form.hadFiles(), ReportFormView.Mode.PUBLIC,
                            l.limit().notice()))
                    .build();
        }
        Submission.Conflict c = (Submission.Conflict) outcome;
        return Response.status(Response.Status.CONFLICT).entity(Templates.conflict(c.receiptNo())).build();
    }

    /** 获取验证码 without JavaScript: the code goes out and the form comes back as typed, with the code field. */
    private Response sendCode(ReportForm form, HttpServerRequest request) {
        PhoneCodes.Sent sent = codes.send(form.phone, PhoneCodes.Purpose.REPORT, ClientAddress.of(request),
                locale.get(), true);
        FieldErrors errors = new FieldErrors();
        if (!sent.ok()) {
            errors.add(sent.problem() == PhoneCodes.Problem.NOT_A_MOBILE ? "phone" : "code",
                    "error.code." + sent.problem().name(), sent.waitSeconds());
        }
        int status = sent.ok() ? 200 : sent.problem() == PhoneCodes.Problem.NOT_A_MOBILE ? 422 : 429;
        Response.ResponseBuilder page = Response.status(status).header("Cache-Control", "no-store")
                .entity(view.form(form, errors, form.hadFiles(), ReportFormView.Mode.PUBLIC, null,
                        sent.ok() ? sent.maskedMobile() : null, sent.waitSeconds()));
        if (status == 429) {
            page.header("Retry-After", Math.max(1, sent.waitSeconds()));
        }
        return page.build();
    }

    /** 获取验证码 with JavaScript: the same, answered in JSON for the button's countdown. */
    @POST
    @Path("report/code")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    public Response code(@org.jboss.resteasy.reactive.RestForm String phone, @Context HttpServerRequest request) {
        PhoneCodes.Sent sent = codes.send(phone, PhoneCodes.Purpose.REPORT, ClientAddress.of(request), locale.get(),
                true);
        String message = sent.ok()
                ? cn.gov.yongzhou.qingfeng.shared.web.Messages.get(locale.get(), "form.code.sent", sent.maskedMobile())
                : cn.gov.yongzhou.qingfeng.shared.web.Messages.get(locale.get(), "error.code." + sent.problem().name(),
                        sent.waitSeconds());
        int status = sent.ok() ? 200 : sent.problem() == PhoneCodes.Problem.NOT_A_MOBILE ? 422 : 429;
        return Response.status(status).header("Cache-Control", "no-store")
                .entity(java.util.Map.of("sent", sent.ok(), "message", message, "wait", sent.waitSeconds())).build();
    }

    private static FieldErrors busy() {
        return new FieldErrors().add("form", "error.busy");
    }

    /**
     * The form is never cached: on a shared computer, Back after a receipt must not bring the previous
     * citizen's name, ID number and phone back onto the screen.
     */
    private Response blankPage(ReportForm form) {
        return NoStore.page(view.blank(form));
    }

    private TemplateInstance form(ReportForm form, FieldErrors errors, boolean reselectFiles) {
        return view.form(form, errors, reselectFiles, ReportFormView.Mode.PUBLIC);
    }
}
