package cn.gov.yongzhou.qingfeng.shared.web;

import io.quarkus.logging.Log;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.core.multipart.MultipartParser;

/**
 * Errors as pages in the user's language (JSON under /api/), never a stack trace. An unexpected error
 * gets an id that is shown to the user and logged with the exception, so support can find it.
 */
@ApplicationScoped
public class ErrorPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(String title, String message);
    }

    /** Our own request limit, below quarkus.http.limits.max-body-size (the HTTP layer's bare backstop). */
    @ConfigProperty(name = "qingfeng.max-request-size", defaultValue = "90M")
    MemorySize maxBodySize;

    @ServerExceptionMapper
    Response notFound(NotFoundException e, HttpServerRequest request) {
        return respond(request, 404, "error.page.title", "error.page.notFound");
    }

    @ServerExceptionMapper
    Response webApplication(WebApplicationException e, HttpServerRequest request) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, request);
        }
        return respond(request, status, "error.page.title", status == 404 ? "error.page.notFound" : "error.page.badRequest");
    }

    /** A multipart body that does not parse (a broken client, a scanner) is the client's error, not ours. */
    @ServerExceptionMapper
    Response malformedMultipart(MultipartParser.MalformedMessageException e, HttpServerRequest request) {
        return respond(request, 400, "error.page.title", "error.page.badRequest");
    }

    /**
     * A form field or address with a broken %-escape ("%%27", a scanner's payload) is the client's error too; any
     * other IllegalArgumentException is ours.
     */
    @ServerExceptionMapper
    Response illegalArgument(IllegalArgumentException e, HttpServerRequest request) {
        StackTraceElement[] at = e.getStackTrace();
        if (at.length > 0 && at[0].getClassName().equals("org.jboss.resteasy.reactive.common.util.URLUtils")) {
            return respond(request, 400, "error.page.title", "error.page.badRequest");
        }
        return unexpected(e, request);
    }

    @ServerExceptionMapper
    Response unexpected(Throwable e, HttpServerRequest request) {
        String id = UUID.randomUUID().toString().substring(0, 8);
        Log.errorf(e, "unexpected error %s on %s %s", id, request.method(), request.path());
        Locale locale = localeOf(request);
        return build(request, 500, Messages.get(locale, "error.page.title"), Messages.get(locale, "error.page.server", id));
    }

    /**
     * A body over the limit is refused before it is read, with a page that says what to do; the HTTP layer's own
     * refusal would be an empty 413. Browsers always send Content-Length with a form.
     */
    void refuseOversizedBodies(@Observes Router router) {
        router.route().order(-2000).handler(ctx -> {
            String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && length.chars().allMatch(Character::isDigit) && length.length() < 19
                    && Long.parseLong(length) > maxBodySize.asLongValue()) {
                Locale locale = localeOf(ctx.request());
                boolean api = ctx.request().path().startsWith("/api/");
                String body = api
                        ? new io.vertx.core.json.JsonObject().put("error", "too_large")
                                .put("message", Messages.get(Messages.CHINESE, "error.page.tooLarge"))
                                .put("messageEn", Messages.get(Messages.ENGLISH, "error.page.tooLarge")).encode()
                        : Templates.error(Messages.get(locale, "error.page.tooLarge.title"),
                                Messages.get(locale, "error.page.tooLarge")).setLocale(locale).render();
                ctx.response().setStatusCode(413)
                        .putHeader(HttpHeaders.CONTENT_TYPE, api ? "application/json" : "text/html;charset=UTF-8")
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end(body);
                return;
            }
            ctx.next();
        });
    }

    private Response respond(HttpServerRequest request, int status, String titleKey, String messageKey) {
        Locale locale = localeOf(request);
        return build(request, status, Messages.get(locale, titleKey), Messages.get(locale, messageKey));
    }

    private Response build(HttpServerRequest request, int status, String title, String message) {
        if (request.path().startsWith("/api/")) {
            return Response.status(status).type(MediaType.APPLICATION_JSON)
                    .entity(Map.of("error", title, "message", message)).build();
        }
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.error(title, message).setLocale(localeOf(request))).build();
    }

    private static Locale localeOf(HttpServerRequest request) {
        io.vertx.core.http.Cookie cookie = request.getCookie(RequestLocale.COOKIE);
        return cookie != null && "en".equals(cookie.getValue()) ? Messages.ENGLISH : Messages.CHINESE;
    }
}
