package cn.gov.yongzhou.qingfeng.desk;

import cn.gov.yongzhou.qingfeng.casework.CaseFile;
import cn.gov.yongzhou.qingfeng.casework.FollowUp;
import cn.gov.yongzhou.qingfeng.casework.FollowUps;
import cn.gov.yongzhou.qingfeng.followthrough.Satisfaction;
import cn.gov.yongzhou.qingfeng.followthrough.SatisfactionLevel;
import cn.gov.yongzhou.qingfeng.intake.Report;
import cn.gov.yongzhou.qingfeng.shared.web.NoStore;
import cn.gov.yongzhou.qingfeng.shared.web.StaffRequest;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/** 回访: the bad ratings of real-name reporters, each to be followed up by an inspector (100%). */
@Path("/staff/follow-ups")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("inspector")
public class FollowUpPages {

    /** A task as the page lists it: the case, the rating and the reporter's comment (inspectors may read it). */
    public record Row(long id, long caseId, String receiptNo, SatisfactionLevel level, String comment,
            OffsetDateTime openedAt, OffsetDateTime doneAt, String doneBy, String note) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance followUps(List<Row> open, List<Row> done, String msg);
    }

    private final FollowUps followUps;
    private final StaffRequest staff;
    @jakarta.inject.Inject
    cn.gov.yongzhou.qingfeng.casework.Jurisdiction jurisdiction;

    FollowUpPages(FollowUps followUps, StaffRequest staff) {
        this.followUps = followUps;
        this.staff = staff;
    }

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    public Response list(@QueryParam("msg") String msg) {
        String notice = msg == null ? null : switch (msg) {
            case "DONE", "NOTE_REQUIRED", "NOTE_TOO_LONG", "NOT_OPEN" -> "followUp.msg." + msg;
            default -> null;
        };
        var scope = jurisdiction.of(staff.identity());
        // the follow-ups of the cases this inspector's body holds (管辖)
        return NoStore.page(Templates.followUps(FollowUp.open().stream().filter(t -> covers(scope, t))
                .map(FollowUpPages::row).toList(),
                FollowUp.recentlyDone(20).stream().filter(t -> covers(scope, t)).map(FollowUpPages::row).toList(),
                notice));
    }

    @POST
    @Path("{id}/done")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response done(@PathParam("id") long id, @RestForm String note) {
        FollowUp task = FollowUp.findById(id);
        if (task != null && !jurisdiction.covers(staff.identity(), task.caseId)) {
            id = -1; // another body's case: answered as a follow-up that does not exist
        }
        FollowUps.Result result = followUps.complete(id, staff.me(), note);
        return Response.seeOther(URI.create("/staff/follow-ups?msg=" + result.name())).build();
    }

    private static boolean covers(cn.gov.yongzhou.qingfeng.casework.Jurisdiction.Scope scope, FollowUp task) {
        return scope.covers(CaseFile.<CaseFile>findById(task.caseId).bodyId);
    }

    private static Row row(FollowUp task) {
        CaseFile file = CaseFile.findById(task.caseId);
        Report report = Report.findById(file.reportId);
        Satisfaction rating = Satisfaction.ofCase(task.caseId).orElse(null);
        return new Row(task.id, task.caseId, report.receiptNo, rating == null ? null : rating.level,
                rating == null ? null : rating.comment, task.openedAt, task.doneAt, task.doneBy, task.note);
    }
}
