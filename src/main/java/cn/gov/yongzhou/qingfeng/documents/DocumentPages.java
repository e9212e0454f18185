package cn.gov.yongzhou.qingfeng.documents;

import cn.gov.yongzhou.qingfeng.casework.CaseFile;
import cn.gov.yongzhou.qingfeng.directory.StaffUnits;
import cn.gov.yongzhou.qingfeng.directory.Unit;
import cn.gov.yongzhou.qingfeng.directory.UnitKind;
import cn.gov.yongzhou.qingfeng.shared.ClockProducer;
import cn.gov.yongzhou.qingfeng.shared.web.FieldErrors;
import cn.gov.yongzhou.qingfeng.shared.web.NoStore;
import cn.gov.yongzhou.qingfeng.shared.web.PostedForm;
import cn.gov.yongzhou.qingfeng.shared.web.RequestLocale;
import cn.gov.yongzhou.qingfeng.shared.web.StaffRequest;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
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
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jboss.resteasy.reactive.RestForm;

/**
 * 公文 for staff: the register of a body and year with the drafts awaiting the viewer's approval, one document
 * (its draft text to correct and approve, or its signed PDF), the draft's preview. Every document page answers 404
 * to whoever may not read it, as for a document that does not exist.
 */
@Path("/staff/documents")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class DocumentPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance register(List<Unit> bodies, Unit body, int year, List<Integer> years,
                List<CaseDocument> entries, List<Listed> drafts);

        static native TemplateInstance document(Listed doc, boolean mayApprove, PostedForm form, String msg);
    }

    /** A document with the names a page shows beside it. */
    public record Listed(CaseDocument doc, String issuer, String addressee, String reference, long caseId) {
    }

    private final Documents documents;
    private final StaffRequest staff;
    private final StaffUnits staffUnits;
    private final RequestLocale locale;
    private final Clock clock;

    @jakarta.inject.Inject
    cn.gov.yongzhou.qingfeng.casework.Jurisdiction jurisdiction;

    DocumentPages(Documents documents, StaffRequest staff, StaffUnits staffUnits, RequestLocale locale,
            Clock clock) {
        this.documents = documents;
        this.staff = staff;
        this.staffUnits = staffUnits;
        this.locale = locale;
        this.clock = clock;
    }

    /** 发文登记: a body's numbered documents of a year, and the drafts the viewer approves. */
    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    public Response register(@QueryParam("body") String bodyCode, @QueryParam("year") Integer year) {
        Set<String> roles = staff.roles();
        boolean approver = Arrays.stream(DocumentKind.values()).anyMatch(k -> documents.mayApprove(k, roles));
        if (!approver && !roles.contains("inspector") && !roles.contains("supervisor") && !roles.contains("admin")) {
            throw new ForbiddenException();
        }
        List<Unit> bodies = Unit.listActive(List.of(UnitKind.DISCIPLINE_BODY, UnitKind.SUPERVISION_OFFICE));
        // a county's or district's inspector keeps the register of their own body (管辖)
        boolean limited = jurisdiction.limited(staff.identity());
        if (limited) {
            Long own = jurisdiction.of(staff.identity()).bodyId();
            bodies = bodies.stream().filter(u -> u.id.equals(own)).toList();
        }
        Unit body = bodies.stream().filter(u -> u.code.equals(bodyCode)).findFirst()
                .orElse(bodies.stream().filter(u -> limited || u.parent == null).findFirst().orElse(null));
        int thisYear = LocalDate.now(clock.withZone(ClockProducer.ZONE)).getYear();
        int shown = year == null || year < 2000 || year > thisYear + 1 ? thisYear : year;
        List<Integer> years = Stream.iterate(thisYear, y -> y - 1).limit(6).toList();
        List<CaseDocument> entries = body == null ? List.of() : CaseDocument.register(body.id, shown);
        List<CaseDocument> approvable = CaseDocument.drafts().stream().filter(d -> documents.mayApprove(d.kind, roles))
                .toList();
        Set<Long> listable = jurisdiction.listable(staff.identity(), approvable.stream().map(d -> d.caseId).toList());
        List<Listed> drafts = approvable.stream().filter(d -> listable.contains(d.caseId)).limit(200)
                .map(DocumentPages::listed).toList();
        return NoStore.page(200, Templates.register(bodies, body, shown, years, entries, drafts));
    }

    @GET
    @Path("{id:\\d+}")
    @Transactional(Transactional.TxType.SUPPORTS)
    public Response show(@PathParam("id") long id, @QueryParam("msg") String msg) {
        CaseDocument doc = readable(id);
        return NoStore.page(200, Templates.document(listed(doc), documents.mayApprove(doc.kind, staff.roles()),
                text(new FieldErrors(), doc.title, doc.recipient, doc.body, doc.attachments, doc.copyTo),
                "done".equals(msg) ? "doc.msg.saved" : "issued".equals(msg) ? "doc.msg.issued" : null));
    }

    @POST
    @Path("{id:\\d+}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response edit(@PathParam("id") long id, @RestForm String title, @RestForm String recipient,
            @RestForm String body, @RestForm String attachments, @RestForm String copyTo) {
        readable(id);
        FieldErrors errors = documents.edit(id, new Documents.Text(title, recipient, body, attachments, copyTo),
                staff.me(), staff.roles());
        if (errors.isEmpty()) {
            return Response.seeOther(URI.create("/staff/documents/" + id + "?msg=done")).build();
        }
        CaseDocument doc = readable(id);
        return NoStore.page(422, Templates.document(listed(doc), documents.mayApprove(doc.kind, staff.roles()),
                text(errors, title, recipient, body, attachments, copyTo), null));
    }

    @POST
    @Path("{id:\\d+}/approve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response approve(@PathParam("id") long id) {
        readable(id);
        FieldErrors errors = documents.approve(id, staff.me(), staff.roles());
        if (errors.isEmpty()) {
            return Response.seeOther(URI.create("/staff/documents/" + id + "?msg=issued")).build();
        }
        CaseDocument doc = readable(id);
        return NoStore.page(422, Templates.document(listed(doc), documents.mayApprove(doc.kind, staff.roles()),
                text(errors, doc.title, doc.recipient, doc.body, doc.attachments, doc.copyTo), null));
    }

    /** The draft as it would print, marked as a draft; a GET that changes nothing. */
    @GET
    @Path("{id:\\d+}/preview.pdf")
    @Produces("application/pdf")
    @Transactional(Transactional.TxType.SUPPORTS)
    public Response preview(@PathParam("id") long id) {
        CaseDocument doc = readable(id);
        if (doc.approved() || !documents.mayApprove(doc.kind, staff.roles())) {
            throw new NotFoundException();
        }
        // as a download too: the page's security policy (object-src 'none') may keep a browser's viewer from it
        return pdf(documents.preview(doc), "draft-" + doc.id + ".pdf");
    }

    /** The signed PDF, the same bytes every time. */
    @GET
    @Path("{id:\\d+}.pdf")
    @Produces("application/pdf")
    @Transactional(Transactional.TxType.SUPPORTS)
    public Response download(@PathParam("id") long id) {
        CaseDocument doc = readable(id);
        byte[] pdf = staff.findOr404(documents.pdf(doc));
        return pdf(pdf, doc.number + ".pdf");
    }

    /** A PDF as a download, under its number (RFC 6266: an ASCII fallback name and the UTF-8 one). */
    static Response pdf(byte[] pdf, String name) {
        String encoded = java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"document.pdf\"; filename*=UTF-8''" + encoded)
                .header("Cache-Control", "no-store").build();
    }

    private CaseDocument readable(long id) {
        Set<String> roles = staff.roles();
        CaseDocument doc = staff.findOr404(documents.find(id));
        Set<Long> units = roles.contains("handler") ? staffUnits.of(staff.identity()) : Set.of();
        if (!documents.mayRead(doc, roles, units)
                || !jurisdiction.listable(staff.identity(), List.of(doc.caseId)).contains(doc.caseId)) {
            throw new NotFoundException();
        }
        return doc;
    }

    private PostedForm text(FieldErrors errors, String title, String recipient, String body, String attachments,
            String copyTo) {
        return PostedForm.of(errors, locale.get(), "title", title, "recipient", recipient, "body", body,
                "attachments", attachments == null ? "" : attachments, "copyTo", copyTo == null ? "" : copyTo);
    }

    static Listed listed(CaseDocument doc) {
        Unit issuer = Unit.findById(doc.issuerUnitId);
        Unit addressee = doc.addresseeUnitId == null ? null : Unit.findById(doc.addresseeUnitId);
        CaseFile file = CaseFile.findById(doc.caseId);
        return new Listed(doc, issuer.name, addressee == null ? "" : addressee.name, file.reference(), file.id);
    }
}
