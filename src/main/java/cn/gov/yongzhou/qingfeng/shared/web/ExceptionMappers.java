package cn.gov.yongzhou.qingfeng.shared.web;

import static cn.gov.yongzhou.qingfeng.shared.web.ErrorPage.localeOf;

import cn.gov.yongzhou.qingfeng.shared.NotFound;
import io.quarkus.logging.Log;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.core.multipart.MultipartParser;

/**
 * Exceptions from the resources as pages in the user's language (JSON under /api/), never a stack trace. An
 * unexpected error gets an id that is shown to the user and logged with the exception, so support can find it.
 */
@ApplicationScoped
public class ExceptionMappers {

    /** Our own request limit, below quarkus.http.limits.max-body-size (the HTTP layer's bare backstop). */
    @ConfigProperty(name = "qingfeng.max-request-size", defaultValue = "90M")
    MemorySize maxBodySize;

    /** The form field limit (quarkus.http.limits.max-form-attribute-size) for the message that names it. */
    @ConfigProperty(name = "quarkus.http.limits.max-form-attribute-size", defaultValue = "2048")
    MemorySize maxFieldSize;

    @ServerExceptionMapper
    Response notFound(NotFoundException e, HttpServerRequest request) {
        return ErrorPage.of(request, 404, "error.page.title", "error.page.notFound");
    }

    /** A service's "nothing of that id" (see {@link NotFound}). */
    @ServerExceptionMapper
    Response notFound(NotFound e, HttpServerRequest request) {
        return ErrorPage.of(request, 404, "error.page.title", "error.page.notFound");
    }

    /**
     * A page this person's roles do not allow: the portal's page in their language, naming what they may open
     * instead (the same links as their navigation), not the browser's bare "HTTP ERROR 403".
     */
    @ServerExceptionMapper
    Response forbidden(io.quarkus.security.ForbiddenException e, HttpServerRequest request) {
        return forbiddenPage(request, currentIdentity());
    }

    private static SecurityIdentity currentIdentity() {
        return io.quarkus.arc.Arc.container().instance(SecurityIdentity.class).get();
    }

