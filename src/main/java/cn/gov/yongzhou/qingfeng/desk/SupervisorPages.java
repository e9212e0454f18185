package cn.gov.yongzhou.qingfeng.desk;

import cn.gov.yongzhou.qingfeng.casework.Chasing;
import cn.gov.yongzhou.qingfeng.casework.DeadlineStage;
import cn.gov.yongzhou.qingfeng.shared.web.NoStore;
import cn.gov.yongzhou.qingfeng.shared.web.StaffRequest;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BadRequestException;
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
import java.util.Set;
import org.jboss.resteasy.reactive.RestForm;

/** The supervision office's board of limits: who is late, who is about to be; chase (催办) and escalate (督办). */
@Path("/staff/board")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ "supervisor", "inspector" })
public class SupervisorPages {

    private static final Set<String> NOTICES = Set.of("DONE", "NOT_RUNNING", "ALREADY_ESCALATED");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance board(SupervisionBoard.Board board, boolean canChase, String msg);
    }

    private final SupervisionBoard board;
    private final Chasing chasing;
    private final StaffRequest staff;

    SupervisorPages(SupervisionBoard board, Chasing chasing, StaffRequest staff) {
        this.board = board;
        this.chasing = chasing;
        this.staff = staff;
    }

    @GET
    public Response show(@QueryParam("msg") String msg) {
        return NoStore.page(Templates.board(board.board(), staff.hasRole("supervisor"),
                msg != null && NOTICES.contains(msg) ? "board.msg." + msg : null));
    }

    /** 催办: reminds the body that must act, now; recorded on the case's timeline with who sent it. */
    @POST
    @Path("{caseId}/chase")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed("supervisor")
    public Response chase(@PathParam("caseId") long caseId, @RestForm String stage) {
        return back(chasing.chase(caseId, stageOf(stage), staff.me()));
    }

    /** 督办: escalates a limit to the head of the responsible body now, once (as the sweep would). */
    @POST
    @Path("{caseId}/escalate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed("supervisor")
    public Response escalate(@PathParam("caseId") long caseId, @RestForm String stage) {
        return back(chasing.escalate(caseId, stageOf(stage), staff.me()));
    }

    private static DeadlineStage stageOf(String stage) {
        try {
            return DeadlineStage.valueOf(stage == null ? "" : stage);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("unknown stage");
        }
    }

    private static Response back(Chasing.Manual outcome) {
        return Response.seeOther(URI.create("/staff/board?msg=" + outcome.name())).build();
    }
}
