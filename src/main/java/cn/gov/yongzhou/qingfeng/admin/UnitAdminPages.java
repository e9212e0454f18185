package cn.gov.yongzhou.qingfeng.admin;

import cn.gov.yongzhou.qingfeng.directory.EditResult;
import cn.gov.yongzhou.qingfeng.directory.HeadTerms;
import cn.gov.yongzhou.qingfeng.directory.ServiceWindow;
import cn.gov.yongzhou.qingfeng.directory.Unit;
import cn.gov.yongzhou.qingfeng.directory.UnitEdits;
import cn.gov.yongzhou.qingfeng.directory.UnitHead;
import cn.gov.yongzhou.qingfeng.directory.UnitKind;
import cn.gov.yongzhou.qingfeng.directory.UnitsByArea;
import cn.gov.yongzhou.qingfeng.directory.WindowEdits;
import cn.gov.yongzhou.qingfeng.shared.web.NoStore;
import cn.gov.yongzhou.qingfeng.shared.web.RequestLocale;
import cn.gov.yongzhou.qingfeng.shared.web.StaffRequest;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;

/** The directory's units: the list by area, a unit with its heads over time and its service windows. */
@Path("/staff/admin/units")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@RolesAllowed("admin")
public class UnitAdminPages {

    static final String BASE = "/staff/admin/units";

    /** A unit's page: its terms newest first, the head today, its windows. */
    /**
     * {@code verifyingChoices}: the active units that may verify for this one (all but itself); {@code bodies}: the
     * active discipline bodies, one of which may manage its heads.
     */
    public record UnitView(Unit unit, List<UnitHead> heads, UnitHead current, List<ServiceWindow> windows,
            LocalDate today, List<Unit> verifyingChoices, List<Unit> bodies) {

        public String verifyingCode() {
            return unit.verifyingBody == null ? "" : unit.verifyingBody.code;
        }

        public String headsCode() {
            return unit.headsManagedBy == null ? "" : unit.headsManagedBy.code;
        }
    }

    @CheckedTemplate(basePath = "admin")
    static class Templates {
        static native TemplateInstance units(List<UnitsByArea.UnitGroup> groups, List<UnitKind> kinds,
                AdminForm form, String notice, UnitSearch search);

        static native TemplateInstance unit(UnitView view, AdminForm form, String notice);

        static native TemplateInstance window(ServiceWindow window, AdminForm form, String notice);
    }

    private final UnitEdits units;
    private final HeadTerms heads;
    private final WindowEdits windows;
    private final UnitsByArea byArea;
    private final StaffRequest staff;
    private final RequestLocale locale;
    private final Clock clock;

    UnitAdminPages(UnitEdits units, HeadTerms heads, WindowEdits windows, UnitsByArea byArea, StaffRequest staff,
            RequestLocale locale, Clock clock) {
        this.units = units;
        this.heads = heads;
        this.windows = windows;
        this.byArea = byArea;
        this.staff = staff;
        this.locale = locale;
        this.clock = clock;
    }

    @GET
    public Response list(@QueryParam("msg") String msg, @QueryParam("q") String q, @QueryParam("area") String area) {
        return NoStore.page(units(AdminForm.NONE, DirectoryNotices.key(msg), q, area));
    }

    @POST
    public Response create(@BeanParam DirectoryForms.UnitForm form) {
        EditResult result = units.createUnit(form.input(), staff.me());
        if (result.ok()) {
            return AdminResponses.back(BASE + "/" + result.id(), "created");
        }
        return NoStore.page(422, units(refused("unit", null, form.values(), result), null, null, null));
    }

    @GET
    @Path("{id}")
    public Response show(@PathParam("id") long id, @QueryParam("msg") String msg) {
        return NoStore.page(unitPage(id, AdminForm.NONE, DirectoryNotices.key(msg)));
    }

    @POST
    @Path("{id}")
    public Response change(@PathParam("id") long id, @BeanParam DirectoryForms.UnitForm form) {
        EditResult result = units.changeUnit(id, form.input(), staff.me());
        return answer(id, result, "saved", "unit", null, form.values());
    }

    /** 核查机构 and 干部管理权限: who verifies for the unit and which discipline body manages its heads. */
    @POST
    @Path("{id}/oversight")
    public Response oversight(@PathParam("id") long id, @RestForm String verifyingBody,
            @RestForm String headsManagedBy) {
        EditResult result = units.changeOversight(id, verifyingBody, headsManagedBy, staff.me());
        return answer(id, result, "saved", "oversight", null,
                Map.of("verifyingBody", nz(verifyingBody), "headsManagedBy", nz(headsManagedBy)));
    }

    @POST
    @Path("{id}/heads")
    public Response addHead(@PathParam("id") long id, @BeanParam DirectoryForms.HeadForm form) {
        EditResult result = heads.addHead(id, form.input(), staff.me());
        return answer(id, result, "headAdded", "head", null, form.values());
    }

