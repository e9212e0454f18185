package cn.gov.yongzhou.qingfeng.intake;

import cn.gov.yongzhou.qingfeng.shared.web.ClientAddress;
import cn.gov.yongzhou.qingfeng.shared.web.FieldErrors;
import cn.gov.yongzhou.qingfeng.shared.web.NoStore;
import cn.gov.yongzhou.qingfeng.shared.web.PostedForm;
import cn.gov.yongzhou.qingfeng.shared.web.RequestLocale;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/** 找回查询密码 / 找回受理编号: by a code sent to the mobile number on file. Works without JavaScript. */
@Path("/track/recover")
@Produces(MediaType.TEXT_HTML)
public class RecoverPage {

    /** Which of the two forms a page shows filled in, and how far it got. */
    public record Step(String which, boolean codeSent, String sentTo, List<String> receipts) {

        static final Step START = new Step(null, false, null, null);

        public boolean forPassword() {
            return "password".equals(which);
        }

        public boolean forReceipt() {
            return "receipt".equals(which);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance recover(Step step, PostedForm form, String done);
    }

    private final Recovery recovery;
    private final RequestLocale locale;

    RecoverPage(Recovery recovery, RequestLocale locale) {
        this.recovery = recovery;
        this.locale = locale;
    }

    @GET
    public Response form() {
        return NoStore.page(Templates.recover(Step.START, PostedForm.empty(), null));
    }

    /** A new query password: first the code (action send-code), then the code and the password twice. */
    @POST
    @Path("password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response password(@RestForm String receipt, @RestForm String phone, @RestForm String code,
            @RestForm String password, @RestForm String again, @RestForm String action,
            @Context HttpServerRequest request) {
        String address = ClientAddress.of(request);
        Recovery.Outcome outcome = "send-code".equals(action)
                ? recovery.sendResetCode(receipt, phone, address, locale.get())
                : recovery.resetPassword(receipt, phone, code, password, again, address);
        String[] typed = { "receipt", receipt, "phone", phone, "code", code };
        if (outcome instanceof Recovery.PasswordSet set) {
            return NoStore.page(Templates.recover(Step.START, PostedForm.empty(), set.receiptNo()));
        }
        return answer(outcome, "password", typed);
    }

    /** The receipt numbers of a day's reports from this number: first the code, then the code. */
    @POST
    @Path("receipt")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response receipt(@RestForm String phone, @RestForm String date, @RestForm String code,
            @RestForm String action, @Context HttpServerRequest request) {
        String address = ClientAddress.of(request);
        Recovery.Outcome outcome = "send-code".equals(action)
                ? recovery.sendFindCode(phone, date, address, locale.get())
                : recovery.findReceipts(phone, date, code, address);
        String[] typed = { "phone", phone, "date", date, "code", code };
        if (outcome instanceof Recovery.ReceiptsFound found) {
            return NoStore.page(Templates.recover(new Step("receipt", true, null, found.receipts()),
                    PostedForm.of(new FieldErrors(), locale.get(), typed), null));
        }
        return answer(outcome, "receipt", typed);
    }

    private Response answer(Recovery.Outcome outcome, String which, String[] typed) {
        if (outcome instanceof Recovery.Throttled t) {
            return Response.status(429).header("Retry-After", Math.max(1, t.retryAfter().toSeconds()))
                    .header("Cache-Control", "no-store").entity(Templates.recover(new Step(which, false, null, null),
                            PostedForm.of(new FieldErrors().add("form", "track.throttled"), locale.get(), typed),
                            null))
                    .build();
        }
        if (outcome instanceof Recovery.Invalid i) {
            return NoStore.page(422, Templates.recover(new Step(which, true, null, null),
                    PostedForm.of(i.errors(), locale.get(), typed), null));
        }
        PhoneCodes.Sent sent = ((Recovery.CodeSent) outcome).sent();
        if (!sent.ok()) {
            FieldErrors errors = new FieldErrors().add("code", "error.code." + sent.problem().name(),
                    sent.waitSeconds());
            return Response.status(429).header("Retry-After", Math.max(1, sent.waitSeconds()))
                    .header("Cache-Control", "no-store").entity(Templates.recover(new Step(which, true, null, null),
                            PostedForm.of(errors, locale.get(), typed), null))
                    .build();
        }
        return NoStore.page(Templates.recover(new Step(which, true, sent.maskedMobile(), null),
                PostedForm.of(new FieldErrors(), locale.get(), typed), null));
    }
}
