package cn.gov.yongzhou.qingfeng.admin;

import cn.gov.yongzhou.qingfeng.shared.web.FieldErrors;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the rule pages (calendar, policy, routing, outbox) share: their notices after a post, and the answer to a
 * refused form: 422, the page again with what the admin typed and the reasons beside the fields.
 */
final class RuleForms {

    /** The notices a redirect may ask a rule page to show (?msg=); anything else is ignored. */
    private static final Set<String> NOTICES = Set.of("yearEntered", "papersSaved", "daySaved", "dayRemoved",
            "policyChanged", "policyAdded", "policyEnded", "ruleCreated", "ruleChanged", "ruleDeactivated", "retried",
            "notRetried");

    private RuleForms() {
    }

    /**
     * Back to a rule page after a successful post, with a notice. The forms post to an address with a fragment
     * (#the-form), so a refused form comes back scrolled to its messages without any script; the notice's own
     * fragment here overrides it, so a success comes back showing the notice at the top.
     */
    static Response back(String path, String notice) {
        return Response.seeOther(java.net.URI.create(path + "?msg=" + notice + "#admin-msg")).build();
    }

    /** The message key of a notice, or null. */
    static String notice(String msg) {
        return msg != null && NOTICES.contains(msg) ? "admin.rules.msg." + msg : null;
    }

    /** The errors per field in the page's language; several for one field (lines of a year's days) one a line. */
    static Map<String, String> messages(FieldErrors errors, Locale locale) {
        Map<String, String> err = new LinkedHashMap<>();
        for (FieldErrors.Error e : errors.all()) {
            err.merge(e.field(), errors.message(e, locale), (a, b) -> a + "\n" + b);
        }
        return err;
    }

}
