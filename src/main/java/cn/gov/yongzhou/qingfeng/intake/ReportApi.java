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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * For other intake channels (12345 hotline, letters, visits): the same fields and checks as the form. The OpenAPI
 * document at /q/openapi describes every field, answer and status code (ReportApiDocumentTest keeps it honest).
 */
@Path("/api/v1/reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reports", description = "Filing reports and following them")
@SecurityScheme(securitySchemeName = ReportApi.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT", description = "An OIDC access token of the portal's identity provider with the role "
        + "intake-client (client credentials of the 12345 hotline's or a registration desk's system)")
public class ReportApi {

    static final String BEARER = "bearer";

    @Schema(name = "Created", description = "The report was registered (or, with the same Idempotency-Key and content, "
            + "had been: then the header Idempotent-Replayed is true and nothing new was stored)")
    public record Created(
            @Schema(description = "受理编号: the receipt number", example = "YZ261205K7M2QX") String receipt,
            @Schema(description = "查询密码: shown only here (stored as a keyed hash); give it to the reporter", example = "Q7M2K9XP4T") String password,
            @Schema(description = "The case's state", example = "REGISTERED") String status,
            @Schema(description = "Where to follow the report (with the header X-Query-Password)", example = "/api/v1/reports/YZ261205K7M2QX") URI track) {
    }

    @Schema(name = "ErrorItem", description = "One problem: the field it concerns, a stable code, and what to tell "
            + "the reporter, in Chinese and in English")
    public record ErrorItem(
            @Schema(description = "The form field (or 'form', or the header's name)", example = "idNumber") String field,
            @Schema(description = "A stable code (a message key)", example = "error.idNumber.checksum") String code,
            @Schema(example = "身份证号码校验位不正确，请核对每一位。") String message,
            @Schema(example = "The check digit of the ID number does not match; please check every digit.") String messageEn) {
    }

