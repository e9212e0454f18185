package cn.gov.yongzhou.qingfeng.shared.web;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;

/**
 * Every text the portal sends (pages, CSV, plain text) is UTF-8 and says so: {@code @Produces(TEXT_HTML)} alone sends
 * {@code text/html} without a charset, which leaves a browser or a proxy to guess the encoding of Chinese text.
 */
@ApplicationScoped
public class TextCharset {

    void declareUtf8(@Observes Router router) {
        router.route().order(-2100).handler(ctx -> {
            ctx.addHeadersEndHandler(v -> {
                String type = ctx.response().headers().get(HttpHeaders.CONTENT_TYPE);
                if (type != null && type.regionMatches(true, 0, "text/", 0, 5)
                        && !type.toLowerCase(Locale.ROOT).contains("charset=")) {
                    ctx.response().headers().set(HttpHeaders.CONTENT_TYPE, withCharset(type));
                }
            });
            ctx.next();
        });
    }

    static String withCharset(String type) {
        String base = type.strip();
        while (base.endsWith(";")) {
            base = base.substring(0, base.length() - 1).strip();
        }
        return base + ";charset=UTF-8";
    }
}
