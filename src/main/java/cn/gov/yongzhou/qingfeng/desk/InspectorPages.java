package cn.gov.yongzhou.qingfeng.desk;

import cn.gov.yongzhou.qingfeng.casework.BriefRules;
import cn.gov.yongzhou.qingfeng.casework.CaseState;
import cn.gov.yongzhou.qingfeng.shared.web.FieldErrors;
import cn.gov.yongzhou.qingfeng.shared.web.RequestLocale;
import java.util.LinkedHashMap;
import java.util.Map;
import cn.gov.yongzhou.qingfeng.directory.DirectoryService;
import cn.gov.yongzhou.qingfeng.casework.Casework;
import cn.gov.yongzhou.qingfeng.casework.Conclusion;
import cn.gov.yongzhou.qingfeng.casework.DeadlineStage;
import cn.gov.yongzhou.qingfeng.casework.Extensions;
import cn.gov.yongzhou.qingfeng.casework.RejectionGround;
import cn.gov.yongzhou.qingfeng.casework.CaseRole;
import cn.gov.yongzhou.qingfeng.casework.Transition;
import cn.gov.yongzhou.qingfeng.shared.web.FormValues;
import cn.gov.yongzhou.qingfeng.shared.web.NoStore;
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
import java.util.List;
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

    InspectorPages(CaseDesk desk, Casework casework, StaffRequest staff, Extensions extensions,
            DirectoryService directory, Tellings tellings, RequestLocale locale) {
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
        return NoStore.page(DeskTemplates.queue(BASE, desk.queue(filter, after), filter,
                List.of(CaseState.values()), directory.unitsByArea(), tellings.tasks()));
    }

    @GET
    @Path("{id}")
    public Response show(@PathParam("id") long id, @QueryParam("msg") String msg) {
        CaseDesk.CaseView view = staff.findOr404(desk.view(id, staff.me(), CaseRole.INSPECTOR, Set.of()));
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
        CaseDesk.CaseView view = staff.findOr404(desk.view(id, staff.me(), CaseRole.INSPECTOR, Set.of()));
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
     * 查看完整身份: recorded on the case and in the security log, so it first answers a page that says so, with the
     * reason; only that page's button ({@code confirmed=yes}) reveals.
     */
    @POST
    @Path("{id}/reveal")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reveal(@PathParam("id") long id, @RestForm String reason, @RestForm String confirmed) {
        existing(id);
        if (reason == null || reason.isBlank() || reason.strip().length() > 500) {
            return DeskResponses.back(BASE, id, "reasonRequired");
        }
        if (!DeskResponses.confirmed(confirmed)) {
            CaseDesk.CaseView view = staff.findOr404(desk.view(id, staff.me(), CaseRole.INSPECTOR, Set.of()));
            return NoStore.page(DeskTemplates.confirmReveal(BASE, view, reason.strip()));
        }
        desk.reveal(id, staff.me(), reason);
        return DeskResponses.back(BASE, id, "revealed");
    }

    /** A step on a case that does not exist answers 404, as the case page does. */
    private void existing(long id) {
        if (!desk.exists(id)) {
            throw new NotFoundException();
        }
    }


}
