package cn.gov.yongzhou.qingfeng.admin;

import cn.gov.yongzhou.qingfeng.shared.audit.SecurityEntry;
import cn.gov.yongzhou.qingfeng.shared.audit.SecurityKind;
import cn.gov.yongzhou.qingfeng.shared.web.FormValues;
import cn.gov.yongzhou.qingfeng.shared.web.NoStore;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** The security log, newest first, of one kind or all, a page at a time. */
@Path("/staff/admin/security")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("admin")
public class SecurityLogPages {

    static final int PAGE_SIZE = 50;

    /** Page numbers from 1, as the page shows them. */
    public record Paging(int page, int pages, long total) {
        public boolean hasNewer() {
            return page > 1;
        }

        public boolean hasOlder() {
            return page < pages;
        }
    }

    @CheckedTemplate(basePath = "admin")
    static class Templates {
        static native TemplateInstance security(List<SecurityEntry> events, SecurityKind kind, SecurityKind[] kinds,
                Paging paging);
    }

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    public Response list(@QueryParam("kind") String kind, @QueryParam("page") Integer page) {
        SecurityKind chosen = FormValues.choice(SecurityKind.class, kind);
        long total = SecurityEntry.total(chosen);
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = page == null || page < 1 ? 1 : Math.min(page, pages);
        return NoStore.page(Templates.security(SecurityEntry.page(chosen, current - 1, PAGE_SIZE), chosen,
                SecurityKind.values(), new Paging(current, pages, total)));
    }
}
