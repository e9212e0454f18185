package cn.gov.yongzhou.qingfeng.disclosure;

import cn.gov.yongzhou.qingfeng.shared.web.FieldErrors;
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
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/** The inspectors' side of 公开曝光: prepare a typical case from a concluded case, approve it (a second inspector), withdraw it. */
@Path("/staff/disclosure")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("inspector")
public class DisclosurePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<DisclosureViews.Entry> entries,
                List<DisclosureViews.CircularView> circulars, PostedForm form, List<Long> chosen);

        static native TemplateInstance circular(DisclosureViews.CircularView circular, boolean mine, PostedForm form,
                String msg);

        static native TemplateInstance prepare(long caseId, PostedForm form, String naming, String unsettled);

        static native TemplateInstance entry(DisclosureViews.Entry entry, boolean mine, PostedForm form, String msg,
                String naming, String unsettled);
    }

    private final Disclosure disclosure;
    private final Circulars circulars;
    private final DisclosureViews views;
    private final SecurityIdentity identity;
    private final RequestLocale locale;
    @jakarta.inject.Inject
    cn.gov.yongzhou.qingfeng.casework.Jurisdiction jurisdiction;

    DisclosurePages(Disclosure disclosure, Circulars circulars, DisclosureViews views, SecurityIdentity identity,
            RequestLocale locale) {
        this.disclosure = disclosure;
        this.circulars = circulars;
        this.views = views;
        this.identity = identity;
        this.locale = locale;
    }

    @GET
    public Response list() {
        return NoStore.page(200, listPage(PostedForm.empty(), List.of()));
    }

    /** The typical cases and the circulars drawn from the cases this inspector's body holds (管辖). */
    private TemplateInstance listPage(PostedForm form, List<Long> chosen) {
        var scope = jurisdiction.of(identity);
        return Templates.list(views.staffList().stream().filter(e -> scope.covers(bodyOf(e.caseId()))).toList(),
                views.circulars().stream().filter(c -> c.caseIds().stream().allMatch(id -> scope.covers(bodyOf(id))))
                        .toList(),
                form, chosen);
    }

    private static Long bodyOf(long caseId) {
        return cn.gov.yongzhou.qingfeng.casework.CaseFile.<cn.gov.yongzhou.qingfeng.casework.CaseFile> findById(caseId).bodyId;
    }

    /** 通报 of several published typical cases, the title written for them when left blank. */
    @POST
    @Path("circulars")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response prepareCircular(@RestForm("typical") List<Long> typical, @RestForm String title,
            @RestForm String lead) {
        List<Long> chosen = typical == null ? List.of() : typical;
        for (Long id : chosen) {
            // an unknown id answers as one out of reach
            TypicalCase t = id == null ? null : TypicalCase.findById(id);
            if (t == null) {
                throw new NotFoundException();
            }
            inReach(t.caseId);
        }
        Circulars.Prepared prepared = circulars.prepare(chosen, title, lead, actor());
        if (!prepared.errors().isEmpty()) {
            return NoStore.page(422, listPage(PostedForm.of(prepared.errors(), locale.get(), "title", title, "lead",
                    lead), chosen));
        }
        return Response.seeOther(URI.create("/staff/disclosure/circulars/" + prepared.id())).build();
    }

    @GET
    @Path("circulars/{id}")
    public Response circular(@PathParam("id") long id, @QueryParam("msg") String msg) {
        DisclosureViews.CircularView circular = circularInReach(id);
        return NoStore.page(200, Templates.circular(circular, circular.preparedBy().equals(actor()), PostedForm.empty(),
                "done".equals(msg) ? "pub.msg.done" : null));
    }

    @POST
    @Path("circulars/{id}/approve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response approveCircular(@PathParam("id") long id) {
        circularInReach(id);
        return afterCircular(id, circulars.approve(id, actor()));
    }

    @POST
    @Path("circulars/{id}/withdraw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response withdrawCircular(@PathParam("id") long id, @RestForm String reason) {
        circularInReach(id);
        return afterCircular(id, circulars.withdraw(id, reason, actor()), "reason", reason);
    }

    private Response afterCircular(long id, FieldErrors errors, String... values) {
        if (errors.isEmpty()) {
            return Response.seeOther(URI.create("/staff/disclosure/circulars/" + id + "?msg=done")).build();
        }
        DisclosureViews.CircularView circular = views.circular(id).orElseThrow(NotFoundException::new);
        return NoStore.page(422, Templates.circular(circular, circular.preparedBy().equals(actor()),
                PostedForm.of(errors, locale.get(), values), null));
    }

    /** A circular is in reach when every case in it is (管辖); otherwise it answers as one that does not exist. */
    private DisclosureViews.CircularView circularInReach(long id) {
        DisclosureViews.CircularView circular = views.circular(id).orElseThrow(NotFoundException::new);
        circular.caseIds().forEach(this::inReach);
        return circular;
    }

    @GET
    @Path("new")
    public Response blank(@QueryParam("case") long caseId) {
        inReach(caseId);
        String[] text = disclosure.draftText(caseId).orElseThrow(NotFoundException::new);
        return NoStore.page(200, Templates.prepare(caseId, PostedForm.of(new FieldErrors(), locale.get(), "title", text[0],
                "body", text[1]), naming(), disclosure.unsettled(caseId).orElse(null)));
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response prepare(@RestForm("case") long caseId, @RestForm String title, @RestForm String body) {
        inReach(caseId);
        FieldErrors errors = disclosure.prepare(caseId, title, body, actor());
        if (errors.has("case")) {
            throw new NotFoundException();
        }
        if (!errors.isEmpty()) {
            return NoStore.page(422,
                    Templates.prepare(caseId, PostedForm.of(errors, locale.get(), "title", title, "body", body),
                            naming(), disclosure.unsettled(caseId).orElse(null)));
        }
        return Response.seeOther(URI.create("/staff/disclosure")).build();
    }

    @GET
    @Path("{id}")
    public Response show(@PathParam("id") long id, @QueryParam("msg") String msg) {
        typicalInReach(id);
        DisclosureViews.Entry entry = views.one(id).orElseThrow(NotFoundException::new);
        PostedForm text = PostedForm.of(new FieldErrors(), locale.get(), "title", entry.title(), "body", entry.body());
        return NoStore.page(200, Templates.entry(entry, entry.preparedBy().equals(actor()), text,
                "done".equals(msg) ? "pub.msg.done" : null, naming(), disclosure.unsettled(entry.caseId()).orElse(null)));
    }

    @POST
    @Path("{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response edit(@PathParam("id") long id, @RestForm String title, @RestForm String body) {
        typicalInReach(id);
        return after(id, disclosure.edit(id, title, body, actor()), "title", title, "body", body);
    }

    @POST
    @Path("{id}/approve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response approve(@PathParam("id") long id) {
        typicalInReach(id);
        return after(id, disclosure.approve(id, actor()));
    }

    @POST
    @Path("{id}/withdraw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response withdraw(@PathParam("id") long id, @RestForm String reason) {
        typicalInReach(id);
        return after(id, disclosure.withdraw(id, reason, actor()), "reason", reason);
    }

    private Response after(long id, FieldErrors errors, String... values) {
        DisclosureViews.Entry entry = views.one(id).orElseThrow(NotFoundException::new);
        if (errors.isEmpty()) {
            return Response.seeOther(URI.create("/staff/disclosure/" + id + "?msg=done")).build();
        }
        return NoStore.page(422, Templates.entry(entry, entry.preparedBy().equals(actor()),
                PostedForm.of(errors, locale.get(), values), null, naming(),
                disclosure.unsettled(entry.caseId()).orElse(null)));
    }

    /** A case another discipline body holds answers as one that does not exist (管辖). */
    private void inReach(long caseId) {
        if (!jurisdiction.covers(identity, caseId)) {
            throw new NotFoundException();
        }
    }

    private void typicalInReach(Long id) {
        TypicalCase typical = id == null ? null : TypicalCase.findById(id);
        if (typical != null) {
            inReach(typical.caseId);
        }
    }

    private String naming() {
        return "pub.naming." + disclosure.naming().name();
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }

}
