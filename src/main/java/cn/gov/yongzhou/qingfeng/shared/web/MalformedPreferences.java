package cn.gov.yongzhou.qingfeng.shared.web;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.regex.Pattern;

/**
 * A request filter: a malformed Accept or Accept-Language header (a weight q=x or q=2, a type "nonsense", a range
 * ";;") makes the page's type and language negotiation throw after the page is made, which would answer 500. No
 * browser sends one: it is dropped, and the page goes out as to a client that states no preference.
 */
@ApplicationScoped
class MalformedPreferences {

    private static final Pattern QUALITY = Pattern.compile("(?i)\\s*q\\s*=\\s*(0(\\.\\d{0,3})?|1(\\.0{0,3})?)\\s*");
    private static final Pattern MEDIA_RANGE = Pattern.compile("\\s*[\\w!#$&^.+*-]+/[\\w!#$&^.+*-]+\\s*");
    private static final Pattern LANGUAGE_RANGE = Pattern.compile("\\s*(\\*|[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*)\\s*");

    void dropMalformedPreferences(@Observes Router router) {
        router.route().order(-1999).handler(ctx -> {
            for (String name : new String[] { "Accept", "Accept-Language" }) {
                for (String value : ctx.request().headers().getAll(name)) {
                    if (!wellFormed(name, value)) {
                        ctx.request().headers().remove(name);
                        break;
                    }
                }
            }
            ctx.next();
        });
    }

    /** Every element a media range (Accept) or a language range (Accept-Language), every weight between 0 and 1. */
    static boolean wellFormed(String name, String header) {
        Pattern range = name.equals("Accept") ? MEDIA_RANGE : LANGUAGE_RANGE;
        for (String element : header.split(",")) {
            if (element.isBlank()) {
                continue;
            }
            String[] params = element.split(";", -1);
            if (!range.matcher(params[0]).matches()) {
                return false;
            }
            for (int i = 1; i < params.length; i++) {
                int eq = params[i].indexOf('=');
                if (eq <= 0 || params[i].substring(0, eq).isBlank()) {
                    return false;
                }
                boolean weight = params[i].substring(0, eq).strip().equalsIgnoreCase("q");
                if (weight && !QUALITY.matcher(params[i]).matches()) {
                    return false;
                }
            }
        }
        return true;
    }
}