    @Schema(name = "Errors", description = "What was refused; nothing was stored")
    public record Errors(
            @Schema(description = "invalid (400), idempotency_key_reused (422), busy (503), not_found (404), "
                    + "too_many_attempts (429)", example = "invalid") String error,
            List<ErrorItem> errors) {
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

    /** The idempotency rules, said once for the operation and its header. */
    static final String IDEMPOTENCY = "Idempotency-Key (optional; e.g. a UUID or the "
            + "work-order number) makes a retry safe: it is scoped to the calling client (another client's same key is "
            + "another key) and kept for good (as a keyed hash). The same key with the same content returns the first "
            + "answer again, 201 with the same receipt and password and the header Idempotent-Replayed: true, and "
            + "stores nothing; the same key with other content is refused with 422 (idempotency_key_reused) and the "
            + "earlier receipt is not disclosed; two requests with the same key at once are serialised, the second "
            + "gets the first one's answer. Without the header every request files a new report.";

    // @formatter:off (the OpenAPI description reads best as written: one response a line)
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(INTAKE_CLIENT)
    @SecurityRequirement(name = BEARER)
    @Operation(operationId = "fileReport", summary = "File a report",
            description = "For intake systems holding a bearer token with the role intake-client. The same fields and "
                    + "checks as the public form: a real-name report (a person or a unit with its 经办人, a landline "
                    + "counts) or an anonymous one (petty corruption only). 'channel' says how the report came in. "
                    + "Every check runs before anything is stored: a refused report leaves nothing behind. "
                    + IDEMPOTENCY)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = ReportRequest.class)))
    @APIResponse(responseCode = "201", description = "Registered: the receipt number and the query password",
            headers = {
                    @Header(name = "Location", description = "The report's status resource",
                            schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Idempotent-Replayed", description = "true when this answers a retry with the same "
                            + "Idempotency-Key and content (nothing new stored)", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Created.class),
                    examples = @ExampleObject(name = "registered", value = """
                            {"receipt":"YZ261205K7M2QX","password":"Q7M2K9XP4T","status":"REGISTERED",                            "track":"/api/v1/reports/YZ261205K7M2QX"}""")))
    @APIResponse(responseCode = "400", description = "A field is missing or wrong: every problem, by field, in Chinese "
            + "and English; nothing stored", content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Errors.class), examples = @ExampleObject(name = "invalid", value = """
                            {"error":"invalid","errors":[{"field":"idNumber","code":"error.idNumber.checksum",                            "message":"身份证号码校验位不正确，请核对每一位。",                            "messageEn":"The check digit of the ID number does not match; please check every digit."},                            {"field":"identity","code":"error.identity.anonymousNotForCategory",                            "message":"傲慢服务问题须实名举报（第八条）。请选择实名举报，或如实选择“索拿卡要”类别。",                            "messageEn":"Arrogant service must be reported under a real name (rule 8). Choose a                             real-name report, or the petty-corruption category if that is what happened."}]}""")))
    @APIResponse(responseCode = "401", description = "No bearer token, or not a valid one")
    @APIResponse(responseCode = "403", description = "A valid token without the role intake-client")
    @APIResponse(responseCode = "409", description = "A concurrent write conflicted in the database (very rare: the "
            + "request is retried once inside); nothing stored: send it again with the same Idempotency-Key",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "The body is over the size limit (qingfeng.max-request-size) or "
            + "one text field is over 64 KB; nothing stored", content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = LimitError.class), examples = @ExampleObject(name = "too_large",
                            value = """
                                    {"error":"too_large","message":"请求太大……","messageEn":"The request is too large …"}""")))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used before with other content; "
            + "nothing stored", content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Errors.class), examples = @ExampleObject(name = "reused", value = """
                            {"error":"idempotency_key_reused","errors":[{"field":"Idempotency-Key","code":"conflict",                            "message":"……","messageEn":"…"}]}""")))
    @APIResponse(responseCode = "429", description = "The calling address's hourly allowance of reports, files or "
            + "bytes is used up (qingfeng.rate-limits.api-*); nothing stored",
            headers = @Header(name = "Retry-After", description = "Seconds to wait", schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LimitError.class)))
    @APIResponse(responseCode = "503", description = "Too many submissions in progress, or the database is away; "
            + "nothing stored: retry after Retry-After with the same Idempotency-Key",
            headers = @Header(name = "Retry-After", description = "Seconds to wait", schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Errors.class)))
    // @formatter:on
    public Response create(@BeanParam ReportForm form,
            @Parameter(description = IDEMPOTENCY, schema = @Schema(type = SchemaType.STRING), example = "12345-WO-20261205-0042") @HeaderParam("Idempotency-Key") String idempotencyKey,
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

    // @formatter:off (the OpenAPI description reads best as written: one response a line)
    @GET
    @Path("{receipt}")
    @Operation(operationId = "reportStatus", summary = "Status and public timeline of a report",
            description = "No token: the receipt number and the query password (header X-Query-Password) are the key. "
                    + "A wrong receipt and a wrong password answer alike (404). Never the reporter's identity.")
    @APIResponse(responseCode = "200", description = "The report as its reporter may see it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Status.class)))
    @APIResponse(responseCode = "404", description = "No such receipt, or a wrong password",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Errors.class)))
    @APIResponse(responseCode = "429", description = "Too many lookups, or locked out after wrong passwords",
            headers = @Header(name = "Retry-After", description = "Seconds to wait", schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Errors.class)))
    // @formatter:on
    public Response status(@PathParam("receipt") String receipt,
            @Parameter(description = "The query password given with the receipt", required = true) @HeaderParam("X-Query-Password") String password,
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
                            .toList(),
                    r.conclusion() == null ? null : r.conclusion().name(),
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

    // @formatter:off (the OpenAPI description reads best as written: one response a line)
    @GET
    @Path("work-orders/{workOrderNo}")
    @RolesAllowed(INTAKE_CLIENT)
    @Operation(summary = "The reports filed under a 12345 work-order number (工单编号), with their receipts and states, "
            + "for the intake systems that filed them; the timeline is read with the receipt and its query password")
    // @formatter:on
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
    @Schema(name = "LimitError", description = "A limit refused the request: what happened, in Chinese and English")
    public record LimitError(@Schema(example = "rate_limited") String error, String message, String messageEn) {
    }

    /** What the portal's error handling answers on /api/ for a conflict (409) and other refusals outside this class. */
    @Schema(name = "Problem", description = "A refusal by the portal's error handling: a title and a message")
    public record Problem(String error, String message) {
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
