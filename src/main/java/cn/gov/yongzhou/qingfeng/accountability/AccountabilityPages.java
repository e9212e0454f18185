package cn.gov.yongzhou.qingfeng.accountability;

import cn.gov.yongzhou.qingfeng.shared.web.FieldErrors;
import cn.gov.yongzhou.qingfeng.shared.web.FormValues;
import cn.gov.yongzhou.qingfeng.shared.web.NoStore;
import cn.gov.yongzhou.qingfeng.shared.web.PostedForm;
import cn.gov.yongzhou.qingfeng.shared.web.RequestLocale;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
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
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/**
 * 问责 and 处理 pages: the open matters, one matter and its decision, a head's record across units and years, a case's
 * dispositions, a staff member's record. Inspectors decide; the supervision office reads.
 */
@Path("/staff/accountability")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ "inspector", "supervisor" })
public class AccountabilityPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<AccountabilityViews.MatterRow> open,
                List<AccountabilityViews.MatterRow> decided, LocalDate today);

        static native TemplateInstance matter(AccountabilityViews.MatterRow matter, boolean canDecide, String me,
                PostedForm form, String msg);

        static native TemplateInstance head(AccountabilityViews.HeadView view);

        static native TemplateInstance caseFile(AccountabilityViews.CaseView view, boolean canDecide, String me,
                PostedForm form, String msg);

        static native TemplateInstance staff(AccountabilityViews.StaffRecord record);
    }

    private final AccountabilityViews views;
    private final Accountability accountability;
    private final SecurityIdentity identity;
    private final RequestLocale locale;
    @jakarta.inject.Inject
    cn.gov.yongzhou.qingfeng.casework.Jurisdiction jurisdiction;

    @jakarta.inject.Inject
    NameClearings nameClearings;

    AccountabilityPages(AccountabilityViews views, Accountability accountability, SecurityIdentity identity,
            RequestLocale locale) {
        this.views = views;
        this.accountability = accountability;
        this.identity = identity;
        this.locale = locale;
    }

    @GET
    public Response list() {
        // a county's or district's inspector lists the matters of the cases their body holds (管辖)
        return NoStore.page(Templates.list(listable(views.open(), Integer.MAX_VALUE),
                listable(views.recentlyDecided(200), 20), views.today()));
    }

    @GET
    @Path("{id}")
    public Response matter(@PathParam("id") long id, @QueryParam("msg") String msg) {
        inReach(matterCase(id));
        return NoStore.page(Templates.matter(views.matter(id).orElseThrow(NotFoundException::new), inspector(), actor(),
                PostedForm.empty(),
                "done".equals(msg) ? "acc.msg.done" : null));
    }

    @POST
    @Path("{id}/decide")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed("inspector")
    public Response decide(@PathParam("id") long id, @RestForm String decision, @RestForm String reasons,
            @RestForm String meeting, @RestForm String meetingOn, @RestForm String approvers,
            @RestForm String toleranceAppliedOn, @RestForm String justification) {
        inReach(matterCase(id));
        AccountabilityViews.MatterRow matter = views.matter(id).orElseThrow(NotFoundException::new);
        FieldErrors errors = accountability.decide(id, FormValues.choice(HeadDecision.class, decision), reasons,
                new Accountability.Collective(meeting, date(meetingOn), approvers), date(toleranceAppliedOn),
                justification, actor());
        return afterMatterForm(id, matter, errors, form(errors, "decision", decision, "reasons", reasons,
                "meeting", meeting, "meetingOn", meetingOn, "approvers", approvers,
                "toleranceAppliedOn", toleranceAppliedOn, "justification", justification));
    }

    @POST
    @Path("{id}/approve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed("inspector")
    public Response approve(@PathParam("id") long id) {
        inReach(matterCase(id));
        AccountabilityViews.MatterRow matter = views.matter(id).orElseThrow(NotFoundException::new);
        FieldErrors errors = accountability.approveDecision(id, actor());
        return afterMatterForm(id, matter, errors, form(errors));
    }

    @POST
    @Path("{id}/appeal")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed("inspector")
    public Response lodgeHeadAppeal(@PathParam("id") long id, @RestForm String lodgedOn, @RestForm String grounds) {
        inReach(matterCase(id));
        AccountabilityViews.MatterRow matter = views.matter(id).orElseThrow(NotFoundException::new);
        FieldErrors errors = accountability.lodgeHeadAppeal(id, date(lodgedOn), grounds, actor());
        return afterMatterForm(id, matter, errors, form(errors, "lodgedOn", lodgedOn, "grounds", grounds));
    }

    @POST
    @Path("{id}/appeal/decide")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed("inspector")
    public Response decideHeadAppeal(@PathParam("id") long id, @RestForm String outcome, @RestForm String changedTo,
            @RestForm String appealDecidedOn, @RestForm String appealReasons) {
        inReach(matterCase(id));
        AccountabilityViews.MatterRow matter = views.matter(id).orElseThrow(NotFoundException::new);
        FieldErrors errors = accountability.decideHeadAppeal(id, FormValues.choice(AppealOutcome.class, outcome),
                FormValues.choice(HeadDecision.class, changedTo), date(appealDecidedOn), appealReasons, actor());
        return afterMatterForm(id, matter, errors, form(errors, "outcome", outcome, "changedTo", changedTo,
                "appealDecidedOn", appealDecidedOn, "appealReasons", appealReasons));
    }

    private Response afterMatterForm(long id, AccountabilityViews.MatterRow matter, FieldErrors errors,
            PostedForm form) {
        if (errors.has("matter")) {
            throw new NotFoundException();
        }
        if (errors.isEmpty()) {
            return Response.seeOther(URI.create("/staff/accountability/" + id + "?msg=done")).build();
        }
        return NoStore.page(422, Templates.matter(views.matter(id).orElse(matter), true, actor(), form, null));
    }

    @GET
    @Path("heads/{headId}")
    public Response head(@PathParam("headId") long headId) {
        AccountabilityViews.HeadView head = views.head(headId).orElseThrow(NotFoundException::new);
        return NoStore.page(Templates.head(new AccountabilityViews.HeadView(head.head(), head.terms(),
                listable(head.matters(), Integer.MAX_VALUE))));
    }

    @GET
    @Path("cases/{caseId}")
    public Response caseFile(@PathParam("caseId") long caseId, @QueryParam("msg") String msg) {
        inReach(caseId);
        return NoStore.page(Templates.caseFile(views.ofCase(caseId).orElseThrow(NotFoundException::new), inspector(),
                actor(), PostedForm.empty(), "done".equals(msg) ? "acc.msg.done" : null));
    }

    @POST
    @Path("cases/{caseId}/dispositions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed("inspector")
    public Response dispose(@PathParam("caseId") long caseId, @RestForm String staff, @RestForm String kind,
            @RestForm String probationMonths, @RestForm String decidedOn, @RestForm String note) {
        inReach(caseId);
        Long months = number(probationMonths);
        FieldErrors errors = accountability.dispose(caseId, number(staff), FormValues.choice(DispositionKind.class, kind),
                months == null ? null : months.intValue(), date(decidedOn), note, actor());
        return afterCaseForm(caseId, errors, form(errors, "staff", staff, "kind", kind,
                "probationMonths", probationMonths, "decidedOn", decidedOn, "note", note));
    }

    @POST
    @Path("cases/{caseId}/dispositions/{dispositionId}/appeals")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed("inspector")
    public Response lodgeAppeal(@PathParam("caseId") long caseId, @PathParam("dispositionId") long dispositionId,
            @RestForm String appealKind, @RestForm String lodgedOn, @RestForm String grounds) {
        inReach(caseId);
        FieldErrors errors = accountability.lodgeAppeal(caseId, dispositionId,
                FormValues.choice(AppealKind.class, appealKind), date(lodgedOn), grounds, actor());
        return afterCaseForm(caseId, errors, form(errors, "appealFor", String.valueOf(dispositionId),
                "appealKind", appealKind, "lodgedOn", lodgedOn, "grounds", grounds));
    }

    @POST
    @Path("cases/{caseId}/appeals/{appealId}/decide")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed("inspector")
    public Response decideAppeal(@PathParam("caseId") long caseId, @PathParam("appealId") long appealId,
            @RestForm String outcome, @RestForm String newKind, @RestForm String newProbationMonths,
            @RestForm String appealDecidedOn, @RestForm String appealReasons) {
        inReach(caseId);
        Long months = number(newProbationMonths);
        FieldErrors errors = accountability.decideAppeal(caseId, appealId, FormValues.choice(AppealOutcome.class, outcome),
                FormValues.choice(DispositionKind.class, newKind), months == null ? null : months.intValue(),
                date(appealDecidedOn), appealReasons, actor());
        return afterCaseForm(caseId, errors, form(errors, "decideFor", String.valueOf(appealId), "outcome", outcome,
                "newKind", newKind, "newProbationMonths", newProbationMonths, "appealDecidedOn", appealDecidedOn,
                "appealReasons", appealReasons));
    }

    /** 澄清正名: with the person's consent, how, before whom and when. */
    @POST
    @Path("cases/{caseId}/clear-name")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed("inspector")
    public Response clearName(@PathParam("caseId") long caseId, @RestForm String consentOn, @RestForm String manner,
            @RestForm String audience, @RestForm String clearedOn, @RestForm String clearNote) {
        inReach(caseId);
        FieldErrors errors = nameClearings.clear(caseId, new NameClearings.Clearing(date(consentOn),
                FormValues.choice(NameClearing.Manner.class, manner), audience, date(clearedOn), clearNote), actor());
        return afterCaseForm(caseId, errors, form(errors, "consentOn", consentOn, "manner", manner,
                "audience", audience, "clearedOn", clearedOn, "clearNote", clearNote));
    }

    /** 诬告陷害: the finding, and to whom it was passed on and when. */
    @POST
    @Path("cases/{caseId}/false-accusation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed("inspector")
    public Response falseAccusation(@PathParam("caseId") long caseId, @RestForm String finding,
            @RestForm String passedTo, @RestForm String recipient, @RestForm String passedOn) {
        inReach(caseId);
        FieldErrors errors = nameClearings.falseAccusation(caseId, new NameClearings.Referral(finding,
                FormValues.choice(FalseAccusation.PassedTo.class, passedTo), recipient, date(passedOn)), actor());
        return afterCaseForm(caseId, errors, form(errors, "finding", finding, "passedTo", passedTo,
                "recipient", recipient, "passedOn", passedOn));
    }

    @POST
    @Path("cases/{caseId}/waivers")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed("inspector")
    public Response proposeWaiver(@PathParam("caseId") long caseId, @RestForm String waiverStaff,
            @RestForm String reason, @RestForm String waiverNote) {
        inReach(caseId);
        Long staffId = waiverStaff == null || waiverStaff.isBlank() ? null : number(waiverStaff);
        FieldErrors errors = staffId == null && waiverStaff != null && !waiverStaff.isBlank()
                ? new FieldErrors().add("waiverStaff", "acc.error.staff")
                : accountability.proposeWaiver(caseId, staffId, FormValues.choice(WaiverReason.class, reason),
                        waiverNote, actor());
        return afterCaseForm(caseId, errors, form(errors, "waiverStaff", waiverStaff, "reason", reason,
                "waiverNote", waiverNote));
    }

    @POST
    @Path("cases/{caseId}/waivers/{waiverId}/approve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed("inspector")
    public Response approveWaiver(@PathParam("caseId") long caseId, @PathParam("waiverId") long waiverId) {
        inReach(caseId);
        FieldErrors errors = accountability.approveWaiver(caseId, waiverId, actor());
        return afterCaseForm(caseId, errors, form(errors));
    }

    @GET
    @Path("staff/{staffId}")
    public Response staff(@PathParam("staffId") long staffId, @QueryParam("on") String on) {
        LocalDate day = date(on);
        return NoStore.page(Templates.staff(views.staff(staffId, day == null ? views.today() : day)
                .orElseThrow(NotFoundException::new)));
    }

    private Response afterCaseForm(long caseId, FieldErrors errors, PostedForm form) {
        AccountabilityViews.CaseView view = views.ofCase(caseId).orElseThrow(NotFoundException::new);
        if (errors.has("case")) {
            throw new NotFoundException();
        }
        if (errors.isEmpty()) {
            return Response.seeOther(URI.create("/staff/accountability/cases/" + caseId + "?msg=done")).build();
        }
        return NoStore.page(422, Templates.caseFile(view, true, actor(), form, null));
    }

    private PostedForm form(FieldErrors errors, String... fieldsAndValues) {
        return PostedForm.of(errors, locale.get(), fieldsAndValues);
    }

    private boolean inspector() {
        return identity.hasRole("inspector");
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }

    private static Long number(String value) {
        try {
            return value == null ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate date(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * 管辖: an inspector of a county's or district's discipline body reaches the matters of the cases that body holds;
     * another body's answer as if absent. The supervision office is city-wide.
     */
    private void inReach(Long caseId) {
        if (caseId != null && jurisdiction.limited(identity) && !jurisdiction.covers(identity, caseId)
                && cn.gov.yongzhou.qingfeng.casework.CaseFile.findById(caseId) != null) {
            throw new NotFoundException();
        }
    }

    private List<AccountabilityViews.MatterRow> listable(List<AccountabilityViews.MatterRow> rows, int max) {
        java.util.Set<Long> shown = jurisdiction.listable(identity,
                rows.stream().map(AccountabilityViews.MatterRow::caseId).toList());
        return rows.stream().filter(r -> shown.contains(r.caseId())).limit(max).toList();
    }

    private static Long matterCase(long matterId) {
        AccountabilityMatter matter = AccountabilityMatter.findById(matterId);
        return matter == null ? null : matter.caseId;
    }
}
