package cn.gov.yongzhou.qingfeng.intake;

import cn.gov.yongzhou.qingfeng.shared.web.ClientAddress;
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
        static native TemplateInstance track(String receiptNo, String error);

        static native TemplateInstance status(TrackingService.TrackedReport report);
    }

    private final TrackingService tracking;

    TrackPage(TrackingService tracking) {
        this.tracking = tracking;
    }

    @GET
    public TemplateInstance form(@QueryParam("receipt") String receipt) {
        return Templates.track(receipt, null);
    }

    /** A POST, so the password never lands in a URL, a log or the browser history. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response lookUp(@RestForm String receipt, @RestForm String password, @Context HttpServerRequest request) {
        TrackingService.Outcome outcome = tracking.track(receipt, password, ClientAddress.of(request));
        if (outcome instanceof TrackingService.Found f) {
            return Response.ok(Templates.status(f.report())).header("Cache-Control", "no-store").build();
        }
        if (outcome instanceof TrackingService.Throttled t) {
            return Response.status(429).header("Retry-After", Math.max(1, t.retryAfter().toSeconds()))
                    .entity(Templates.track(receipt, "track.throttled")).build();
        }
        return Response.status(Response.Status.NOT_FOUND).entity(Templates.track(receipt, "track.notFound")).build();
    }
}
