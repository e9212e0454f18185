package cn.gov.yongzhou.qingfeng.intake;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * 举报须知: what the portal takes and what it does not (and where to go instead), real name or anonymous, how the
 * reporter is protected, the liability for a false accusation (诬告陷害), and how to follow a report. Linked from the
 * home page, the form and the footer.
 */
@Path("/guide")
@Produces(MediaType.TEXT_HTML)
public class GuidePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance guide();
    }

    @GET
    public TemplateInstance guide() {
        return Templates.guide();
    }
}
