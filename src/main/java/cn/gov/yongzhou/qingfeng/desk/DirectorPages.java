package cn.gov.yongzhou.qingfeng.desk;

import cn.gov.yongzhou.qingfeng.casework.CaseFile;
import cn.gov.yongzhou.qingfeng.casework.Jurisdiction;
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
import java.util.Set;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The director's (分管领导) page: inspectors' requests to see a reporter's identity, to approve or refuse, and the
 * emergency looks to review. Never the reporter's identity itself: the reason and the case's reference only.
 */
@Path("/staff/reveals")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("director")
public class DirectorPages {

    private static final Set<String> NOTICES = Set.of("APPROVED", "REFUSED", "REVIEWED", "NOTE_REQUIRED",
            "NOT_PENDING", "OWN_REQUEST");

    /** A request as the page lists it. */
    public record Row(long id, String reference, String inspector, String reason, EmergencyGround emergency,
            OffsetDateTime requestedAt, String decision /* message key */, String decidedBy, OffsetDateTime decidedAt,
            String note,
            OffsetDateTime expiresAt) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance reveals(List<Row> pending, List<Row> emergencies, List<Row> recent,
                String msg);
    }

    private final Reveals reveals;
    private final StaffRequest staff;
    private final Jurisdiction jurisdiction;

    DirectorPages(Reveals reveals, StaffRequest staff, Jurisdiction jurisdiction) {
        this.reveals = reveals;
        this.staff = staff;
        this.jurisdiction = jurisdiction;
    }

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    public Response list(@QueryParam("msg") String msg) {
        // a director decides for the cases their own discipline body holds (管辖); the city's for all
        return NoStore.page(Templates.reveals(rows(ours(RevealRequest.awaitingDecision())),
                rows(ours(RevealRequest.awaitingReview())), rows(ours(RevealRequest.recent(200)).stream().limit(20)
                        .toList()),
                msg != null && NOTICES.contains(msg) ? "reveals.msg." + msg : null));
    }

    @POST
    @Path("{id}/decide")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@PathParam("id") long id, @RestForm String decision, @RestForm String note) {
        ours(id);
        return back(reveals.decide(id, staff.me(), "approve".equals(decision), note));
    }

    @POST
    @Path("{id}/review")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response review(@PathParam("id") long id, @RestForm String note) {
        ours(id);
        return back(reveals.review(id, staff.me(), note));
    }

    private List<RevealRequest> ours(List<RevealRequest> requests) {
        Set<Long> held = jurisdiction.inScope(staff.identity(), requests.stream().map(r -> r.caseId).toList());
        return requests.stream().filter(r -> held.contains(r.caseId)).toList();
    }

    /** A request on another body's case answers as one that does not exist. */
    private void ours(long requestId) {
        RevealRequest request = RevealRequest.findById(requestId);
        if (request == null || jurisdiction.inScope(staff.identity(), List.of(request.caseId)).isEmpty()) {
            throw new jakarta.ws.rs.NotFoundException();
        }
    }

    private static Response back(Reveals.Result result) {
        return Response.seeOther(URI.create("/staff/reveals?msg=" + result.name())).build();
    }

    private static List<Row> rows(List<RevealRequest> requests) {
        return requests.stream().map(r -> new Row(r.id, CaseFile.reference(r.caseId), r.inspector, r.reason,
                r.emergency, r.requestedAt, r.decision != null ? "reveals." + r.decision.name()
                        : r.reviewedAt != null ? "reveals.REVIEWED" : null,
                r.decidedBy != null ? r.decidedBy : r.reviewedBy, r.decidedAt != null ? r.decidedAt : r.reviewedAt,
                r.decisionNote, r.expiresAt)).toList();
    }
}
