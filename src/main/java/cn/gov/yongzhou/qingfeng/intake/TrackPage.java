package cn.gov.yongzhou.qingfeng.intake;

import cn.gov.yongzhou.qingfeng.followthrough.FollowThrough;
import cn.gov.yongzhou.qingfeng.followthrough.SatisfactionLevel;
import cn.gov.yongzhou.qingfeng.shared.web.ClientAddress;
import cn.gov.yongzhou.qingfeng.shared.web.FieldErrors;
import cn.gov.yongzhou.qingfeng.shared.web.FormValues;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

/** 查询: receipt number and query password → the report's status and public timeline. */
@Path("/track")
@Produces(MediaType.TEXT_HTML)
public class TrackPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance track(String receiptNo, String error, IntakeLimits.Notice limited);

        static native TemplateInstance status(TrackingService.TrackedReport report, FollowThrough.Options options,
                String pass, PostedForm form, String msg, IntakeLimits.Notice limited);
    }

    private final TrackingService tracking;
    private final FollowThrough followThrough;
    private final TrackPass passes;
    private final RequestLocale locale;
    private final IntakeLimits limits;

    TrackPage(TrackingService tracking, FollowThrough followThrough, TrackPass passes, RequestLocale locale,
            IntakeLimits limits) {
        this.limits = limits;
        this.tracking = tracking;
        this.followThrough = followThrough;
        this.passes = passes;
        this.locale = locale;
    }

    @GET
    public TemplateInstance form(@QueryParam("receipt") String receipt) {
        return Templates.track(receipt, null, null);
    }

    /** A POST, so the password never lands in a URL, a log or the browser history. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response lookUp(@RestForm String receipt, @RestForm String password, @Context HttpServerRequest request) {
        TrackingService.Outcome outcome = tracking.track(receipt, password, ClientAddress.of(request));
        if (outcome instanceof TrackingService.Found f) {
            return status(200, f.report().receiptNo(), PostedForm.empty(), null);
        }
        if (outcome instanceof TrackingService.Throttled t) {
            return Response.status(429).header("Retry-After", Math.max(1, t.retryAfter().toSeconds()))
                    .entity(Templates.track(receipt, "track.throttled", null)).build();
        }
        if (outcome instanceof TrackingService.Limited l) {
            return Response.status(429).header("Retry-After", l.limit().refusal().retryAfterSeconds())
                    .entity(Templates.track(receipt, null, l.limit().notice())).build();
        }
        return Response.status(Response.Status.NOT_FOUND).entity(Templates.track(receipt, "track.notFound", null)).build();
    }

    /** 评价: the reporter rates the handling, once, after the conclusion. */
    @POST
    @Path("rate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response rate(@RestForm String pass, @RestForm String level, @RestForm String comment,
            @Context HttpServerRequest request) {
        String receiptNo = passes.verify(pass).orElse(null);
        if (receiptNo == null) {
            return expired();
        }
        IntakeLimits.Limited limited = limits.followUp(ClientAddress.of(request), receiptNo).orElse(null);
        if (limited != null) {
            return limited(receiptNo, limited, "level", level, "comment", comment);
        }
        FieldErrors errors = followThrough.rate(caseOf(receiptNo), FormValues.choice(SatisfactionLevel.class, level),
                comment);
        return errors.isEmpty() ? status(200, receiptNo, PostedForm.empty(), "follow.msg.rated")
                : status(422, receiptNo, PostedForm.of(errors, locale.get(), "level", level, "comment", comment), null);
    }

    /** 异议 / 申请复核: within the window, the reporter objects with what is wrong or new; the case is reviewed. */
    @POST
    @Path("object")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response object(@RestForm String pass, @RestForm String objection, @RestForm String newFacts,
            @Context HttpServerRequest request) {
        String receiptNo = passes.verify(pass).orElse(null);
        if (receiptNo == null) {
            return expired();
        }
        IntakeLimits.Limited limited = limits.followUp(ClientAddress.of(request), receiptNo).orElse(null);
        if (limited != null) {
            return limited(receiptNo, limited, "objection", objection);
        }
        FieldErrors errors = followThrough.object(caseOf(receiptNo), objection, newFacts != null && !newFacts.isBlank());
        return errors.isEmpty() ? status(200, receiptNo, PostedForm.empty(), "follow.msg.objected")
                : status(422, receiptNo, PostedForm.of(errors, locale.get(), "objection", objection,
                        "newFacts", newFacts == null || newFacts.isBlank() ? "" : "yes"), null);
    }

    private Response status(int code, String receiptNo, PostedForm form, String msg) {
        TrackingService.TrackedReport report = tracking.byReceipt(receiptNo).orElseThrow();
        return NoStore.page(code, Templates.status(report, followThrough.options(caseOf(receiptNo)),
                passes.issue(receiptNo), form, msg, null));
    }

    /** The status page again with what the reporter typed, under the notice of the limit; nothing recorded. */
    private Response limited(String receiptNo, IntakeLimits.Limited limited, String... typed) {
        TrackingService.TrackedReport report = tracking.byReceipt(receiptNo).orElseThrow();
        return Response.status(429).header("Retry-After", limited.refusal().retryAfterSeconds())
                .header("Cache-Control", "no-store")
                .entity(Templates.status(report, followThrough.options(caseOf(receiptNo)), passes.issue(receiptNo),
                        PostedForm.of(new FieldErrors(), locale.get(), typed), null, limited.notice()))
                .build();
    }

    /** The case of a receipt whose pass the reporter holds (so the report, and with it its case, exists). */
    private long caseOf(String receiptNo) {
        return tracking.caseOf(receiptNo).orElseThrow();
    }

    /** The page was left open too long (or the pass was forged): look the report up again. */
    private static Response expired() {
        return Response.status(403).entity(Templates.track(null, "track.passExpired", null)).build();
    }
}
