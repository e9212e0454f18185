package cn.gov.yongzhou.qingfeng.desk;

import cn.gov.yongzhou.qingfeng.casework.BriefRules;
import cn.gov.yongzhou.qingfeng.casework.CaseOfficers;
import cn.gov.yongzhou.qingfeng.casework.CaseRole;
import cn.gov.yongzhou.qingfeng.casework.CaseState;
import cn.gov.yongzhou.qingfeng.casework.Casework;
import cn.gov.yongzhou.qingfeng.casework.Conclusion;
import cn.gov.yongzhou.qingfeng.casework.DeadlineStage;
import cn.gov.yongzhou.qingfeng.casework.Extensions;
import cn.gov.yongzhou.qingfeng.casework.Jurisdiction;
import cn.gov.yongzhou.qingfeng.casework.RejectionGround;
import cn.gov.yongzhou.qingfeng.casework.Transition;
import cn.gov.yongzhou.qingfeng.category.Subcategory;
import cn.gov.yongzhou.qingfeng.directory.DirectoryService;
import cn.gov.yongzhou.qingfeng.intake.Reclassification;
import cn.gov.yongzhou.qingfeng.shared.web.FieldErrors;
import cn.gov.yongzhou.qingfeng.shared.web.FormValues;
import cn.gov.yongzhou.qingfeng.shared.web.NoStore;
import cn.gov.yongzhou.qingfeng.shared.web.RequestLocale;
import cn.gov.yongzhou.qingfeng.shared.web.StaffRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.resteasy.reactive.RestForm;

/** The discipline inspector's desk: the queue, a case, its actions. Thin: every change goes through a service. */
@Path("/staff/cases")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("inspector")
public class InspectorPages {

    private static final String BASE = "/staff/cases";

    private final CaseDesk desk;
    private final DirectoryService directory;
    private final Casework casework;
    private final StaffRequest staff;
    private final Extensions extensions;
    private final Tellings tellings;
    private final RequestLocale locale;
    private final Jurisdiction jurisdiction;
    @jakarta.inject.Inject
    Reveals reveals;

    @jakarta.inject.Inject
    Reclassification reclassification;

    @jakarta.inject.Inject
    cn.gov.yongzhou.qingfeng.intake.WorkOrders workOrders;

    @jakarta.inject.Inject
    OfficerDesk officers;

    InspectorPages(CaseDesk desk, Casework casework, StaffRequest staff, Extensions extensions,
            DirectoryService directory, Tellings tellings, RequestLocale locale, Jurisdiction jurisdiction) {
        this.jurisdiction = jurisdiction;
        this.locale = locale;
        this.tellings = tellings;
        this.desk = desk;
        this.casework = casework;
        this.staff = staff;
        this.extensions = extensions;
        this.directory = directory;
    }

    @GET
    public Response queue(@BeanParam QueueParams params) {
        QueueFilter filter = params.filter();
        String after = params.after;
        Jurisdiction.Scope scope = scope();
        return NoStore.page(DeskTemplates.queue(BASE, desk.queue(filter, after, null, scope.filter()), filter,
                List.of(CaseState.values()), directory.unitsByArea(), tellings.tasks(scope)));
    }

    /** A 12345 work order's case, by its number: its case page (the first, when several); 404 when none has it. */
    @GET
    @Path("work-order")
    public Response byWorkOrder(@QueryParam("no") String no) {
        var found = workOrders.byNumber(no);
        if (found.isEmpty()) {
            throw new NotFoundException();
        }
        return Response.seeOther(java.net.URI.create(BASE + "/" + found.get(0).caseId())).build();
    }

    @GET
    @Path("{id}")
    public Response show(@PathParam("id") long id, @QueryParam("msg") String msg) {
        if (jurisdiction.covers(staff.identity(), id)) {
            switch (officers.standing(id, staff.me())) {
                case AWAITS_DECLARATION -> {
                    return NoStore.page(DeskTemplates.declare(BASE, officers.declaration(id, staff.me()).orElseThrow(),
                            null, false));
                }
                case WITHDREW -> {
                    return NoStore.page(403, DeskTemplates.declare(BASE, null, null, true));
                }
                case FREE -> {
                }
            }
        }
        CaseDesk.CaseView view = staff.findOr404(desk.view(id, staff.me(), CaseRole.INSPECTOR, Set.of(), scope()));
        return NoStore.page(DeskTemplates.casePage(BASE, view, Notices.key(msg), FindingsForm.BLANK,
                tellings.of(id), BriefForm.of(view.brief())));
    }

