package cn.gov.yongzhou.qingfeng.desk;

import cn.gov.yongzhou.qingfeng.casework.CaseRole;
import cn.gov.yongzhou.qingfeng.casework.CaseState;
import cn.gov.yongzhou.qingfeng.casework.Casework;
import cn.gov.yongzhou.qingfeng.casework.DeadlineStage;
import cn.gov.yongzhou.qingfeng.casework.Extensions;
import cn.gov.yongzhou.qingfeng.directory.DirectoryService;
import cn.gov.yongzhou.qingfeng.directory.StaffUnits;
import cn.gov.yongzhou.qingfeng.intake.IncomingFile;
import cn.gov.yongzhou.qingfeng.shared.web.FieldErrors;
import cn.gov.yongzhou.qingfeng.shared.web.NoStore;
import cn.gov.yongzhou.qingfeng.shared.web.RequestLocale;
import cn.gov.yongzhou.qingfeng.shared.web.StaffRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * A handling unit's desk: its own cases only, never the reporter. A case of another unit answers 404, the same as
 * a case that does not exist, so an address tells a handler nothing.
 */
@Path("/staff/unit-cases")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("handler")
public class HandlerPages {

    private static final String BASE = "/staff/unit-cases";

    private final CaseDesk desk;
    private final DirectoryService directory;
    private final Casework casework;
    private final StaffUnits staffUnits;
    private final StaffRequest staff;
    private final Extensions extensions;
    private final Findings findings;
    private final RequestLocale locale;

    HandlerPages(CaseDesk desk, Casework casework, StaffUnits staffUnits, StaffRequest staff,
            Extensions extensions, DirectoryService directory, Findings findings, RequestLocale locale) {
        this.findings = findings;
        this.locale = locale;
        this.desk = desk;
        this.casework = casework;
        this.staffUnits = staffUnits;
        this.staff = staff;
        this.extensions = extensions;
        this.directory = directory;
    }

    @GET
    public Response queue(@BeanParam QueueParams params) {
        QueueFilter filter = params.filter();
        String after = params.after;
        return NoStore.page(DeskTemplates.queue(BASE, desk.queue(filter, after, staffUnits.of(staff.identity())), filter,
                List.of(CaseState.values()), directory.unitsByArea(), List.of()));
    }

    @GET
    @Path("{id}")
    public Response show(@PathParam("id") long id, @QueryParam("msg") String msg) {
        CaseDesk.CaseView view = ownCase(id);
        return NoStore.page(DeskTemplates.casePage(BASE, view, Notices.key(msg), FindingsForm.BLANK, null, null));
    }

    @POST
    @Path("{id}/act")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response act(@PathParam("id") long id, @RestForm String transition, @RestForm String reason,
            @RestForm int version) {
        ownCase(id);
        return DeskResponses.act(casework, BASE, id, transition, reason, null, version,
                new Casework.Actor(staff.me(), CaseRole.HANDLER));
    }

    /**
     * 提交核查结果 with the proposed conclusion and the material; when something must be corrected, the page comes
     * back with what was typed and the message beside the field, and nothing is stored.
     */
    @POST
    @Path("{id}/findings")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response submitFindings(@PathParam("id") long id, @RestForm String findings, @RestForm String conclusion,
            @RestForm("attachment") List<FileUpload> attachment, @RestForm int version) {
        ownCase(id);
        List<IncomingFile> files = attachment == null ? List.of()
                : attachment.stream()
                        .map(u -> new IncomingFile(u.fileName(), u.uploadedFile(), u.size())).toList();
        Findings.Result result = this.findings.submit(id, staff.me(), findings, conclusion, files, version);
        if (result.draft() == null) {
            return DeskResponses.back(BASE, id, DeskResponses.notice(result.outcome()));
        }
        Map<String, String> err = new LinkedHashMap<>();
        FieldErrors errors = result.draft().errors();
        errors.all().forEach(e -> err.putIfAbsent(e.field(), errors.message(e, locale.get())));
        boolean hadFiles = files.stream().anyMatch(f -> f.size() > 0);
        FindingsForm form = new FindingsForm(findings, result.draft().conclusion(), err, hadFiles);
        return NoStore.page(422, DeskTemplates.casePage(BASE, ownCase(id), null, form, null, null));
    }

    /** 申请延期 of the verification, with reasons. */
    @POST
    @Path("{id}/extension")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response requestExtension(@PathParam("id") long id, @RestForm int days, @RestForm String reason) {
        ownCase(id);
        Extensions.Refusal refusal = extensions.request(id, DeadlineStage.INVESTIGATION, days, reason, staff.me());
        return DeskResponses.back(BASE, id, refusal == null ? "done" : "ext" + refusal.name());
    }

    /** The case as this handler may see it; another unit's case answers 404, exactly like a missing one. */
    private CaseDesk.CaseView ownCase(long id) {
        return staff.findOr404(desk.view(id, staff.me(), CaseRole.HANDLER, staffUnits.of(staff.identity())));
    }

}
