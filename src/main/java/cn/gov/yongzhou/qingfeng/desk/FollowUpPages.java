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
            OffsetDateTime openedAt, OffsetDateTime doneAt, String doneBy, String note, OffsetDateTime rectifiedAt,
            String rectifiedBy, String rectification, FollowUp.RatingAppeal appealKind, String appealReason,
            String appealedBy, Boolean appealUpheld, String appealDecidedBy, String appealDecision) {
        public boolean appealPending() {
            return appealKind != null && appealUpheld == null;
        }

        public boolean setAside() {
            return Boolean.TRUE.equals(appealUpheld);
        }
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
            case "DONE", "NOTE_REQUIRED", "NOTE_TOO_LONG", "NOT_OPEN", "KIND_REQUIRED", "ALREADY_APPEALED", "NO_APPEAL",
                    "OWN_APPEAL" ->
                "followUp.msg." + msg;
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
        FollowUps.Result result = followUps.complete(ours(id), staff.me(), note);
        return Response.seeOther(URI.create("/staff/follow-ups?msg=" + result.name())).build();
    }

    @POST
    @Path("{id}/rectified")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response rectified(@PathParam("id") long id, @RestForm String note) {
        FollowUps.Result result = followUps.rectified(ours(id), staff.me(), note);
        return Response.seeOther(URI.create("/staff/follow-ups?msg=" + result.name())).build();
    }

    @POST
    @Path("{id}/appeal")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response appeal(@PathParam("id") long id, @RestForm String kind, @RestForm String reason) {
        FollowUp.RatingAppeal k = java.util.Arrays.stream(FollowUp.RatingAppeal.values())
                .filter(v -> v.name().equals(kind)).findFirst().orElse(null);
        FollowUps.Result result = followUps.appeal(ours(id), k, reason, staff.me());
        return Response.seeOther(URI.create("/staff/follow-ups?msg=" + result.name())).build();
    }

    @POST
    @Path("{id}/appeal/decide")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@PathParam("id") long id, @RestForm String upheld, @RestForm String reason) {
        FollowUps.Result result = followUps.decideAppeal(ours(id), "true".equals(upheld), reason, staff.me());
        return Response.seeOther(URI.create("/staff/follow-ups?msg=" + result.name())).build();
    }

    /** The follow-up's id if its case is held by this inspector's body (管辖), else one that does not exist. */
    private long ours(long id) {
        FollowUp task = FollowUp.findById(id);
        return task != null && !jurisdiction.covers(staff.identity(), task.caseId) ? -1 : id;
    }

    private static boolean covers(cn.gov.yongzhou.qingfeng.casework.Jurisdiction.Scope scope, FollowUp task) {
        return scope.covers(CaseFile.<CaseFile> findById(task.caseId).bodyId);
    }

    private static Row row(FollowUp task) {
        CaseFile file = CaseFile.findById(task.caseId);
        Report report = Report.findById(file.reportId);
        Satisfaction rating = Satisfaction.ofCase(task.caseId).orElse(null);
        return new Row(task.id, task.caseId, report.receiptNo, rating == null ? null : rating.level,
                rating == null ? null : rating.comment, task.openedAt, task.doneAt, task.doneBy, task.note,
                task.rectifiedAt, task.rectifiedBy, task.rectification, task.appealKind, task.appealReason,
                task.appealedBy, task.appealUpheld, task.appealDecidedBy, task.appealDecision);
    }
}
