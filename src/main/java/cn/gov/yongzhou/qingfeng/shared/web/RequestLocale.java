package cn.gov.yongzhou.qingfeng.shared.web;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Locale;

/**
 * The language of this request: {@code ?lang=en|zh} if given (remembered in a cookie), else the cookie,
 * else Chinese. Chinese first: the browser's own language does not switch the portal to English.
 */
@RequestScoped
public class RequestLocale {

    public static final String COOKIE = "qf-lang";

    @Inject
    HttpServerRequest request;

    private Locale locale;

    public Locale get() {
        if (locale == null) {
            locale = resolve();
        }
        return locale;
    }

    public boolean english() {
        return Messages.isEnglish(get());
    }

    /** The language asked for in the query string, if any, so the response can remember it. */
    public String requested() {
        String lang = request.getParam("lang");
        return "en".equals(lang) || "zh".equals(lang) ? lang : null;
    }

    private Locale resolve() {
        String lang = requested();
        if (lang == null) {
            Cookie cookie = request.getCookie(COOKIE);
            lang = cookie == null ? null : cookie.getValue();
        }
        return "en".equals(lang) ? Messages.ENGLISH : Messages.CHINESE;
    }
}
