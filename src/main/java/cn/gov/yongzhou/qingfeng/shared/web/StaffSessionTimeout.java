package cn.gov.yongzhou.qingfeng.shared.web;

import cn.gov.yongzhou.qingfeng.shared.audit.SecurityKind;
import cn.gov.yongzhou.qingfeng.shared.audit.SecurityLog;
import cn.gov.yongzhou.qingfeng.shared.crypto.KeyedHash;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Ends a staff member's code-flow session after {@code qingfeng.staff-session.idle-timeout} without a staff
 * request: an unattended desk must not stay signed in to reporters' identities. The time of the last staff request
 * is kept in a cookie signed with the index key (bound to the user name), renewed on every staff page; a missing or
 * forged cookie counts from the sign-in (the ID token's issue time). Bearer-token callers (the API, tests) have no
 * session and are left alone; so are requests without the OIDC session cookie.
 */
@ApplicationScoped
public class StaffSessionTimeout {

    static final String COOKIE = "qf-staff-seen";
    private static final String SESSION_COOKIE = "q_session";
    private static final String RENEW = StaffSessionTimeout.class.getName() + ".renew";

    private final Clock clock;
    private final KeyedHash keyedHash;
    private final SecurityLog securityLog;
    private final Duration idle;

    private final SecurityIdentity identity;
    private final Optional<String> logoutPath;

    StaffSessionTimeout(Clock clock, KeyedHash keyedHash, SecurityLog securityLog, StaffSessionConfig config,
            SecurityIdentity identity, @ConfigProperty(name = "quarkus.oidc.logout.path") Optional<String> logoutPath) {
        this.identity = identity;
        this.logoutPath = logoutPath;
        this.clock = clock;
        this.keyedHash = keyedHash;
        this.securityLog = securityLog;
        this.idle = config.idleTimeout();
    }

    @ServerRequestFilter
    Optional<Response> check(ContainerRequestContext context, HttpServerRequest request) {
        if (!isSessionRequest(request, identity)) {
            return Optional.empty();
        }
        String user = identity.getPrincipal().getName();
        Instant now = clock.instant();
        Instant lastSeen = lastSeen(request.getCookie(COOKIE), user).orElseGet(() -> signedInAt(identity, now));
        Duration gap = Duration.between(lastSeen, now);
        if (gap.compareTo(idle) > 0) {
            securityLog.record(SecurityKind.SESSION_TIMED_OUT, user, "idle " + gap.toMinutes() + " min");
            return Optional.of(signOut(request));
        }
        context.setProperty(RENEW, cookie(value(now, user), -1, request));
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
                && request.getHeader(HttpHeaders.AUTHORIZATION) == null
                // q_session, or q_session_chunk_1... when the tokens make the cookie too long for one
                && request.cookies().stream().anyMatch(c -> c.getName().startsWith(SESSION_COOKIE));
    }

    /**
     * With OIDC logout configured: through it, so the identity provider's session ends too (signing in again asks
     * for the password) and Quarkus clears its session cookie; the provider sends the browser on to /signed-out.
     * Without: the session cookies cleared here (chunked ones too) and straight to /signed-out. Either way the page
     * the staff member was on is remembered, to return to after signing in again.
     */
    private Response signOut(HttpServerRequest request) {
        String back = "GET".equals(request.method().name()) ? request.path() : "/staff/cases";
        List<NewCookie> cookies = new ArrayList<>();
        cookies.add(cookie("", 0, request, COOKIE));
        cookies.add(cookie(SignedOutPage.encode(back), 600, request, SignedOutPage.BACK_COOKIE));
        URI next;
        if (logoutPath.isPresent()) {
            next = URI.create(logoutPath.get());
        } else {
            for (Cookie c : request.cookies()) {
                if (c.getName().startsWith(SESSION_COOKIE)) {
                    cookies.add(cookie("", 0, request, c.getName()));
                }
            }
            next = URI.create("/signed-out");
        }
        Response.ResponseBuilder response = Response.seeOther(next).header("Cache-Control", "no-store");
        cookies.forEach(c -> response.header(HttpHeaders.SET_COOKIE, c));
        return response.build();
    }

    private Optional<Instant> lastSeen(Cookie cookie, String user) {
        if (cookie == null) {
            return Optional.empty();
        }
        String value = cookie.getValue();
        int dot = value.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String seconds = value.substring(0, dot);
        if (!MessageDigest.isEqual(value.getBytes(StandardCharsets.US_ASCII),
                value(seconds, user).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.ofEpochSecond(Long.parseLong(seconds)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Instant signedInAt(SecurityIdentity identity, Instant now) {
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getIssuedAtTime() > 0) {
            return Instant.ofEpochSecond(token.getIssuedAtTime());
        }
        return now;
    }

    private String value(Instant at, String user) {
        return value(Long.toString(at.getEpochSecond()), user);
    }

    private String value(String seconds, String user) {
        return seconds + "." + keyedHash.hex("staff-seen", seconds + "\u0000" + user);
    }

    private static NewCookie cookie(String value, int maxAge, HttpServerRequest request) {
        return cookie(value, maxAge, request, COOKIE);
    }

    private static NewCookie cookie(String value, int maxAge, HttpServerRequest request, String name) {
        return new NewCookie.Builder(name).value(value).path("/").maxAge(maxAge).httpOnly(true)
                .secure("https".equals(request.scheme())).sameSite(NewCookie.SameSite.LAX).build();
    }
}
