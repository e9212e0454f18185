package cn.gov.yongzhou.qingfeng.admin;

import cn.gov.yongzhou.qingfeng.notify.OutboxAdmin;
import cn.gov.yongzhou.qingfeng.shared.web.NoStore;
import cn.gov.yongzhou.qingfeng.shared.web.StaffRequest;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** The mail outbox: counts by status, the failed mails and those being retried, "retry now" for a failed one. */
@Path("/staff/admin/outbox")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("admin")
public class OutboxAdminPages {

    static final String BASE = "/staff/admin/outbox";

    @CheckedTemplate(basePath = "admin")
    static class Templates {
        static native TemplateInstance outbox(OutboxAdmin.Counts counts, List<OutboxAdmin.Problem> failed,
                List<OutboxAdmin.Problem> retrying, String msg);
    }

    private final OutboxAdmin outbox;
    private final StaffRequest staff;

    OutboxAdminPages(OutboxAdmin outbox, StaffRequest staff) {
        this.outbox = outbox;
        this.staff = staff;
    }

    @GET
    public Response list(@QueryParam("msg") String msg) {
        return NoStore.page(Templates.outbox(outbox.counts(), outbox.failed(), outbox.retrying(),
                RuleForms.notice(msg)));
    }

    @POST
    @Path("{id}/retry")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response retry(@PathParam("id") long id) {
        return RuleForms.back(BASE, outbox.retry(id, staff.me()) ? "retried"
                : "notRetried");
    }
}