    @POST
    @Path("{id}/heads/{headId}/end")
    public Response endHead(@PathParam("id") long id, @PathParam("headId") long headId,
            @RestForm String endDate) {
        EditResult result = heads.endHead(id, headId, endDate, staff.me());
        return answer(id, result, "headEnded", "headEnd", headId, Map.of("endDate", nz(endDate)));
    }

    @POST
    @Path("{id}/heads/{headId}/mailbox")
    public Response headMailbox(@PathParam("id") long id, @PathParam("headId") long headId,
            @RestForm String mailbox) {
        EditResult result = heads.changeHeadMailbox(id, headId, mailbox, staff.me());
        return answer(id, result, "saved", "headMailbox", headId, Map.of("mailbox", nz(mailbox)));
    }

    @POST
    @Path("{id}/windows")
    public Response addWindow(@PathParam("id") long id, @BeanParam DirectoryForms.WindowForm form) {
        EditResult result = windows.addWindow(id, form.input(), staff.me());
        return answer(id, result, "windowAdded", "window", null, form.values());
    }

    @GET
    @Path("{id}/windows/{windowId}")
    public Response window(@PathParam("id") long id, @PathParam("windowId") long windowId,
            @QueryParam("msg") String msg) {
        return NoStore.page(Templates.window(windowOf(id, windowId), AdminForm.NONE,
                DirectoryNotices.key(msg)));
    }

    @POST
    @Path("{id}/windows/{windowId}")
    public Response changeWindow(@PathParam("id") long id, @PathParam("windowId") long windowId,
            @BeanParam DirectoryForms.WindowForm form) {
        windowOf(id, windowId);
        EditResult result = windows.changeWindow(windowId, form.input(), staff.me());
        if (result.ok()) {
            return AdminResponses.back(BASE + "/" + id, "saved");
        }
        return NoStore.page(422, Templates.window(windowOf(id, windowId),
                refused("window", windowId, form.values(), result), null));
    }

    /** Out of service and back, from the unit page's list of windows. */
    @POST
    @Path("{id}/windows/{windowId}/active")
    public Response windowActive(@PathParam("id") long id, @PathParam("windowId") long windowId,
            @RestForm boolean active) {
        windowOf(id, windowId);
        windows.setWindowActive(windowId, active, staff.me());
        return AdminResponses.back(BASE + "/" + id, active ? "windowOn" : "windowOff");
    }

    /*
     * A refused form comes back at the address it was posted to. A GET there (the language switch, a reload from
     * the address bar) goes on to the unit page instead of answering 405.
     */

    @GET
    @Path("{id}/heads")
    public Response headsAddress(@PathParam("id") long id) {
        return toUnit(id);
    }

    @GET
    @Path("{id}/heads/{headId}/end")
    public Response endAddress(@PathParam("id") long id) {
        return toUnit(id);
    }

    @GET
    @Path("{id}/heads/{headId}/mailbox")
    public Response mailboxAddress(@PathParam("id") long id) {
        return toUnit(id);
    }

    @GET
    @Path("{id}/windows")
    public Response windowsAddress(@PathParam("id") long id) {
        return toUnit(id);
    }

    private static Response toUnit(long id) {
        return Response.seeOther(URI.create(BASE + "/" + id)).build();
    }

    private Response answer(long id, EditResult result, String notice, String formName, Long target,
            Map<String, String> values) {
        if (result.ok()) {
            return AdminResponses.back(BASE + "/" + id, notice);
        }
        return NoStore.page(422, unitPage(id, refused(formName, target, values, result), null));
    }

    private TemplateInstance units(AdminForm form, String notice, String q, String area) {
        return Templates.units(byArea.groups(), List.of(UnitKind.values()), form, notice,
                UnitSearch.of(q, area));
    }

    private TemplateInstance unitPage(long id, AdminForm form, String notice) {
        Unit unit = units.unit(id);
        LocalDate today = LocalDate.now(clock);
        return Templates.unit(new UnitView(unit, UnitHead.ofUnit(unit), UnitHead.onDate(unit, today).orElse(null),
                ServiceWindow.ofUnit(unit), today,
                Unit.listActive().stream().filter(u -> !u.id.equals(unit.id))
                        .sorted(java.util.Comparator.comparing((Unit u) -> u.code)).toList(),
                Unit.listActive(List.of(UnitKind.DISCIPLINE_BODY))), form, notice);
    }

    private ServiceWindow windowOf(long unitId, long windowId) {
        ServiceWindow window = windows.window(windowId);
        if (!window.unit.id.equals(unitId)) {
            throw new NotFoundException();
        }
        return window;
    }

    private AdminForm refused(String name, Long target, Map<String, String> values, EditResult result) {
        return AdminForm.refused(name, target, values, result.errors(), locale.get());
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
