package cn.gov.yongzhou.qingfeng.shared.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.regex.Pattern;

/** Where a staff session ended for inactivity lands: what happened, and a way to sign in again. */
@Path("/signed-out")
@Produces(MediaType.TEXT_HTML)
public class SignedOutPage {

    /** Back only to a staff page of this site: the parameter comes from the URL, so anything else is ignored. */
    private static final Pattern STAFF_PATH = Pattern.compile("/staff/[A-Za-z0-9_./-]{0,200}");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance signedOut(String signInAgain, long minutes);
    }

    private final StaffSessionConfig config;

    SignedOutPage(StaffSessionConfig config) {
        this.config = config;
    }

    @GET
    public Response show(@QueryParam("to") String to) {
        String back = to != null && STAFF_PATH.matcher(to).matches() && !to.contains("//") && !to.contains("..")
                ? to : "/staff/cases";
        return NoStore.page(Templates.signedOut(back, config.idleTimeout().toMinutes()));
    }
}
