package cn.gov.yongzhou.qingfeng.admin;

import cn.gov.yongzhou.qingfeng.directory.EditResult;
import cn.gov.yongzhou.qingfeng.directory.HandlerUnit;
import cn.gov.yongzhou.qingfeng.directory.HandlerUnitEdits;
import cn.gov.yongzhou.qingfeng.directory.UnitsByArea;
import cn.gov.yongzhou.qingfeng.shared.web.NoStore;
import cn.gov.yongzhou.qingfeng.shared.web.RequestLocale;
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
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Which units a handler works for (the "role mapping"): roles come from the identity provider, this table only
 * adds units to a handler, whose desk then shows those units' cases.
 */
@Path("/staff/admin/handlers")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@RolesAllowed("admin")
public class HandlerAdminPages {

    static final String BASE = "/staff/admin/handlers";

    @CheckedTemplate(basePath = "admin")
    static class Templates {
        static native TemplateInstance handlers(List<HandlerUnit> mappings, List<UnitsByArea.UnitGroup> groups,
                AdminForm form, String notice);
    }

    private final HandlerUnitEdits handlers;
    private final UnitsByArea units;
    private final StaffRequest staff;
    private final RequestLocale locale;

    HandlerAdminPages(HandlerUnitEdits handlers, UnitsByArea units, StaffRequest staff, RequestLocale locale) {
        this.handlers = handlers;
        this.units = units;
        this.staff = staff;
        this.locale = locale;
    }

    @GET
    public Response list(@QueryParam("msg") String msg) {
        return NoStore.page(page(AdminForm.NONE, DirectoryNotices.key(msg)));
    }

    @POST
    public Response add(@RestForm String userName, @RestForm String unit) {
        EditResult result = handlers.addHandlerUnit(userName, unit, staff.me());
        if (result.ok()) {
            return AdminResponses.back(BASE, "handlerAdded");
        }
        Map<String, String> typed = new java.util.LinkedHashMap<>();
        typed.put("userName", userName);
        typed.put("unit", unit);
        return NoStore.page(422, page(AdminForm.refused("handler", null, typed, result.errors(), locale.get()),
                null));
    }

    @POST
    @Path("{id}/remove")
    public Response remove(@PathParam("id") long id) {
        handlers.removeHandlerUnit(id, staff.me());
        return AdminResponses.back(BASE, "handlerRemoved");
    }

    private TemplateInstance page(AdminForm form, String notice) {
        return Templates.handlers(HandlerUnit.listByUser(), units.groups(), form, notice);
    }
}
