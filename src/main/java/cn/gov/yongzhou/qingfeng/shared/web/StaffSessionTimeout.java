package cn.gov.yongzhou.qingfeng.shared.web;

import cn.gov.yongzhou.qingfeng.shared.audit.SecurityKind;
import cn.gov.yongzhou.qingfeng.shared.audit.SecurityLog;
import cn.gov.yongzhou.qingfeng.shared.crypto.KeyedHash;
import io.quarkus.logging.Log;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.MultiMap;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Ends a staff member's code-flow session after {@code qingfeng.staff-session.idle-timeout} without a staff
 * request: an unattended desk must not stay signed in to reporters' identities.
 *
 * <p>
 * The time of the last staff request is kept in the activity cookie {@value #COOKIE} (time and user name, signed
 * with the index key), renewed on every staff page. It is read <em>before</em> the sign-in layer, so that a staff
 * member who comes back too late is told so by the portal even when the identity provider's session or the session
 * cookie has already run out, and so that a form posted then is answered by a page of the portal with what was typed
 * in it, never by a redirect to the provider: the pages' own CSP ({@code form-action 'self'}) makes the browser drop
 * a form redirected to another site, silently. The cookie is cleared by signing out, when the session is gone and
 * when a new sign-in completes, so a fresh sign-in is never judged by an earlier session; a missing or forged cookie
 * counts from the sign-in ({@code auth_time}, else the ID token's issue time).
 *
 * <p>
 * Bearer-token callers (the API, tests) have no session and are left alone.
 */
@ApplicationScoped
public class StaffSessionTimeout {

    static final String COOKIE = "qf-staff-seen";
    static final String SESSION_COOKIE = "q_session";
    /** The code flow's state cookie while the browser is at the provider's sign-in page. */
    private static final String SIGN_IN_STATE_COOKIE = "q_auth";
    /** Marks a sign-out that the idle time-out started, so the signed-out page says why. */
    static final String TIMED_OUT_PARAM = "timed-out";
    static final String DEFAULT_BACK = "/staff/cases";
    /**
     * The activity cookie outlives browser restarts, like the session cookie, and lasts beyond the longest session
     * the identity provider allows (10 hours), so that a staff member who comes back is told the session timed out.
     */
    private static final Duration COOKIE_AGE = Duration.ofHours(12);
    /** The challenge of a 401 that asks for the staff sign-in (a scheme no browser answers with a dialog). */
    private static final String CHALLENGE = "OpenIdConnect realm=\"qingfeng-staff\"";
    private static final String RENEW = StaffSessionTimeout.class.getName() + ".renew";

    private final Clock clock;
    private final KeyedHash keyedHash;
    private final SecurityLog securityLog;
    private final Duration idle;
    private final SecurityIdentity identity;
    private final Optional<String> logoutPath;
    private final boolean forceSecure;
    private final String csrfCookie;

    StaffSessionTimeout(Clock clock, KeyedHash keyedHash, SecurityLog securityLog, StaffSessionConfig config,
            SecurityIdentity identity, @ConfigProperty(name = "quarkus.oidc.logout.path") Optional<String> logoutPath,
            @ConfigProperty(name = "quarkus.oidc.authentication.cookie-force-secure", defaultValue = "false") boolean forceSecure,
            @ConfigProperty(name = "quarkus.rest-csrf.cookie-name") String csrfCookie) {
        this.identity = identity;
        this.logoutPath = logoutPath;
        this.clock = clock;
        this.keyedHash = keyedHash;
        this.securityLog = securityLog;
        this.idle = config.idleTimeout();
        this.forceSecure = forceSecure;
        this.csrfCookie = csrfCookie;
    }

    /** Before the sign-in layer (order -200): see {@link #beforeSignIn}. */
    void install(@Observes Router router) {
        router.route("/staff/*").order(-500).handler(this::beforeSignIn);
    }

    void beforeSignIn(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
            ctx.next();
            return;
        }
        boolean session = hasSession(request);
        if (logoutPath.isPresent() && request.path().equals(logoutPath.get())) {
            signingOut(ctx, session);
            return;
        }
        if (isReturnFromSignIn(request)) {
            // a new sign-in completes here: whatever an earlier session left says nothing about this one
            clear(ctx, COOKIE);
            ctx.next();
            return;
        }
        Instant now = clock.instant();
        Optional<Activity> seen = activity(request.getCookie(COOKIE));
        if (seen.isPresent() && Duration.between(seen.get().at(), now).compareTo(idle) > 0) {
            timedOut(ctx, seen.get().user(), Duration.between(seen.get().at(), now), session);
            return;
        }
        if (!session) {
            if (request.getCookie(COOKIE) != null) {
                clear(ctx, COOKIE);
            }
            if (!isSafe(request.method())) {
                // the code flow would answer with a redirect to the provider, which the form may not follow
                notSent(ctx, SignedOutPage.Reason.ENDED, DEFAULT_BACK);
                return;
            }
        }
        ctx.next();
    }

    /**
     * The staff cookies go with the session: the activity cookie, the form's CSRF cookie, and the time-out's mark
     * unless the time-out is what signs out. Without a session there is nothing to end here or at the provider (the
     * code flow would first ask the user to sign in, only to sign them out): straight to the signed-out page.
     */
    private void signingOut(RoutingContext ctx, boolean session) {
        clear(ctx, COOKIE);
        clear(ctx, csrfCookie);
        if (ctx.request().getParam(TIMED_OUT_PARAM) == null) {
            clear(ctx, SignedOutPage.BACK_COOKIE);
        }
        if (session) {
            ctx.next();
        } else {
            redirect(ctx, "/signed-out");
        }
    }

    /**
     * A page opened after the idle time goes through the provider's logout, which ends the provider's session too
     * (signing in again asks for the password), and is remembered to return to. A form posted after it gets the
     * portal's page with what was typed, whose sign-in link goes through that logout.
     */
    private void timedOut(RoutingContext ctx, String user, Duration gap, boolean session) {
        HttpServerRequest request = ctx.request();
        String address = addressOf(request);
        ctx.vertx().executeBlocking(() -> {
            securityLog.record(SecurityKind.SESSION_TIMED_OUT, user, address, "idle " + gap.toMinutes() + " min");
            return null;
        }, false).onFailure(e -> Log.errorf(e, "the time-out of %s could not be logged", user));
        boolean page = isSafe(request.method());
        String back = page ? request.uri() : DEFAULT_BACK;
        clear(ctx, COOKIE);
        ctx.response().addCookie(cookie(SignedOutPage.BACK_COOKIE, SignedOutPage.encode(back), 600, request));
        String signOut = session && logoutPath.isPresent() ? logoutPath.get() + "?" + TIMED_OUT_PARAM : "/signed-out";
        if (page) {
            redirect(ctx, signOut);
        } else {
            notSent(ctx, SignedOutPage.Reason.TIMED_OUT, signOut);
        }
    }

    /** The portal's page for a form that was not sent on, with what was typed in it, read from the body here. */
    private void notSent(RoutingContext ctx, SignedOutPage.Reason reason, String signIn) {
        HttpServerRequest request = ctx.request();
        String type = request.getHeader(HttpHeaders.CONTENT_TYPE);
        boolean form = type != null && (type.startsWith("application/x-www-form-urlencoded")
                || type.startsWith("multipart/form-data"));
        if (request.isEnded()) {
            // the form was read already on the event loop (RequestBodies): its fields are there
            answerNotSent(ctx, reason, signIn, form ? request.formAttributes() : MultiMap.caseInsensitiveMultiMap());
            return;
        }
        if (form) {
            request.setExpectMultipart(true);
            // files are not kept: their bytes are read and dropped
            request.uploadHandler(upload -> upload.handler(bytes -> {
            }));
        }
        request.handler(bytes -> {
        });
        request.exceptionHandler(e -> {
            if (!ctx.response().ended()) {
                ctx.fail(400, e);
            }
        });
        request.endHandler(v -> answerNotSent(ctx, reason, signIn,
                form ? request.formAttributes() : MultiMap.caseInsensitiveMultiMap()));
        request.resume();
    }

    private void answerNotSent(RoutingContext ctx, SignedOutPage.Reason reason, String signIn, MultiMap fields) {
        HttpServerRequest request = ctx.request();
        List<SignedOutPage.Typed> typed = fields.entries().stream()
                // the text typed, not the token nor the ids that the page filled in (the answer must not differ
                // with whether an id exists: IdorMatrixTest)
                .filter(e -> !e.getKey().equals("csrf-token") && e.getValue() != null && !e.getValue().isBlank()
                        && !e.getValue().strip().chars().allMatch(Character::isDigit))
                .map(e -> new SignedOutPage.Typed(e.getKey(), e.getValue())).toList();
        // 401: the request was not acted on for want of a session (the page says so; the scheme names no
        // browser dialog, so the page is what the staff member sees)
        ctx.response().setStatusCode(401).putHeader(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE)
                .putHeader(HttpHeaders.CONTENT_TYPE, "text/html;charset=UTF-8")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .end(SignedOutPage.notSent(reason, signIn, idle, typed, localeOf(request)));
    }

    /** After the sign-in layer: a session without a valid activity cookie counts from its sign-in. */
    @ServerRequestFilter
    Optional<Response> check(ContainerRequestContext context, HttpServerRequest request) {
        if (!isSessionRequest(request, identity)) {
            return Optional.empty();
        }
        String user = identity.getPrincipal().getName();
        Instant now = clock.instant();
        Instant signedIn = signedInAt(identity, now);
        Instant lastSeen = activity(request.getCookie(COOKIE)).filter(a -> a.user().equals(user)).map(Activity::at)
                .filter(at -> at.isAfter(signedIn)).orElse(signedIn);
        Duration gap = Duration.between(lastSeen, now);
        if (gap.compareTo(idle) > 0) {
            securityLog.record(SecurityKind.SESSION_TIMED_OUT, user, "idle " + gap.toMinutes() + " min");
            NewCookie back = newCookie(SignedOutPage.BACK_COOKIE, SignedOutPage.encode(
                    isSafe(request.method()) ? request.uri() : DEFAULT_BACK), 600, request);
            NewCookie cleared = newCookie(COOKIE, "", 0, request);
            String signOut = logoutPath.map(p -> p + "?" + TIMED_OUT_PARAM).orElse("/signed-out");
            Response.ResponseBuilder response = isSafe(request.method())
                    ? Response.seeOther(URI.create(signOut))
                    : Response.status(401).header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE).type("text/html;charset=UTF-8")
                            .entity(SignedOutPage.notSent(SignedOutPage.Reason.TIMED_OUT, signOut, idle, List.of(),
                                    localeOf(request)));
            return Optional.of(response.header(HttpHeaders.CACHE_CONTROL, "no-store")
                    .header(HttpHeaders.SET_COOKIE, back).header(HttpHeaders.SET_COOKIE, cleared).build());
        }
        context.setProperty(RENEW, newCookie(COOKIE, value(now, user), (int) COOKIE_AGE.toSeconds(), request));
        return Optional.empty();
    }

    @ServerResponseFilter
    void renew(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(RENEW) instanceof NewCookie cookie) {
            response.getHeaders().add(HttpHeaders.SET_COOKIE, cookie);
        }
    }

    /** A staff page reached with the code flow's session cookie, not with a bearer token. */
    static boolean isSessionRequest(HttpServerRequest request, SecurityIdentity identity) {
        String path = request.path();
        return path != null && path.startsWith("/staff/") && identity != null && !identity.isAnonymous()
                && request.getHeader(HttpHeaders.AUTHORIZATION) == null && hasSession(request);
    }

    /** q_session, or q_session_chunk_1... when the tokens make the cookie too long for one. */
    static boolean hasSession(HttpServerRequest request) {
        return request.cookies().stream().anyMatch(c -> c.getName().startsWith(SESSION_COOKIE));
    }

    /** The provider sending the browser back with the code of a sign-in this browser started. */
    private static boolean isReturnFromSignIn(HttpServerRequest request) {
        return request.getParam("state") != null && (request.getParam("code") != null
                || request.getParam("error") != null)
                && request.cookies().stream().anyMatch(c -> c.getName().startsWith(SIGN_IN_STATE_COOKIE));
    }

    private static boolean isSafe(HttpMethod method) {
        return HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method);
    }

    record Activity(Instant at, String user) {
    }

    /** {@code seconds.base64url(user).mac}; anything else, or a wrong mac, is no activity at all. */
    private Optional<Activity> activity(Cookie cookie) {
        if (cookie == null) {
            return Optional.empty();
        }
        String[] parts = cookie.getValue().split("\\.", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            String user = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
            if (!MessageDigest.isEqual(cookie.getValue().getBytes(StandardCharsets.US_ASCII),
                    value(parts[0], user).getBytes(StandardCharsets.US_ASCII))) {
                return Optional.empty();
            }
            return Optional.of(new Activity(Instant.ofEpochSecond(Long.parseLong(parts[0])), user));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** When this session was signed in: the provider's {@code auth_time} survives token refreshes, {@code iat} not. */
    private static Instant signedInAt(SecurityIdentity identity, Instant now) {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            Object authTime = token.getClaim("auth_time");
            if (authTime instanceof Number n && n.longValue() > 0) {
                return Instant.ofEpochSecond(n.longValue());
            }
            if (authTime instanceof jakarta.json.JsonNumber n && n.longValue() > 0) {
                return Instant.ofEpochSecond(n.longValue());
            }
            if (token.getIssuedAtTime() > 0) {
                return Instant.ofEpochSecond(token.getIssuedAtTime());
            }
        }
        return now;
    }

    private String value(Instant at, String user) {
        return value(Long.toString(at.getEpochSecond()), user);
    }

    private String value(String seconds, String user) {
        return seconds + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(user.getBytes(StandardCharsets.UTF_8))
                + "." + keyedHash.hex("staff-seen", seconds + "\u0000" + user);
    }

    /** Secure where the session cookie is (production forces it, as TLS may end at the reverse proxy). */
    private boolean secure(HttpServerRequest request) {
        return forceSecure || "https".equals(request.scheme());
    }

    private void clear(RoutingContext ctx, String name) {
        ctx.response().addCookie(cookie(name, "", 0, ctx.request()));
    }

    private Cookie cookie(String name, String value, long maxAge, HttpServerRequest request) {
        return Cookie.cookie(name, value).setPath("/").setMaxAge(maxAge).setHttpOnly(true)
                .setSecure(secure(request)).setSameSite(CookieSameSite.LAX);
    }

    private NewCookie newCookie(String name, String value, int maxAge, HttpServerRequest request) {
        return new NewCookie.Builder(name).value(value).path("/").maxAge(maxAge).httpOnly(true)
                .secure(secure(request)).sameSite(NewCookie.SameSite.LAX).build();
    }

    private static void redirect(RoutingContext ctx, String to) {
        ctx.response().setStatusCode(303).putHeader(HttpHeaders.LOCATION, to)
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store").end();
    }

    private static String addressOf(HttpServerRequest request) {
        return ClientAddress.of(request);
    }

    private static java.util.Locale localeOf(HttpServerRequest request) {
        Cookie cookie = request.getCookie(RequestLocale.COOKIE);
        return cookie != null && "en".equals(cookie.getValue()) ? Messages.ENGLISH : Messages.CHINESE;
    }
}
