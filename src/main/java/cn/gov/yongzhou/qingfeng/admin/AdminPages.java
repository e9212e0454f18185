package cn.gov.yongzhou.qingfeng.admin;

import cn.gov.yongzhou.qingfeng.calendar.CalendarService;
import cn.gov.yongzhou.qingfeng.shared.audit.AdminChange;
import cn.gov.yongzhou.qingfeng.shared.audit.AuditChain;
import cn.gov.yongzhou.qingfeng.shared.web.NoStore;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;

/** The admin's start page: the sections, and the latest entries of the admin log. */
@Path("/staff/admin")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("admin")
public class AdminPages {

    private final CalendarService calendar;
    private final AuditChain chain;

    AdminPages(CalendarService calendar, AuditChain chain) {
        this.calendar = calendar;
        this.chain = chain;
    }

    @CheckedTemplate(basePath = "admin")
    static class Templates {
        static native TemplateInstance index(List<AdminChange> changes, Integer missingYear);

        static native TemplateInstance categories();

        static native TemplateInstance audit(List<AuditChain.Check> checks);
    }

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    public Response index() {
        return NoStore.page(Templates.index(AdminChange.latest(50), calendar.missingYear().orElse(null)));
    }

    /**
     * The categories of rules 8 and 9 and their subcategories, read-only: the regulation fixes them, and routing,
     * deadlines and the ledger are keyed by them, so a new one is a change of the code, not of a table.
     */
    @GET
    @Path("categories")
    public Response categories() {
        return NoStore.page(Templates.categories());
    }

    /** The audit trail's hash chains, checked now: each intact, or the first entry that does not hold. */
    @GET
    @Path("audit")
    public Response audit() {
        return NoStore.page(Templates.audit(Arrays.stream(AuditChain.Trail.values()).map(chain::verify).toList()));
    }
}
