package cn.gov.yongzhou.qingfeng.admin;

import cn.gov.yongzhou.qingfeng.category.Category;
import cn.gov.yongzhou.qingfeng.directory.DirectoryService;
import cn.gov.yongzhou.qingfeng.directory.UnitKind;
import cn.gov.yongzhou.qingfeng.routing.Handling;
import cn.gov.yongzhou.qingfeng.routing.RoutingRuleHistory;
import cn.gov.yongzhou.qingfeng.routing.RoutingRules;
import cn.gov.yongzhou.qingfeng.routing.RoutingRules.RuleDraft;
import cn.gov.yongzhou.qingfeng.routing.RoutingRules.RuleRefused;
import cn.gov.yongzhou.qingfeng.routing.RoutingRules.RuleView;
import cn.gov.yongzhou.qingfeng.shared.web.Messages;
import cn.gov.yongzhou.qingfeng.shared.web.NoStore;
import cn.gov.yongzhou.qingfeng.shared.web.RequestLocale;
import cn.gov.yongzhou.qingfeng.shared.web.StaffRequest;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateExtension;
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
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jboss.resteasy.reactive.RestForm;

/** The routing rules: the active ones with their explanation, creating, changing, deactivating, each rule's history. */
@Path("/staff/admin/routing")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("admin")
public class RoutingAdminPages {

    static final String BASE = "/staff/admin/routing";

    /** A rule's form as typed. */
    public record RuleForm(String category, String unitKind, String unitCode, String handling,
            String specificUnitCode, String explanationZh, String explanationEn, String reason,
            String exceptionReason) {

        static final RuleForm BLANK = new RuleForm("", "", "", "", "", "", "", "", "");

        static RuleForm of(RuleView r) {
            return new RuleForm(r.category().name(), r.unitKind() == null ? "" : r.unitKind().name(),
                    r.unitCode() == null ? "" : r.unitCode(), r.handling().name(),
                    r.specificUnitCode() == null ? "" : r.specificUnitCode(), r.explanationZh(), r.explanationEn(), "",
                    r.exceptionReason() == null ? "" : r.exceptionReason());
        }

        RuleDraft draft() {
            return new RuleDraft(parse(Category.class, category), blankToNull(unitCode), parse(UnitKind.class, unitKind),
                    parse(Handling.class, handling), blankToNull(specificUnitCode), explanationZh, explanationEn,
                    blankToNull(exceptionReason));
        }
    }

    /** What the form offers: the categories, kinds of unit, handlings, and the units by area. */
    public record Choices(List<Category> categories, List<UnitKind> kinds, List<Handling> handlings,
            List<DirectoryService.AreaGroup> areas) {
    }

    @CheckedTemplate(basePath = "admin")
    static class Templates {
        static native TemplateInstance routing(List<RuleView> rules, RuleForm form, String refusal, Choices choices,
                String msg);

        static native TemplateInstance routingRule(RuleView rule, List<RoutingRuleHistory> history, RuleForm form,
                String refusal, String deactivateReason, String deactivateRefusal, Choices choices, String msg);
    }

    private final RoutingRules rules;
    private final DirectoryService directory;
    private final StaffRequest staff;
    private final RequestLocale locale;

    RoutingAdminPages(RoutingRules rules, DirectoryService directory, StaffRequest staff,
            RequestLocale locale) {
        this.rules = rules;
        this.directory = directory;
        this.staff = staff;
        this.locale = locale;
    }

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    public Response list(@QueryParam("msg") String msg) {
        return NoStore.page(Templates.routing(rules.rulesForAdmin(), RuleForm.BLANK, null, choices(),
                RuleForms.notice(msg)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String category, @RestForm String unitKind, @RestForm String unitCode,
            @RestForm String handling, @RestForm String specificUnitCode, @RestForm String explanationZh,
            @RestForm String explanationEn, @RestForm String reason, @RestForm String exceptionReason) {
        RuleForm form = new RuleForm(category, unitKind, unitCode, handling, specificUnitCode, explanationZh,
                explanationEn, reason, exceptionReason);
        try {
            long id = rules.createRule(form.draft(), staff.me(), reason).id;
            return RuleForms.back(BASE + "/" + id, "ruleCreated");
        } catch (RuleRefused r) {
            return NoStore.page(422, Templates.routing(rules.rulesForAdmin(), form, text(r.messageKey), choices(),
                    null));
        }
    }

    @GET
    @Path("{id}")
    @Transactional(Transactional.TxType.SUPPORTS)
    public Response rule(@PathParam("id") long id, @QueryParam("msg") String msg) {
        RuleView rule = find(id);
        return NoStore.page(Templates.routingRule(rule, RoutingRuleHistory.of(id), RuleForm.of(rule), null, "",
                null, choices(), RuleForms.notice(msg)));
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response change(@PathParam("id") long id, @RestForm String category, @RestForm String unitKind,
            @RestForm String unitCode, @RestForm String handling, @RestForm String specificUnitCode,
            @RestForm String explanationZh, @RestForm String explanationEn, @RestForm String reason,
            @RestForm String exceptionReason) {
        RuleForm form = new RuleForm(category, unitKind, unitCode, handling, specificUnitCode, explanationZh,
                explanationEn, reason, exceptionReason);
        try {
            rules.changeRule(id, form.draft(), staff.me(), reason);
            return RuleForms.back(BASE + "/" + id, "ruleChanged");
        } catch (RuleRefused r) {
            return NoStore.page(422, Templates.routingRule(find(id), RoutingRuleHistory.of(id), form,
                    text(r.messageKey), "", null, choices(), null));
        }
    }

    @POST
    @Path("{id}/deactivate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response deactivate(@PathParam("id") long id, @RestForm String reason) {
        try {
            rules.deactivateRule(id, staff.me(), reason);
            return RuleForms.back(BASE + "/" + id, "ruleDeactivated");
        } catch (RuleRefused r) {
            RuleView rule = find(id);
            return NoStore.page(422, Templates.routingRule(rule, RoutingRuleHistory.of(id), RuleForm.of(rule), null,
                    reason == null ? "" : reason, text(r.messageKey), choices(), null));
        }
    }

    private Choices choices() {
        return new Choices(List.of(Category.values()), List.of(UnitKind.values()), List.of(Handling.values()),
                directory.unitsByArea());
    }

    private RuleView find(long id) {
        return staff.findOr404(rules.rule(id));
    }

    private String text(String key) {
        return Messages.get(locale.get(), key);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value)).findFirst().orElse(null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** {@code {kind.ruleScope}}: a kind of unit as a rule's scope reads it, in the page's language. */
    @TemplateExtension
    static String ruleScope(UnitKind kind, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        Locale l = locale instanceof Locale x ? x : Messages.CHINESE;
        return Messages.get(l, "admin.rt.kind." + kind.name());
    }
}
