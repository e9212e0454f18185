package cn.gov.yongzhou.qingfeng.shared.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "qingfeng.staff-session")
public interface StaffSessionConfig {

    /**
     * A signed-in staff member who does nothing on the staff pages for this long is signed out, through Keycloak's
     * logout, so signing in again asks for the password. Keycloak's ssoSessionIdleTimeout
     * (docker/keycloak/qingfeng-realm.json) is this plus the access token's lifespan (30 + 5 = 35 minutes): Keycloak
     * sees activity only when a token is refreshed, up to one token lifespan after the last staff request, and must
     * not end a session the portal still keeps. quarkus.oidc.authentication.session-age-extension stays above it.
     */
    @WithDefault("30M")
    Duration idleTimeout();
}
