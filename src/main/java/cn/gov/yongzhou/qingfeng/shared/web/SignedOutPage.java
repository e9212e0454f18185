package cn.gov.yongzhou.qingfeng.shared.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;

/** Where a staff session ended for inactivity lands: what happened, and a way to sign in again. */
@Path("/signed-out")
@Produces(MediaType.TEXT_HTML)
public class SignedOutPage {

    /** The staff page the session ended on, set for a few minutes by {@link StaffSessionTimeout}. */
    static final String BACK_COOKIE = "qf-signed-out-from";

    /** Back only to a staff page of this site: the parameter comes from the URL, so anything else is ignored. */
    private static final Pattern STAFF_PATH = Pattern.compile("/staff/[A-Za-z0-9_./-]{0,200}");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance signedOut(String signInAgain, long minutes);
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

    private final StaffSessionConfig config;

    SignedOutPage(StaffSessionConfig config) {
        this.config = config;
    }

    @GET
    public Response show(@CookieParam(BACK_COOKIE) String from) {
        String to = decode(from);
        String back = to != null && STAFF_PATH.matcher(to).matches() && !to.contains("//") && !to.contains("..")
                ? to : "/staff/cases";
        return NoStore.page(Templates.signedOut(back, config.idleTimeout().toMinutes()));
    }
}
