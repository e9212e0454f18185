package cn.gov.yongzhou.qingfeng.shared.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Remembers the language chosen with {@code ?lang=} for the following pages. */
public class LanguageCookieFilter {

    @Inject
    RequestLocale locale;

    /** Secure wherever the CSRF cookie is (production: the site is only served over https). */
    @ConfigProperty(name = "quarkus.rest-csrf.cookie-force-secure", defaultValue = "false")
    boolean secure;

    @ServerResponseFilter
    public void remember(ContainerResponseContext response) {
        String lang = locale.requested();
        if (lang != null) {
            NewCookie cookie = new NewCookie.Builder(RequestLocale.COOKIE).value(lang).path("/")
                    .maxAge(365 * 24 * 3600).httpOnly(true).secure(secure).sameSite(NewCookie.SameSite.LAX).build();
            response.getHeaders().add(HttpHeaders.SET_COOKIE, cookie);
        }
    }
}
