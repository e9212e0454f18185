package cn.gov.yongzhou.qingfeng.intake;

import cn.gov.yongzhou.qingfeng.shared.web.ClientAddress;
import cn.gov.yongzhou.qingfeng.shared.web.FieldErrors;
import cn.gov.yongzhou.qingfeng.shared.web.Messages;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** For other intake channels (12345 hotline, letters, visits): the same fields and checks as the form. */
@Path("/api/v1/reports")
@Produces(MediaType.APPLICATION_JSON)
public class ReportApi {

    public record Created(String receipt, String password, String status, URI track) {
    }

    public record ErrorItem(String field, String code, String message, String messageEn) {
    }

    public record Errors(String error, List<ErrorItem> errors) {
    }

    /** A step the reporter may see; a refusal carries its coded ground and, where it belongs elsewhere, the channel. */
    public record TimelineEntry(OffsetDateTime at, String action, String label, String labelEn, String ground,
            String groundLabel, String groundLabelEn, String channel) {
    }

    public record Status(String receipt, String status, String statusLabel, String statusLabelEn, String category,
            String subcategory, String unit, String window, LocalDate occurredOn, LocalTime occurredTime,
            OffsetDateTime receivedAt, String reporter, int evidenceCount, List<TimelineEntry> timeline,
            List<Promise> deadlines, String conclusion, String conclusionLabel, String conclusionLabelEn) {
    }

    /** What the reporter has been promised by when, e.g. to be told whether the report was accepted. */
    public record Promise(String stage, LocalDate due, boolean provisional, String label, String labelEn) {
    }

    /** The role of systems allowed to file reports: the 12345 hotline, letter and visit registration desks. */
    public static final String INTAKE_CLIENT = "intake-client";

    private final IntakeService intake;
    private final TrackingService tracking;
    private final SecurityIdentity identity;

    @jakarta.inject.Inject
    WorkOrders workOrders;

