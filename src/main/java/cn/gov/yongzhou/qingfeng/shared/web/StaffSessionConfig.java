package cn.gov.yongzhou.qingfeng.shared.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "qingfeng.staff-session")
public interface StaffSessionConfig {

    /**
     * A signed-in staff member who does nothing on the staff pages for this long is signed out. Keep Keycloak's
     * ssoSessionIdleTimeout (docker/keycloak/qingfeng-realm.json) the same, so signing in again asks for the password.
     */
    @WithDefault("30M")
    Duration idleTimeout();
}
