package cn.gov.yongzhou.qingfeng.shared.web;

import cn.gov.yongzhou.qingfeng.shared.NotFound;
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

        static native TemplateInstance forbidden(String title, String message, java.util.List<StaffShell.Link> links);
    }

    /** Our own request limit, below quarkus.http.limits.max-body-size (the HTTP layer's bare backstop). */
    @ConfigProperty(name = "qingfeng.max-request-size", defaultValue = "90M")
    MemorySize maxBodySize;

    @ServerExceptionMapper
    Response notFound(NotFoundException e, HttpServerRequest request) {
        return respond(request, 404, "error.page.title", "error.page.notFound");
    }

    /** A service's "nothing of that id" (see {@link NotFound}). */
    @ServerExceptionMapper
    Response notFound(NotFound e, HttpServerRequest request) {
        return respond(request, 404, "error.page.title", "error.page.notFound");
    }

    /**
     * A page this person's roles do not allow: the portal's page in their language, naming what they may open
     * instead (the same links as their navigation), not the browser's bare "HTTP ERROR 403".
     */
    @ServerExceptionMapper
    Response forbidden(io.quarkus.security.ForbiddenException e, HttpServerRequest request) {
        return forbiddenPage(request, currentIdentity());
    }

    private static io.quarkus.security.identity.SecurityIdentity currentIdentity() {
        return io.quarkus.arc.Arc.container().instance(io.quarkus.security.identity.SecurityIdentity.class).get();
    }

    private Response forbiddenPage(HttpServerRequest request, io.quarkus.security.identity.SecurityIdentity identity) {
        if (request.path().startsWith("/api/") || identity == null || identity.isAnonymous()) {
            return respond(request, 403, "error.page.title", "error.page.forbidden");
        }
        Locale locale = localeOf(request);
        java.util.List<StaffShell.Link> links = StaffShell.navFor(identity.getRoles(), null, locale);
        String message = links.isEmpty() ? Messages.get(locale, "error.page.forbidden.none")
                : Messages.get(locale, "error.page.forbidden.staff", nameOf(identity));
        return Response.status(403).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "no-store")
                .entity(Templates.forbidden(Messages.get(locale, "error.page.forbidden.title"), message, links)
                        .setLocale(locale)).build();
    }

    private static String nameOf(io.quarkus.security.identity.SecurityIdentity identity) {
        StaffDirectory directory = StaffDirectory.current();
        String name = directory == null ? null : directory.nameOf(identity);
        return name == null ? identity.getPrincipal().getName() : name;
    }

    @ServerExceptionMapper
    Response webApplication(WebApplicationException e, HttpServerRequest request) {
        int status = e.getResponse().getStatus();
        if (status == 403) {
            return forbiddenPage(request, currentIdentity());
        }
        if (status >= 500) {
            return unexpected(e, request);
        }
        if (status == 413) {
            return tooLarge(request);
        }
        return respond(request, status, "error.page.title", status == 404 ? "error.page.notFound" : "error.page.badRequest");
    }

    /** The form field limit (quarkus.http.limits.max-form-attribute-size) for the message that names it. */
    @ConfigProperty(name = "quarkus.http.limits.max-form-attribute-size", defaultValue = "2048")
    MemorySize maxFieldSize;

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
            answer = Response.status(413).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(Templates.error(
                    Messages.get(locale, "error.page.tooLarge.title"), Messages.get(locale, key, arg)).setLocale(locale));
        }
        if (!request.isEnded()) {
            request.response().endHandler(v -> request.connection().close());
        }
        return answer.header("Connection", "close").header("Cache-Control", "no-store").build();
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
        if (databaseUnavailable(e)) {
            return unavailable(e, request);
        }
        if (unreadableBody(e)) {
            // the class only: the framework's message may quote what was typed
            Log.warnf("unreadable request body on %s %s (%s)", request.method(), request.path(),
                    e.getClass().getSimpleName());
            // where this body ends and the next request starts is not known: close the connection after the answer
            return Response.fromResponse(respond(request, 400, "error.page.title", "error.page.badRequest"))
                    .header("Connection", "close").build();
        }
        String id = UUID.randomUUID().toString().substring(0, 8);
        if (isConcurrentConflict(e)) {
            // two people saved the same thing at the same instant: the checks before the write saw neither, the
            // database kept the first and refused the second, which stored nothing. Say so, not "error"
            Log.warnf("conflicting concurrent write %s on %s %s", id, request.method(), request.path());
            return respond(request, 409, "error.page.conflict.title", "error.page.conflict");
        }
        Log.errorf(e, "unexpected error %s on %s %s", id, request.method(), request.path());
        Locale locale = localeOf(request);
        return build(request, 500, Messages.get(locale, "error.page.title"), Messages.get(locale, "error.page.server", id));
    }

    /** How long a client is asked to wait when the database is away (a restart takes seconds). */
    public static final int RETRY_AFTER_SECONDS = 10;

    /**
     * The database is away (restarting, failed over, unreachable): 503 with Retry-After, so intake systems retry
     * and a citizen is told to try again in a moment, and one warning line instead of a stack trace per request.
     * Nothing of the request is logged: the SQL state says what happened.
     */
    private Response unavailable(Throwable e, HttpServerRequest request) {
        Log.warnf("database unavailable on %s %s (SQL state %s)", request.method(), request.path(), sqlStateOf(e));
        Locale locale = localeOf(request);
        return Response.fromResponse(build(request, 503, Messages.get(locale, "error.page.title"),
                Messages.get(locale, "error.page.unavailable"))).header("Retry-After", RETRY_AFTER_SECONDS).build();
    }

    /**
     * Whether a failure comes from a lost or refused database connection: SQL states of class 08 (connection
     * exception) and 57P (the server shutting down, starting up or in crash recovery).
     */
    public static boolean databaseUnavailable(Throwable e) {
        String state = sqlStateOf(e);
        return state != null && (state.startsWith("08") || state.startsWith("57P"));
    }

    /**
     * Two writes of the same thing at once: a unique or exclusion constraint, a serialization failure or a deadlock
     * (SQL states 23505, 23P01, 40001, 40P01). The state, never the message: PostgreSQL's detail holds row values.
     */
    static boolean isConcurrentConflict(Throwable e) {
        String state = sqlStateOf(e);
        return state != null && java.util.Set.of("23505", "23P01", "40001", "40P01").contains(state);
    }

    private static String sqlStateOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    /**
     * A failure outside the resources (the sign-in layer when the identity provider cannot be reached, say) would
     * get the framework's plain-text English page. It gets ours: the error id, logged, in the user's language. What
     * the security layer answers itself (sign-in redirects, 401, 403) and client errors pass on untouched.
     */
    void pageForFailuresOutsideResources(@Observes Router router) {
        router.route().order(-1900).failureHandler(ctx -> {
            Throwable failure = ctx.failure();
            if (ctx.get(RequestBodies.CUT) != null) {
                // a body cut off for slowness (RequestBodies): answered and closed already; the worker that was
                // reading it fails to answer again, which is expected, not an error to log with a stack trace
                Log.debugf("after a cut-off body on %s %s: %s", ctx.request().method(), ctx.request().path(), failure);
                return;
            }
            if (ctx.response().ended() || failure == null || isSecurityOutcome(failure)
                    || (ctx.statusCode() > 0 && ctx.statusCode() < 500)) {
                ctx.next();
                return;
            }
            String id = UUID.randomUUID().toString().substring(0, 8);
            Log.errorf(failure, "unexpected error %s on %s %s", id, ctx.request().method(), ctx.request().path());
            endWith(ctx, 500, "server_error", "error.page.title", "error.page.server", id);
        });
    }

    private static boolean isSecurityOutcome(Throwable failure) {
        return failure instanceof io.quarkus.security.AuthenticationException
                || failure instanceof io.quarkus.security.AuthenticationRedirectException
                || failure instanceof io.quarkus.security.UnauthorizedException
                || failure instanceof io.quarkus.security.ForbiddenException
                || failure instanceof io.vertx.ext.web.handler.HttpException;
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
                endWith(ctx, 413, "too_large", "error.page.tooLarge.title",
                        ctx.request().path().startsWith("/api/") ? "error.api.tooLarge" : "error.page.tooLarge",
                        maxBodySize.asLongValue() / (1024 * 1024));
                return;
            }
            ctx.next();
        });
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

    private static final java.util.regex.Pattern QUALITY = java.util.regex.Pattern.compile(
            "(?i)\\s*q\\s*=\\s*(0(\\.\\d{0,3})?|1(\\.0{0,3})?)\\s*");

    /**
     * A malformed Accept or Accept-Language header (a weight q=x or q=2, a type "nonsense", a range ";;") makes the
     * page's type and language negotiation throw after the page is made, which would answer 500. No browser sends
     * one: it is dropped, and the page goes out as to a client that states no preference.
     */
    void dropMalformedPreferences(@Observes Router router) {
        router.route().order(-1999).handler(ctx -> {
            for (String name : new String[] {"Accept", "Accept-Language"}) {
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

    private static final java.util.regex.Pattern MEDIA_RANGE = java.util.regex.Pattern.compile(
            "\\s*[\\w!#$&^.+*-]+/[\\w!#$&^.+*-]+\\s*");
    private static final java.util.regex.Pattern LANGUAGE_RANGE = java.util.regex.Pattern.compile(
            "\\s*(\\*|[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*)\\s*");

    /** Every element a media range (Accept) or a language range (Accept-Language), every weight between 0 and 1. */
    static boolean wellFormed(String name, String header) {
        java.util.regex.Pattern range = name.equals("Accept") ? MEDIA_RANGE : LANGUAGE_RANGE;
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

    /**
     * An answer given outside the resources, straight on the connection, which is closed after it (what follows a
     * refused body is not known): our page in the user's language, or under /api/ JSON in both languages.
     */
    static void endWith(io.vertx.ext.web.RoutingContext ctx, int status, String code, String titleKey,
            String messageKey, Object... args) {
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
