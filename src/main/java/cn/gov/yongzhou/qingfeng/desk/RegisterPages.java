package cn.gov.yongzhou.qingfeng.desk;

import cn.gov.yongzhou.qingfeng.intake.Channel;
import cn.gov.yongzhou.qingfeng.intake.IntakeService;
import cn.gov.yongzhou.qingfeng.intake.ReportForm;
import cn.gov.yongzhou.qingfeng.intake.ReportFormView;
import cn.gov.yongzhou.qingfeng.intake.Submission;
import cn.gov.yongzhou.qingfeng.shared.web.FieldErrors;
import cn.gov.yongzhou.qingfeng.shared.web.NoStore;
import cn.gov.yongzhou.qingfeng.shared.web.RequestLocale;
import cn.gov.yongzhou.qingfeng.shared.web.StaffRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.EnumSet;
import java.util.Set;

/**
 * Inspectors register a report received by phone, letter or visit: the citizen's form with the same checks, plus
 * how it came in, which the case records. The receipt is for the inspector to pass on to the reporter.
 */
@Path("/staff/register")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("inspector")
public class RegisterPages {

    private static final ReportFormView.Mode MODE = new ReportFormView.Mode("/staff/register", true);
    private static final Set<Channel> CHANNELS = EnumSet.of(Channel.PHONE, Channel.LETTER, Channel.VISIT);

    private final IntakeService intake;
    private final ReportFormView view;
    private final RequestLocale locale;
    private final StaffRequest staff;

    RegisterPages(IntakeService intake, ReportFormView view, RequestLocale locale, StaffRequest staff) {
        this.intake = intake;
        this.view = view;
        this.locale = locale;
        this.staff = staff;
    }

    @GET
    public Response blank() {
        return NoStore.page(view.form(new ReportForm(), new FieldErrors(), false, MODE));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response register(@BeanParam ReportForm form) {
        Channel channel = CHANNELS.stream().filter(c -> c.name().equals(form.channel)).findFirst().orElse(null);
        if (channel == null) {
            return NoStore.page(422, view.form(form, new FieldErrors().add("channel", "error.channel.required"),
                    form.hadFiles(), MODE));
        }
        Submission outcome = intake.submit(form, channel, "staff:" + staff.me(),
                form.submissionKey, locale.get());
        if (outcome instanceof Submission.Accepted a) {
            return NoStore.page(view.receipt(a.receiptNo(), a.password(),
                    form.email != null && !form.email.isBlank()));
        }
        FieldErrors errors = outcome instanceof Submission.Invalid i ? i.errors()
                : new FieldErrors().add("form", outcome instanceof Submission.Busy ? "error.busy" : "api.keyReused");
        return NoStore.page(422, view.form(form, errors, form.hadFiles(), MODE));
    }
}
