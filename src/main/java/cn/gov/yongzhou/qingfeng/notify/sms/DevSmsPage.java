package cn.gov.yongzhou.qingfeng.notify.sms;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Dev mode only: the texts the local SMSC received, newest first, as a citizen's phone would show them. */
@Path("/dev/sms")
@IfBuildProfile("dev")
public class DevSmsPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance texts(List<LocalSmsc.Received> texts, int port);
    }

    private final LocalSmsc smsc;

    DevSmsPage(LocalSmsc smsc) {
        this.smsc = smsc;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance texts() {
        List<LocalSmsc.Received> newestFirst = new java.util.ArrayList<>(smsc.received());
        java.util.Collections.reverse(newestFirst);
        return Templates.texts(newestFirst, smsc.port());
    }
}
