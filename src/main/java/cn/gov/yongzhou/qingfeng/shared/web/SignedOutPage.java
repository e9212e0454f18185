package cn.gov.yongzhou.qingfeng.shared.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where a staff session ends: after signing out (the identity provider's logout sends the browser here), after the
 * idle time-out, or when the provider ended the session (Quarkus' session-expired path, {@code ?ended}). The page
 * says which, offers to sign in again, and clears what the session left in the browser.
 */
@Path("/signed-out")
@Produces(MediaType.TEXT_HTML)
public class SignedOutPage {

    /** The staff page the session timed out on, set for a few minutes by {@link StaffSessionTimeout}. */
    static final String BACK_COOKIE = "qf-signed-out-from";
    /** Quarkus' cookie holding the state of the logout it started; it has no further use once the browser is back. */
    static final String POST_LOGOUT_COOKIE = "q_post_logout";

    /** Back only to a staff page of this site: the value comes from a cookie, so anything else is ignored. */
    private static final Pattern STAFF_PATH = Pattern.compile("/staff/[A-Za-z0-9_./?=&%-]{0,200}");

    /** Why the session ended; each has its own words. */
    public enum Reason {
        SIGNED_OUT,
        TIMED_OUT,
        ENDED;

        String key() {
            return "session." + name();
        }
    }

    /** A field of a form that was not sent on, as typed. */
    public record Typed(String name, String value) {
    }

    @CheckedTemplate
    static class Templates {
        /** {@code key}: the message of the reason, {@code session.REASON}; {@code title}: its title. */
        static native TemplateInstance signedOut(String title, String key, String signInAgain, long minutes);

        static native TemplateInstance notSent(String key, String signInAgain, long minutes, List<Typed> typed);
    }

    /** A path as a cookie value: base64url, so no character of it needs quoting. */
    static String encode(String path) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(path.getBytes(StandardCharsets.UTF_8));
    }

    static String decode(String value) {
        try {
            return value == null ? null : new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The page answering a form posted after the session ended, with what was typed in it. */
    static String notSent(Reason reason, String signIn, Duration idle, List<Typed> typed, Locale locale) {
        return Templates.notSent(reason.key(), signIn, idle.toMinutes(), typed).setLocale(locale).render();
    }

    private final StaffSessionConfig config;
    private final boolean forceSecure;
    private final String csrfCookie;

    SignedOutPage(StaffSessionConfig config,
            @ConfigProperty(name = "quarkus.oidc.authentication.cookie-force-secure", defaultValue = "false") boolean forceSecure,
            @ConfigProperty(name = "quarkus.rest-csrf.cookie-name") String csrfCookie) {
        this.config = config;
        this.forceSecure = forceSecure;
        this.csrfCookie = csrfCookie;
    }

    @GET
    public Response show(@CookieParam(BACK_COOKIE) String from, @QueryParam("ended") String ended,
            HttpServerRequest request) {
        String to = decode(from);
        Reason reason = to != null ? Reason.TIMED_OUT : ended != null ? Reason.ENDED : Reason.SIGNED_OUT;
        String back = to != null && STAFF_PATH.matcher(to).matches() && !to.contains("//") && !to.contains("..")
                ? to
                : StaffSessionTimeout.DEFAULT_BACK;
        Response.ResponseBuilder page = Response.ok(Templates.signedOut(reason.key() + ".title", reason.key(), back,
                config.idleTimeout().toMinutes())).header(HttpHeaders.CACHE_CONTROL, "no-store");
        boolean secure = forceSecure || "https".equals(request.scheme());
        for (String name : new String[] { BACK_COOKIE, POST_LOGOUT_COOKIE, StaffSessionTimeout.COOKIE, csrfCookie }) {
            if (request.getCookie(name) != null) {
                page.header(HttpHeaders.SET_COOKIE, new NewCookie.Builder(name).value("").path("/").maxAge(0)
                        .httpOnly(true).secure(secure).sameSite(NewCookie.SameSite.LAX).build());
            }
        }
        return page.build();
    }
}