    /**
     * 交办摘要: what the handling body will read instead of the report. Refused with the message beside the field when
     * it names the reporter, gives a clock time or copies the reporter's words; the page keeps what was typed.
     */
    @POST
    @Path("{id}/brief")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response brief(@PathParam("id") long id, @RestForm String alleged, @RestForm String place,
            @RestForm String period, @RestForm String toVerify) {
        existing(id);
        FieldErrors errors = desk.approveBrief(id, new BriefRules.Draft(alleged, place, period, toVerify), staff.me());
        if (errors.isEmpty()) {
            return DeskResponses.back(BASE, id, "briefApproved");
        }
        Map<String, String> err = new LinkedHashMap<>();
        errors.all().forEach(e -> err.putIfAbsent(e.field(), errors.message(e, locale.get())));
        BriefForm form = new BriefForm(nz(alleged), nz(place), nz(period), nz(toVerify), err);
        CaseDesk.CaseView view = staff.findOr404(desk.view(id, staff.me(), CaseRole.INSPECTOR, Set.of(), scope()));
        return NoStore.page(422, DeskTemplates.casePage(BASE, view, null, FindingsForm.BLANK, tellings.of(id), form));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /**
     * A step from the case page. An irreversible one ({@link DeskResponses#CONFIRMED}) first answers a page that says
     * what will happen, with what was typed, and is done only when that page's button posts it back with
     * {@code confirmed=yes}. A step the case no longer offers, or posted with a stale version, goes straight through,
     * so the answer is the usual notice (wrong state, changed meanwhile), never a confirmation of the impossible.
     */
    @POST
    @Path("{id}/act")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response act(@PathParam("id") long id, @RestForm String transition, @RestForm String reason,
            @RestForm String conclusion, @RestForm String toReporter, @RestForm String ground, @RestForm String channel,
            @RestForm String destination, @RestForm String confirmed,
            @RestForm int version) {
        existing(id);
        Transition step = DeskResponses.step(transition);
        Conclusion decided = FormValues.choice(Conclusion.class, conclusion);
        RejectionGround why = FormValues.choice(RejectionGround.class, ground);
        if (DeskResponses.CONFIRMED.contains(step) && !DeskResponses.confirmed(confirmed)) {
            String missing = DeskResponses.missing(step, reason, decided, toReporter, destination, why, channel);
            Transition.Refusal guarded = missing == null ? casework.guardRefusal(id, step) : null;
            if (missing != null || guarded != null) {
                return DeskResponses.back(BASE, id, missing != null ? missing : guarded.name());
            }
            CaseDesk.CaseView view = staff.findOr404(desk.view(id, staff.me(), CaseRole.INSPECTOR, Set.of()));
            if (view.version() == version && view.actions().contains(step)) {
                return NoStore.page(DeskTemplates.confirm(BASE, view, step, new DeskTemplates.Typed(nz(reason),
                        decided, nz(toReporter), why, nz(channel), nz(destination))));
            }
        }
        if (step == Transition.REJECT) {
            return DeskResponses.back(BASE, id, DeskResponses.notice(casework.reject(id,
                    new Casework.Actor(staff.me(), CaseRole.INSPECTOR), why, channel, reason, toReporter, version)));
        }
        return DeskResponses.act(casework, BASE, id, transition, reason, decided,
                toReporter, destination, version, new Casework.Actor(staff.me(), CaseRole.INSPECTOR));
    }

    /** 告知 by call, letter or visit: how, when, what was said, what the reporter answered. */
    @POST
    @Path("{id}/told")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response told(@PathParam("id") long id, @RestForm String stage, @RestForm String method,
            @RestForm String at, @RestForm String said, @RestForm String response) {
        existing(id);
        var refusal = tellings.record(id, stage, method, at, said, response, staff.me());
        return DeskResponses.back(BASE, id, refusal == null ? "told" : "told" + refusal.name());
    }

    @POST
    @Path("{id}/assign")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response assign(@PathParam("id") long id, @RestForm String unit, @RestForm String reason,
            @RestForm int version) {
        existing(id);
        CaseDesk.Assignment assignment = desk.assign(id, unit, reason, version, staff.me());
        if (assignment.conflict() != null && assignment.conflict().refused()) {
            return DeskResponses.back(BASE, id, "conflict" + assignment.conflict().name());
        }
        if (assignment.reasonMissing()) {
            return DeskResponses.back(BASE, id, "overrideReason");
        }
        if (assignment.briefMissing()) {
            return DeskResponses.back(BASE, id, "briefMissing");
        }
        Casework.Outcome outcome = assignment.outcome();
        return DeskResponses.back(BASE, id, DeskResponses.notice(outcome));
    }

    /**
     * 更正: the category, subcategory, accused unit, window or accused as the inspector corrects them, with the reason.
     * Refused with the message beside the field; the page keeps what was typed.
     */
    @POST
    @Path("{id}/reclassify")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reclassify(@PathParam("id") long id, @RestForm String category, @RestForm String subcategory,
            @RestForm String unit, @RestForm String window, @RestForm String accusedName, @RestForm String accusedBadge,
            @RestForm String accusedDescription, @RestForm String reason, @RestForm int version) {
        existing(id);
        Reclassification.Result result = reclassification.correct(id, new Reclassification.Correction(category,
                subcategory, unit, window, accusedName, accusedBadge, accusedDescription, reason), staff.me(), version);
        if (result.outcome() != null) {
            return DeskResponses.back(BASE, id, result.done() ? "reclassified" : DeskResponses.notice(result.outcome()));
        }
        Map<String, String> err = new LinkedHashMap<>();
        result.errors().all().forEach(e -> err.putIfAbsent(e.field(), result.errors().message(e, locale.get())));
        CaseDesk.CaseView view = staff.findOr404(desk.view(id, staff.me(), CaseRole.INSPECTOR, Set.of()));
        ReclassifyForm typed = new ReclassifyForm(nz(category), nz(subcategory), nz(unit), nz(window), nz(accusedName),
                nz(accusedBadge), nz(accusedDescription), nz(reason), err, view.reclassify().units(),
                List.of(Subcategory.values()));
        return NoStore.page(422, DeskTemplates.casePage(BASE, view.withReclassify(typed), null, FindingsForm.BLANK,
                tellings.of(id), BriefForm.of(view.brief())));
    }

    /** 并案 by hand: into the case named by its reference or receipt number, with the reason. */
    @POST
    @Path("{id}/merge")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response merge(@PathParam("id") long id, @RestForm String into, @RestForm String reason,
            @RestForm int version) {
        existing(id);
        CaseDesk.Merge merge = desk.merge(id, into, reason, version, scope(), staff.me());
        return DeskResponses.back(BASE, id, merge.targetUnknown() ? "mergeTargetUnknown"
                : DeskResponses.notice(merge.outcome()));
    }

    /** 指定承办人: one of the holding body's inspectors, who declares 回避 before first reading the case. */
    @POST
    @Path("{id}/officer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response nameOfficer(@PathParam("id") long id, @RestForm String officer) {
        existing(id);
        return DeskResponses.back(BASE, id, switch (officers.name(id, officer, staff.me())) {
            case NAMED -> "officerNamed";
            case UNCHANGED -> "officerUnchanged";
            case NOT_OPEN -> "officerNotOpen";
            case NOT_ELIGIBLE -> "officerNotEligible";
        });
    }

    /**
     * 回避声明 by the named officer: none applies (with the box that confirms it ticked), or a ground, which takes them
     * off the case. Without a ground for a conflict, or without the box, the page again with the message.
     */
    @POST
    @Path("{id}/declare")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response declare(@PathParam("id") long id, @RestForm String decision, @RestForm String sure,
            @RestForm String ground, @RestForm String explanation) {
        if (!jurisdiction.covers(staff.identity(), id)) {
            throw new NotFoundException();
        }
        var declaration = officers.declaration(id, staff.me());
        if (declaration.isEmpty()) {
            return DeskResponses.back(BASE, id, "stale");
        }
        boolean conflict = "conflict".equals(decision);
        CaseOfficers.RecusalGround why = FormValues.choice(CaseOfficers.RecusalGround.class, ground);
        if (!conflict && !"yes".equals(sure) || conflict && why == null) {
            return NoStore.page(422, DeskTemplates.declare(BASE, declaration.get(),
                    conflict ? "declare.groundRequired" : "declare.sureRequired", false));
        }
        return switch (officers.declare(id, staff.me(), conflict ? why : null, explanation)) {
            case NO_CONFLICT -> DeskResponses.back(BASE, id, "declared");
            case RECUSED -> NoStore.page(DeskTemplates.declare(BASE, null, null, true));
            case GROUND_REQUIRED -> NoStore.page(422, DeskTemplates.declare(BASE, declaration.get(),
                    "declare.groundRequired", false));
            case NOT_AWAITED -> DeskResponses.back(BASE, id, "stale");
        };
    }

    /** Grants or refuses the pending extension of the verification; a refusal needs reasons. */
    @POST
    @Path("{id}/extension")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decideExtension(@PathParam("id") long id, @RestForm String decision, @RestForm String reason,
            @RestForm String toReporter) {
        existing(id);
        Extensions.Refusal refusal = extensions.decide(id, DeadlineStage.INVESTIGATION, "approve".equals(decision),
                reason, toReporter, staff.me());
        return DeskResponses.back(BASE, id, refusal == null ? "done" : "ext" + refusal.name());
    }

    /**
     * 查看举报人身份: with a reason, a request a director approves on {@code /staff/reveals}; with an emergency ground
     * and a longer reason, shown at once for a short time and reviewed by a director afterwards.
     */
    @POST
    @Path("{id}/reveal")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reveal(@PathParam("id") long id, @RestForm String reason, @RestForm String emergency) {
        existing(id);
        if (emergency != null) {
            Reveals.Result result = reveals.emergency(id, staff.me(), FormValues.choice(EmergencyGround.class, emergency),
                    reason);
            return DeskResponses.back(BASE, id, result == Reveals.Result.OPENED ? "revealed" : "emergencyReasonRequired");
        }
        return DeskResponses.back(BASE, id, switch (reveals.request(id, staff.me(), reason)) {
            case REQUESTED -> "revealRequested";
            case ALREADY_PENDING -> "revealPending";
            default -> "reasonRequired";
        });
    }

    /** 移交管辖: the city's body hands the case down, a county's moves it up; a reason is required. */
    @POST
    @Path("{id}/body")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response moveBody(@PathParam("id") long id, @RestForm String body, @RestForm String reason,
            @RestForm int version) {
        existing(id);
        Jurisdiction.Scope scope = scope();
        CaseDesk.Move move = desk.moveBody(id, body, reason, version, scope, staff.me());
        if (move == CaseDesk.Move.DONE && !scope.covers(cn.gov.yongzhou.qingfeng.directory.Unit.findByCode(body)
                .map(u -> u.id).orElse(null))) {
            // moved out of this inspector's reach: back to the queue, where it no longer shows
            return jakarta.ws.rs.core.Response.seeOther(java.net.URI.create(BASE)).build();
        }
        return DeskResponses.back(BASE, id, switch (move) {
            case DONE -> "bodyMoved";
            case STALE -> "stale";
            case REASON_REQUIRED -> "bodyReasonRequired";
            case NOT_ALLOWED -> "bodyNotAllowed";
        });
    }

    private Jurisdiction.Scope scope() {
        return jurisdiction.of(staff.identity());
    }

    /**
     * A step on a case that does not exist answers 404, as the case page does; so does one on a case another
     * discipline body holds (管辖): the same answer, so its existence does not show.
     */
    private void existing(long id) {
        if (!jurisdiction.covers(staff.identity(), id)) {
            throw new NotFoundException();
        }
        // the named officer declares 回避 before anything else; one who withdrew no longer works the case
        if (officers.standing(id, staff.me()) != CaseOfficers.Standing.FREE) {
            throw new jakarta.ws.rs.RedirectionException(Response.Status.SEE_OTHER, java.net.URI.create(BASE + "/" + id));
        }
    }

}
