package cn.gov.yongzhou.qingfeng.admin;

import cn.gov.yongzhou.qingfeng.casework.DeadlinePolicy;
import cn.gov.yongzhou.qingfeng.casework.DeadlineStage;
import cn.gov.yongzhou.qingfeng.casework.PolicyEdits;
import cn.gov.yongzhou.qingfeng.category.Category;
import cn.gov.yongzhou.qingfeng.category.Subcategory;
import cn.gov.yongzhou.qingfeng.shared.web.NoStore;
import cn.gov.yongzhou.qingfeng.shared.web.RequestLocale;
import cn.gov.yongzhou.qingfeng.shared.web.StaffRequest;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
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
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;

/** The deadline policy: the limits in force per stage and scope, changing one from now on, a stage's history. */
@Path("/staff/admin/policy")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("admin")
public class PolicyAdminPages {

    static final String BASE = "/staff/admin/policy";

    /** A row of the policy with its scope as the enums the page names in words. */
    public record LimitRow(DeadlinePolicy policy, Category category, Subcategory subcategory) {

        static LimitRow of(DeadlinePolicy p) {
            return new LimitRow(p, p.category == null ? null : Category.valueOf(p.category),
                    p.subcategory == null ? null : Subcategory.valueOf(p.subcategory));
        }

        /** Only a narrower limit can be ended: the stage falls back to the broader one. */
        public boolean narrow() {
            return category != null;
        }
    }

    /** A limit's form as typed; for a new narrower limit also its stage and scope. */
    public record LimitForm(String stage, String category, String subcategory, String days, String dayKind,
            String maxExtensionDays, String source, String reason) {

        static LimitForm of(DeadlinePolicy p) {
            return new LimitForm(p.stage.name(), p.category, p.subcategory, String.valueOf(p.days), p.dayKind.name(),
                    String.valueOf(p.maxExtensionDays), p.source == null ? "" : p.source, "");
        }

        static final LimitForm BLANK = new LimitForm("INVESTIGATION", "", "", "", "WORKING", "0", "", "");
    }

    @CheckedTemplate(basePath = "admin")
    static class Templates {
        static native TemplateInstance policy(List<LimitRow> limits, LimitForm form, Map<String, String> err,
                List<DeadlineStage> stages, List<Category> categories, List<Subcategory> subcategories,
                List<DeadlinePolicy.DayKind> kinds, String msg);

        static native TemplateInstance policyLimit(LimitRow limit, List<LimitRow> history, LimitForm form,
                Map<String, String> err, String endReason, List<DeadlinePolicy.DayKind> kinds, String msg);
    }

    private final PolicyEdits edits;
    private final StaffRequest staff;
    private final RequestLocale locale;

    PolicyAdminPages(PolicyEdits edits, StaffRequest staff, RequestLocale locale) {
        this.edits = edits;
        this.staff = staff;
        this.locale = locale;
    }

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    public Response list(@QueryParam("msg") String msg) {
        return NoStore.page(listPage(LimitForm.BLANK, Map.of(), RuleForms.notice(msg)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(@RestForm String stage, @RestForm String category, @RestForm String subcategory,
            @RestForm String days, @RestForm String dayKind, @RestForm String maxExtensionDays,
            @RestForm String source, @RestForm String reason) {
        LimitForm form = new LimitForm(stage, category, subcategory, days, dayKind, maxExtensionDays, source, reason);
        try {
            DeadlinePolicy added = edits.add(stage, category, subcategory,
                    new PolicyEdits.LimitDraft(days, dayKind, maxExtensionDays, source, reason), staff.me());
            return RuleForms.back(BASE + "/" + added.id, "policyAdded");
        } catch (PolicyEdits.Refused r) {
            return NoStore.page(422, listPage(form, RuleForms.messages(r.errors, locale.get()), null));
        }
    }

    @GET
    @Path("{id}")
    @Transactional(Transactional.TxType.SUPPORTS)
    public Response limit(@PathParam("id") long id, @QueryParam("msg") String msg) {
        DeadlinePolicy p = find(id);
        return NoStore.page(limitPage(p, LimitForm.of(p), Map.of(), "", RuleForms.notice(msg)));
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response change(@PathParam("id") long id, @RestForm String days, @RestForm String dayKind,
            @RestForm String maxExtensionDays, @RestForm String source, @RestForm String reason) {
        DeadlinePolicy p = find(id);
        LimitForm form = new LimitForm(p.stage.name(), p.category, p.subcategory, days, dayKind, maxExtensionDays,
                source, reason);
        try {
            DeadlinePolicy changed = edits.change(id,
                    new PolicyEdits.LimitDraft(days, dayKind, maxExtensionDays, source, reason), staff.me());
            return RuleForms.back(BASE + "/" + changed.id, "policyChanged");
        } catch (PolicyEdits.Refused r) {
            return NoStore.page(422, limitPage(find(id), form, RuleForms.messages(r.errors, locale.get()), "", null));
        }
    }

    @POST
    @Path("{id}/end")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response end(@PathParam("id") long id, @RestForm String reason) {
        DeadlinePolicy p = find(id);
        try {
            edits.end(id, reason, staff.me());
            return RuleForms.back(BASE, "policyEnded");
        } catch (PolicyEdits.Refused r) {
            Map<String, String> err = RuleForms.messages(r.errors, locale.get());
            if (err.containsKey("reason")) {
                err.put("endReason", err.remove("reason"));
            }
            return NoStore.page(422, limitPage(find(id), LimitForm.of(p), err, reason, null));
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    TemplateInstance listPage(LimitForm form, Map<String, String> err, String msg) {
        return Templates.policy(edits.inForce().stream().map(LimitRow::of).toList(), form, err,
                List.of(DeadlineStage.values()), List.of(Category.values()), List.of(Subcategory.values()),
                List.of(DeadlinePolicy.DayKind.values()), msg);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    TemplateInstance limitPage(DeadlinePolicy p, LimitForm form, Map<String, String> err, String endReason,
            String msg) {
        return Templates.policyLimit(LimitRow.of(p), edits.history(p.stage).stream().map(LimitRow::of).toList(), form,
                err, endReason == null ? "" : endReason, List.of(DeadlinePolicy.DayKind.values()), msg);
    }

    private static DeadlinePolicy find(long id) {
        DeadlinePolicy p = DeadlinePolicy.findById(id);
        if (p == null) {
            throw new NotFoundException();
        }
        return p;
    }
}
