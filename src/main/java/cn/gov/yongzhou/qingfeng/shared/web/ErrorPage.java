package cn.gov.yongzhou.qingfeng.shared.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An error as the user gets it: a page in their language, or under /api/ JSON. Used by the exception mappers
 * ({@link ExceptionMappers}) and by the filters that answer before any resource runs.
 */
public final class ErrorPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(String title, String message);

        static native TemplateInstance forbidden(String title, String message, List<StaffShell.Link> links);
    }

    private ErrorPage() {
    }

    /** The error with its title and message keys, as a page or (under /api/) JSON. */
    static Response of(HttpServerRequest request, int status, String titleKey, String messageKey) {
        Locale locale = localeOf(request);
        return build(request, status, Messages.get(locale, titleKey), Messages.get(locale, messageKey));
    }

    static Response build(HttpServerRequest request, int status, String title, String message) {
        if (request.path().startsWith("/api/")) {
            return Response.status(status).type(MediaType.APPLICATION_JSON)
                    .entity(Map.of("error", title, "message", message)).build();
        }
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.error(title, message).setLocale(localeOf(request))).build();
    }

    /**
     * An answer given outside the resources, straight on the connection, which is closed after it (what follows a
     * refused body is not known): our page in the user's language, or under /api/ JSON in both languages.
     */
    static void endWith(RoutingContext ctx, int status, String code, String titleKey, String messageKey,
            Object... args) {
        Locale locale = localeOf(ctx.request());
        boolean api = ctx.request().path().startsWith("/api/");
        String body = api
                ? new io.vertx.core.json.JsonObject().put("error", code)
                        .put("message", Messages.get(Messages.CHINESE, messageKey, args))
                        .put("messageEn", Messages.get(Messages.ENGLISH, messageKey, args)).encode()
                : Templates.error(Messages.get(locale, titleKey), Messages.get(locale, messageKey, args))
                        .setLocale(locale).render();
        if (!ctx.request().isEnded() && ctx.request().version() != io.vertx.core.http.HttpVersion.HTTP_2) {
            // the rest of the body is not wanted: "Connection: close" alone leaves the socket open while it arrives
            ctx.response().endHandler(v -> ctx.request().connection().close());
        }
        ctx.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, api ? "application/json" : "text/html;charset=UTF-8")
                .putHeader("Cache-Control", "no-store")
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(body);
    }

    static Locale localeOf(HttpServerRequest request) {
        io.vertx.core.http.Cookie cookie = request.getCookie(RequestLocale.COOKIE);
        return cookie != null && "en".equals(cookie.getValue()) ? Messages.ENGLISH : Messages.CHINESE;
    }
}
