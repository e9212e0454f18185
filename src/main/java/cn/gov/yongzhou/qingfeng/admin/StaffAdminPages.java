package cn.gov.yongzhou.qingfeng.admin;

import cn.gov.yongzhou.qingfeng.directory.EditResult;
import cn.gov.yongzhou.qingfeng.directory.ServiceWindow;
import cn.gov.yongzhou.qingfeng.directory.Staff;
import cn.gov.yongzhou.qingfeng.directory.StaffEdits;
import cn.gov.yongzhou.qingfeng.directory.Unit;
import cn.gov.yongzhou.qingfeng.directory.UnitsByArea;
import cn.gov.yongzhou.qingfeng.shared.web.NoStore;
import cn.gov.yongzhou.qingfeng.shared.web.RequestLocale;
import cn.gov.yongzhou.qingfeng.shared.web.StaffRequest;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/** Staff members of the units (工作人员), optionally at a window; filterable by unit. */
@Path("/staff/admin/staff")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@RolesAllowed("admin")
public class StaffAdminPages {

    static final String BASE = "/staff/admin/staff";

    /**
     * The list: one page of who, filtered by which unit (null: all) and which words (name, badge, window code; null:
     * any), where the page stands, and what the forms choose from.
     */
    public record StaffList(List<Staff> staff, Unit filter, List<UnitsByArea.UnitGroup> groups,
            List<ServiceWindow> windows, String q, Pager pager) {
    }

    @CheckedTemplate(basePath = "admin")
    static class Templates {
        static native TemplateInstance staff(StaffList list, AdminForm form, String notice);

        static native TemplateInstance staffMember(Staff member, List<UnitsByArea.UnitGroup> groups,
                List<ServiceWindow> windows, AdminForm form, String notice);
    }

    private final StaffEdits members;
    private final UnitsByArea units;
    private final StaffRequest staff;
    private final RequestLocale locale;

    StaffAdminPages(StaffEdits members, UnitsByArea units, StaffRequest staff, RequestLocale locale) {
        this.members = members;
        this.units = units;
        this.staff = staff;
        this.locale = locale;
    }

    @GET
    public Response list(@QueryParam("unit") String unit, @QueryParam("q") String q, @QueryParam("page") String page,
            @QueryParam("msg") String msg) {
        return NoStore.page(listPage(unit, q, Pager.pageOf(page), AdminForm.NONE, DirectoryNotices.key(msg)));
    }

    @POST
    public Response add(@BeanParam DirectoryForms.StaffForm form) {
        EditResult result = members.addStaff(form.input(), staff.me());
        if (result.ok()) {
            return AdminResponses.back(BASE + "?unit=" + encode(form.unit.strip().toUpperCase(java.util.Locale.ROOT)),
                    "staffAdded");
        }
        return NoStore.page(422, listPage(form.unit, null, 1, AdminForm.refused("staff", null, form.values(),
                result.errors(), locale.get()), null));
    }

    @GET
    @Path("{id}")
    public Response show(@PathParam("id") long id, @QueryParam("msg") String msg) {
        return NoStore.page(memberPage(id, AdminForm.NONE, DirectoryNotices.key(msg)));
    }

    @POST
    @Path("{id}")
    public Response change(@PathParam("id") long id, @BeanParam DirectoryForms.StaffForm form) {
        EditResult result = members.changeStaff(id, form.input(), staff.me());
        if (result.ok()) {
            return AdminResponses.back(BASE + "/" + id, "saved");
        }
        return NoStore.page(422, memberPage(id, AdminForm.refused("staff", id, form.values(), result.errors(),
                locale.get()), null));
    }

    /** Leaves or returns, from the list; the list stays filtered as it was. */
    @POST
    @Path("{id}/active")
    public Response active(@PathParam("id") long id, @RestForm boolean active, @RestForm String unit) {
        members.setStaffActive(id, active, staff.me());
        String back = unit == null || unit.isBlank() ? BASE : BASE + "?unit=" + encode(unit.strip());
        return AdminResponses.back(back, active ? "staffOn" : "staffOff");
    }

    /** Rows a page of the staff list shows: about a desktop screen of them. */
    static final int PAGE_SIZE = 30;

    private TemplateInstance listPage(String unitCode, String q, int page, AdminForm form, String notice) {
        Unit filter = unitCode == null || unitCode.isBlank() ? null
                : Unit.findByCode(unitCode.strip().toUpperCase(java.util.Locale.ROOT)).orElse(null);
        String words = q == null || q.isBlank() ? null : q.strip();
        Staff.Found found = Staff.search(words, filter, page, PAGE_SIZE);
        Pager pager = new Pager(BASE, Pager.kept("unit", filter == null ? null : filter.code, "q", words),
                found.page(), PAGE_SIZE, found.total());
        return Templates.staff(new StaffList(found.rows(), filter, units.groups(),
                ServiceWindow.listWithUnits(), words, pager), form, notice);
    }

    private TemplateInstance memberPage(long id, AdminForm form, String notice) {
        return Templates.staffMember(members.staff(id), units.groups(), ServiceWindow.listWithUnits(),
                form, notice);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
