package cn.gov.yongzhou.qingfeng.desk;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The supervision office's board of limits: who is late, who is about to be. */
@Path("/staff/board")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"supervisor", "inspector"})
public class SupervisorPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance board(SupervisionBoard.Board board);
    }

    private final SupervisionBoard board;

    SupervisorPages(SupervisionBoard board) {
        this.board = board;
    }

    @GET
    public Response show() {
        return DeskResponses.page(Templates.board(board.board()));
    }
}
