package cn.gov.yongzhou.qingfeng.shared.audit;

import cn.gov.yongzhou.qingfeng.shared.crypto.KeyedHash;
import cn.gov.yongzhou.qingfeng.shared.web.RateLimiter;
import io.quarkus.oidc.SecurityEvent;
import io.quarkus.security.AuthenticationRedirectException;
import io.quarkus.security.spi.runtime.AuthenticationFailureEvent;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import java.time.Duration;
import java.util.Map;

/**
 * Staff sign-ins and failed sign-ins into the security log. Quarkus fires its security events to asynchronous
 * observers too, so the write happens on a worker thread, not on the event loop that authenticated the request.
 * A success is a completed code-flow sign-in (a bearer token is checked on every API call and is not a sign-in);
 * a failure is any credential refused: a bad, expired or forged token, a failed code exchange.
 */
@ApplicationScoped
class SignInEvents {

    private final SecurityLog log;
    private final RateLimiter limiter;
    private final KeyedHash keyedHash;

    SignInEvents(SecurityLog log, RateLimiter limiter, KeyedHash keyedHash) {
        this.log = log;
        this.limiter = limiter;
        this.keyedHash = keyedHash;
    }

    void signedIn(@ObservesAsync SecurityEvent event) {
        if (event.getEventType() == SecurityEvent.Type.OIDC_LOGIN) {
            String user = event.getSecurityIdentity() == null ? null : event.getSecurityIdentity().getPrincipal().getName();
            RoutingContext context = contextOf(event.getEventProperties());
            if (context == null && event.getSecurityIdentity() != null
                    && event.getSecurityIdentity().getAttribute(RoutingContext.class.getName()) instanceof RoutingContext c) {
                context = c;
            }
            log.record(SecurityKind.SIGN_IN, user, addressOf(context), "code flow");
        }
    }

    void failed(@ObservesAsync AuthenticationFailureEvent event) {
        Throwable failure = event.getAuthenticationFailure();
        if (failure instanceof AuthenticationRedirectException) {
            return; // not a failure: the code flow sending a browser without a session to the sign-in page
        }
        RoutingContext context = contextOf(event.getEventProperties());
        String address = addressOf(context);
        // the exception's class, not its message: messages may quote the token's claims
        String detail = (context == null ? "" : context.request().method() + " " + context.request().path() + " ")
                + (failure == null ? "" : failure.getClass().getSimpleName());
        if (address != null && limiter.take(keyedHash.hex("sign-in-failed", address), 1,
                log.config().failedSignInsStoredPerAddress(), Duration.ofHours(1)).isPresent()) {
            log.logOnly(SecurityKind.SIGN_IN_FAILED, address, detail);
            return;
        }
        log.record(SecurityKind.SIGN_IN_FAILED, null, address, detail);
    }

    private static RoutingContext contextOf(Map<String, Object> properties) {
        return properties == null ? null
                : properties.get(RoutingContext.class.getName()) instanceof RoutingContext c ? c : null;
    }

    private static String addressOf(RoutingContext context) {
        return context == null ? null : cn.gov.yongzhou.qingfeng.shared.web.ClientAddress.of(context.request());
    }
}