    ReportApi(IntakeService intake, TrackingService tracking, SecurityIdentity identity) {
        this.intake = intake;
        this.tracking = tracking;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(INTAKE_CLIENT)
    @Operation(summary = "File a real-name report (evidence as multipart parts named 'evidence'); for intake "
            + "systems holding a bearer token with the role intake-client. 'channel' says how the report came in: "
            + "API (default), PHONE, LETTER or VISIT")
    public Response create(@BeanParam ReportForm form,
            @Parameter(description = "Makes a retry return the same receipt and password")
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            @HeaderParam("Accept-Language") String acceptLanguage, @Context HttpServerRequest request) {
        Locale locale = acceptLanguage != null && acceptLanguage.startsWith("en") ? Messages.ENGLISH : Messages.CHINESE;
        Submission outcome = intake.submit(form, channelOf(form.channel), identity.getPrincipal().getName(),
                idempotencyKey, locale, IntakeLimits.Source.API, ClientAddress.of(request));
        if (outcome instanceof Submission.Accepted a) {
            URI track = URI.create("/api/v1/reports/" + a.receiptNo());
            Response.ResponseBuilder response = Response.created(track)
                    .entity(new Created(a.receiptNo(), a.password(), "REGISTERED", track))
                    .header("Cache-Control", "no-store");
            if (a.replay()) {
                response.header("Idempotent-Replayed", "true");
            }
            return response.build();
        }
        if (outcome instanceof Submission.Invalid i) {
            return Response.status(Response.Status.BAD_REQUEST).entity(errors(i.errors())).build();
        }
        if (outcome instanceof Submission.Busy) {
            return Response.status(503).header("Retry-After", 30).entity(new Errors("busy", List.of(new ErrorItem(
                    "form", "error.busy", Messages.get(Messages.CHINESE, "error.busy"),
                    Messages.get(Messages.ENGLISH, "error.busy"))))).build();
        }
        if (outcome instanceof Submission.Limited l) {
            return limited(l.limit());
        }
        // the earlier report's receipt is not repeated: it belongs to whoever filed that report
        return Response.status(422).entity(new Errors("idempotency_key_reused", List.of(new ErrorItem(
                "Idempotency-Key", "conflict", Messages.get(Messages.CHINESE, "api.keyReused"),
                Messages.get(Messages.ENGLISH, "api.keyReused"))))).build();
    }

    /** How the report reached the calling system; anything else is refused by the validator's field list. */
    private static Channel channelOf(String value) {
        if (value == null || value.isBlank()) {
            return Channel.API;
        }
        try {
            Channel channel = Channel.valueOf(value.strip());
            return channel == Channel.WEB ? Channel.API : channel;
        } catch (IllegalArgumentException e) {
            return Channel.API;
        }
    }

    @GET
    @Path("{receipt}")
    @Operation(summary = "Status and public timeline of a report; the query password goes in X-Query-Password")
    public Response status(@PathParam("receipt") String receipt, @HeaderParam("X-Query-Password") String password,
            @Context HttpServerRequest request) {
        TrackingService.Outcome outcome = tracking.track(receipt, password, ClientAddress.of(request));
        if (outcome instanceof TrackingService.Found f) {
            TrackingService.TrackedReport r = f.report();
            List<TimelineEntry> timeline = r.timeline().stream().map(e -> new TimelineEntry(e.at(), e.action().name(),
                    label(Messages.CHINESE, e.action()), label(Messages.ENGLISH, e.action()),
                    e.ground() == null ? null : e.ground().name(),
                    e.ground() == null ? null : label(Messages.CHINESE, e.ground()),
                    e.ground() == null ? null : label(Messages.ENGLISH, e.ground()), e.channel())).toList();
            return Response.ok(new Status(r.receiptNo(), r.state().name(), label(Messages.CHINESE, r.state()),
                    label(Messages.ENGLISH, r.state()), r.category().name(), r.subcategory().name(), r.unitName(),
                    r.windowName(), r.occurredOn(), r.occurredTime(), r.receivedAt(), r.maskedReporterName(),
                    r.evidenceCount(), timeline, r.deadlines().stream().map(d -> new Promise(d.stage().name(), d.due(),
                            d.provisional(), label(Messages.CHINESE, d.stage()), label(Messages.ENGLISH, d.stage())))
                            .toList(), r.conclusion() == null ? null : r.conclusion().name(),
                    r.conclusion() == null ? null : label(Messages.CHINESE, r.conclusion()),
                    r.conclusion() == null ? null : label(Messages.ENGLISH, r.conclusion())))
                    .header("Cache-Control", "no-store").build();
        }
        if (outcome instanceof TrackingService.Limited l) {
            return limited(l.limit());
        }
        if (outcome instanceof TrackingService.Throttled t) {
            return Response.status(429).header("Retry-After", Math.max(1, t.retryAfter().toSeconds()))
                    .entity(new Errors("too_many_attempts", List.of())).build();
        }
        return Response.status(Response.Status.NOT_FOUND).entity(new Errors("not_found", List.of())).build();
    }

    /** A report filed under a 12345 work-order number: its receipt and where it stands. */
    public record WorkOrderReport(String receipt, String workOrderNo, String status, String statusLabel,
            String statusLabelEn, OffsetDateTime receivedAt, URI track) {
    }

    @GET
    @Path("work-orders/{workOrderNo}")
    @RolesAllowed(INTAKE_CLIENT)
    @Operation(summary = "The reports filed under a 12345 work-order number (工单编号), with their receipts and states, "
            + "for the intake systems that filed them; the timeline is read with the receipt and its query password")
    public Response byWorkOrder(@PathParam("workOrderNo") String workOrderNo) {
        List<WorkOrderReport> found = workOrders.byNumber(workOrderNo).stream().map(l -> new WorkOrderReport(
                l.receiptNo(), l.workOrderNo(), l.state().name(), label(Messages.CHINESE, l.state()),
                label(Messages.ENGLISH, l.state()), l.receivedAt(), URI.create("/api/v1/reports/" + l.receiptNo())))
                .toList();
        if (found.isEmpty()) {
            return Response.status(Response.Status.NOT_FOUND).entity(new Errors("not_found", List.of())).build();
        }
        return Response.ok(found).header("Cache-Control", "no-store").build();
    }

    /** A rate limit's refusal: 429, Retry-After, and what happened in both languages. */
    public record LimitError(String error, String message, String messageEn) {
    }

    static Response limited(IntakeLimits.Limited limit) {
        IntakeLimits.Notice notice = limit.notice();
        return Response.status(429).header("Retry-After", limit.refusal().retryAfterSeconds())
                .entity(new LimitError("rate_limited", notice.message(), notice.messageEn())).build();
    }

    private static String label(Locale locale, Enum<?> value) {
        return Messages.get(locale, cn.gov.yongzhou.qingfeng.shared.web.TemplateText.keyOf(value));
    }

    static Errors errors(FieldErrors errors) {
        return new Errors("invalid", errors.all().stream().map(e -> new ErrorItem(e.field(), e.key(),
                errors.message(e, Messages.CHINESE), errors.message(e, Messages.ENGLISH))).toList());
    }
}
