package cn.gov.yongzhou.qingfeng.shared.web;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.security.SecureRandom;
import java.util.Base64;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The CSRF filter guards every multipart POST, the JSON API's included. CSRF abuses ambient credentials
 * (cookies) of a signed-in browser; {@code /api/} uses none, so for it we present the filter with a
 * matching one-off token pair, and any cookie the caller sent is dropped so the API never acts on one.
 */
@ApplicationScoped
public class ApiCsrfExemption {

    private final SecureRandom random = new SecureRandom();

    @ConfigProperty(name = "quarkus.rest-csrf.cookie-name")
    String cookieName;

    @ConfigProperty(name = "quarkus.rest-csrf.token-header-name", defaultValue = "X-CSRF-TOKEN")
    String headerName;

    void install(@Observes Router router) {
        router.route("/api/*").order(-1000).handler(ctx -> {
            byte[] bytes = new byte[16];
            random.nextBytes(bytes);
            String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            ctx.request().headers().remove(HttpHeaders.COOKIE);
            ctx.request().headers().set(HttpHeaders.COOKIE, cookieName + "=" + token);
            ctx.request().headers().set(headerName, token);
            ctx.next();
        });
    }
}
