package cn.gov.yongzhou.qingfeng.shared.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A request filter: a body over the limit is refused before it is read, with a page that says what to do; the HTTP
 * layer's own refusal would be an empty 413. Browsers always send Content-Length with a form.
 */
@ApplicationScoped
class OversizedBodies {

    /** Our own request limit, below quarkus.http.limits.max-body-size (the HTTP layer's bare backstop). */
    @ConfigProperty(name = "qingfeng.max-request-size", defaultValue = "90M")
    MemorySize maxBodySize;

    void refuseOversizedBodies(@Observes Router router) {
        router.route().order(-2000).handler(ctx -> {
            String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && length.chars().allMatch(Character::isDigit) && length.length() < 19
                    && Long.parseLong(length) > maxBodySize.asLongValue()) {
                ErrorPage.endWith(ctx, 413, "too_large", "error.page.tooLarge.title",
                        ctx.request().path().startsWith("/api/") ? "error.api.tooLarge" : "error.page.tooLarge",
                        maxBodySize.asLongValue() / (1024 * 1024));
                return;
            }
            ctx.next();
        });
    }
}
