package cn.gov.yongzhou.qingfeng.routing;

import cn.gov.yongzhou.qingfeng.casework.Transition;
import cn.gov.yongzhou.qingfeng.category.Category;
import cn.gov.yongzhou.qingfeng.routing.RoutingPolicy.Rule;
import cn.gov.yongzhou.qingfeng.routing.RoutingPolicy.UnitRef;
import cn.gov.yongzhou.qingfeng.shared.web.Bilingual;
import cn.gov.yongzhou.qingfeng.shared.web.Messages;
import java.util.Locale;

/**
 * Where a report should go and why, as the inspector is offered it to confirm or override.
 *
 * @param reason the machine reason
 * @param category the report's category, whose default route {@link RouteReason#CATEGORY_DEFAULT} explains
 * @param accused the unit the report is about
 * @param handler the handling body; null when the case must be transferred outside the directory
 * @param supervisor who supervises the handling (督查督办), if anyone
 * @param action {@link Transition#ASSIGN} to the handler, or {@link Transition#TRANSFER} out of the system
 * @param namesHead the report names the head at the time of the conduct (rule 9 holds the head to account)
 * @param rule the rule that decided, for {@link RouteReason#RULE}
 * @param setAside a rule that matched but would have broken a protection, so the default applies
 */
public record Route(RouteReason reason, Category category, UnitRef accused, UnitRef handler, UnitRef supervisor,
        Transition action, boolean namesHead, Rule rule, Rule setAside) {

    public boolean transferOutside() {
        return handler == null;
    }

    /**
     * The message key of the explanation; its arguments are the accused unit, handler, supervisor and rule text. A
     * category's default route is explained by the category ({@code category.X.route}).
     */
    public String explanationKey() {
        return reason == RouteReason.CATEGORY_DEFAULT ? "category." + category.name() + ".route"
                : "routeReason." + reason.name() + ".explain";
    }

    /** The explanation the inspector reads, in their language. */
    public String explain(Locale locale) {
        StringBuilder text = new StringBuilder(Messages.get(locale, explanationKey(), name(accused, locale),
                name(handler, locale), name(supervisor, locale), rule == null ? "" : name(rule.explanation(), locale)));
        if (supervisor != null) {
            text.append(Messages.get(locale, "route.supervisedBy", name(supervisor, locale)));
        }
        if (namesHead && reason != RouteReason.NAMES_HEAD) {
            text.append(Messages.get(locale, "route.namesHead"));
        }
        if (setAside != null) {
            text.append(Messages.get(locale, "route.ruleSetAside", setAside.id()));
        }
        return text.toString();
    }

    private static String name(Bilingual named, Locale locale) {
        return named == null ? "" : named.in(locale);
    }
}
