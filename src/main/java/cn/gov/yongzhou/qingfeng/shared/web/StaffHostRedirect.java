package cn.gov.yongzhou.qingfeng.shared.web;

import cn.gov.yongzhou.qingfeng.shared.PortalConfig;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.HttpHeaders;
import java.net.URI;

/**
 * Staff pages opened by another host name than {@code QINGFENG_PUBLIC_URL} (127.0.0.1 for localhost, the server's
 * address for its name) are sent to the public address first. The sign-in sends the browser back to the host it came
 * from, and the identity provider accepts only the address it knows, so without this the staff member ends on the
 * provider's "invalid redirect_uri" page. Only the name is compared, not the port or scheme: a reverse proxy may pass
 * the host with or without its port, and TLS usually ends there. A proxy must pass the original host (Host or
 * X-Forwarded-Host), as the sign-in needs anyway.
 */
@ApplicationScoped
public class StaffHostRedirect {

    private final URI publicUrl;

    StaffHostRedirect(PortalConfig portal) {
        this.publicUrl = URI.create(portal.publicUrl());
    }

    /** Before the staff session's own checks and the sign-in layer. */
    void install(@Observes Router router) {
        router.route("/staff/*").order(-600).handler(ctx -> {
            HostAndPort authority = ctx.request().authority();
            boolean safe = HttpMethod.GET.equals(ctx.request().method()) || HttpMethod.HEAD.equals(ctx.request().method());
            if (safe && publicUrl.getHost() != null && authority != null
                    && !publicUrl.getHost().equalsIgnoreCase(authority.host())) {
                String base = publicUrl.toString().replaceFirst("/+$", "");
                ctx.response().setStatusCode(303).putHeader(HttpHeaders.LOCATION, base + ctx.request().uri())
                        .putHeader(HttpHeaders.CACHE_CONTROL, "no-store").end();
                return;
            }
            ctx.next();
        });
    }
}