    private Response forbiddenPage(HttpServerRequest request, SecurityIdentity identity) {
        if (request.path().startsWith("/api/") || identity == null || identity.isAnonymous()) {
            return ErrorPage.of(request, 403, "error.page.title", "error.page.forbidden");
        }
        Locale locale = localeOf(request);
        List<StaffShell.Link> links = StaffShell.navFor(identity.getRoles(), null, locale);
        String message = links.isEmpty() ? Messages.get(locale, "error.page.forbidden.none")
                : Messages.get(locale, "error.page.forbidden.staff", nameOf(identity));
        return Response.status(403).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "no-store")
                .entity(ErrorPage.Templates.forbidden(Messages.get(locale, "error.page.forbidden.title"), message,
                        links).setLocale(locale))
                .build();
    }

    private static String nameOf(SecurityIdentity identity) {
        StaffDirectory directory = StaffDirectory.current();
        String name = directory == null ? null : directory.nameOf(identity);
        return name == null ? identity.getPrincipal().getName() : name;
    }

    @ServerExceptionMapper
    Response webApplication(WebApplicationException e, HttpServerRequest request) {
        int status = e.getResponse().getStatus();
        if (status >= 300 && status < 400) {
            // a redirect thrown on purpose (RedirectionException): sent as it is
            return e.getResponse();
        }
        if (status == 403) {
            return forbiddenPage(request, currentIdentity());
        }
        if (status >= 500) {
            return unexpected(e, request);
        }
        if (status == 413) {
            return tooLarge(request);
        }
        return ErrorPage.of(request, status, "error.page.title",
                status == 404 ? "error.page.notFound" : "error.page.badRequest");
    }

    /**
     * The multipart parser refused the body while reading it (413): the whole body went over the limit (sent without a
     * Content-Length, so not refused before reading) or one text field did. Which one is told by how much was read.
     * The connection is closed after the answer: the rest of the body is not wanted.
     */
    private Response tooLarge(HttpServerRequest request) {
        boolean whole = request.bytesRead() >= maxBodySize.asLongValue();
        Log.warnf("refused an oversized %s on %s %s", whole ? "request body" : "form field", request.method(),
                request.path());
        boolean api = request.path().startsWith("/api/");
        String key = whole ? (api ? "error.api.tooLarge" : "error.page.tooLarge") : "error.page.fieldTooLarge";
        Object arg = whole ? maxBodySize.asLongValue() / (1024 * 1024) : maxFieldSize.asLongValue() / 1024;
        Response.ResponseBuilder answer;
        if (api) {
            answer = Response.status(413).type(MediaType.APPLICATION_JSON).entity(Map.of("error",
                    whole ? "too_large" : "field_too_large", "message", Messages.get(Messages.CHINESE, key, arg),
                    "messageEn", Messages.get(Messages.ENGLISH, key, arg)));
        } else {
            Locale locale = localeOf(request);
            answer = Response.status(413).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(ErrorPage.Templates.error(Messages.get(locale, "error.page.tooLarge.title"),
                            Messages.get(locale, key, arg)).setLocale(locale));
        }
        if (!request.isEnded()) {
            request.response().endHandler(v -> request.connection().close());
        }
        return answer.header("Connection", "close").header("Cache-Control", "no-store").build();
    }

    /** A multipart body that does not parse (a broken client, a scanner) is the client's error, not ours. */
    @ServerExceptionMapper
    Response malformedMultipart(MultipartParser.MalformedMessageException e, HttpServerRequest request) {
        return ErrorPage.of(request, 400, "error.page.title", "error.page.badRequest");
    }

    /**
     * A form field or address with a broken %-escape ("%%27", a scanner's payload) is the client's error too; any
     * other IllegalArgumentException is ours.
     */
    @ServerExceptionMapper
    Response illegalArgument(IllegalArgumentException e, HttpServerRequest request) {
        StackTraceElement[] at = e.getStackTrace();
        if (at.length > 0 && at[0].getClassName().equals("org.jboss.resteasy.reactive.common.util.URLUtils")) {
            return ErrorPage.of(request, 400, "error.page.title", "error.page.badRequest");
        }
        return unexpected(e, request);
    }

    @ServerExceptionMapper
    Response unexpected(Throwable e, HttpServerRequest request) {
        if (DatabaseFailures.databaseUnavailable(e)) {
            return unavailable(e, request);
        }
        if (unreadableBody(e)) {
            // the class only: the framework's message may quote what was typed
            Log.warnf("unreadable request body on %s %s (%s)", request.method(), request.path(),
                    e.getClass().getSimpleName());
            // where this body ends and the next request starts is not known: close the connection after the answer
            return Response.fromResponse(ErrorPage.of(request, 400, "error.page.title", "error.page.badRequest"))
                    .header("Connection", "close").build();
        }
        String id = UUID.randomUUID().toString().substring(0, 8);
        if (DatabaseFailures.isConcurrentConflict(e)) {
            // two people saved the same thing at the same instant: the checks before the write saw neither, the
            // database kept the first and refused the second, which stored nothing. Say so, not "error"
            Log.warnf("conflicting concurrent write %s on %s %s", id, request.method(), request.path());
            return ErrorPage.of(request, 409, "error.page.conflict.title", "error.page.conflict");
        }
        Log.errorf(e, "unexpected error %s on %s %s", id, request.method(), request.path());
        Locale locale = localeOf(request);
        return ErrorPage.build(request, 500, Messages.get(locale, "error.page.title"),
                Messages.get(locale, "error.page.server", id));
    }

    /**
     * The database is away (restarting, failed over, unreachable): 503 with Retry-After, so intake systems retry
     * and a citizen is told to try again in a moment, and one warning line instead of a stack trace per request.
     * Nothing of the request is logged: the SQL state says what happened.
     */
    private Response unavailable(Throwable e, HttpServerRequest request) {
        Log.warnf("database unavailable on %s %s (SQL state %s)", request.method(), request.path(),
                DatabaseFailures.sqlStateOf(e));
        Locale locale = localeOf(request);
        return Response.fromResponse(ErrorPage.build(request, 503, Messages.get(locale, "error.page.title"),
                Messages.get(locale, "error.page.unavailable")))
                .header("Retry-After", DatabaseFailures.RETRY_AFTER_SECONDS).build();
    }

    /**
     * A body that is not the form it claims to be (a multipart request cut short or with another boundary, a part in
     * an unknown charset, a broken %-escape) fails while the framework reads it, before any of our code runs: the
     * client's mistake, 400, not a server error.
     */
    static boolean unreadableBody(Throwable e) {
        for (StackTraceElement frame : e.getStackTrace()) {
            if (frame.getClassName().equals("org.jboss.resteasy.reactive.server.handlers.FormBodyHandler")) {
                return true;
            }
        }
        return false;
    }
}
