package cn.gov.yongzhou.qingfeng.shared.web;

import io.quarkus.logging.Log;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;

/**
 * A failure handler: a failure outside the resources (the sign-in layer when the identity provider cannot be reached,
 * say) would get the framework's plain-text English page. It gets ours: the error id, logged, in the user's
 * language. What the security layer answers itself (sign-in redirects, 401, 403) and client errors pass on untouched.
 */
@ApplicationScoped
class FailuresOutsideResources {

    void pageForFailuresOutsideResources(@Observes Router router) {
        router.route().order(-1900).failureHandler(ctx -> {
            Throwable failure = ctx.failure();
            if (ctx.get(RequestBodies.CUT) != null) {
                // a body cut off for slowness (RequestBodies): answered and closed already; the worker that was
                // reading it fails to answer again, which is expected, not an error to log with a stack trace
                Log.debugf("after a cut-off body on %s %s: %s", ctx.request().method(), ctx.request().path(), failure);
                return;
            }
            if (ctx.response().ended() || failure == null || isSecurityOutcome(failure)
                    || (ctx.statusCode() > 0 && ctx.statusCode() < 500)) {
                ctx.next();
                return;
            }
            String id = UUID.randomUUID().toString().substring(0, 8);
            Log.errorf(failure, "unexpected error %s on %s %s", id, ctx.request().method(), ctx.request().path());
            ErrorPage.endWith(ctx, 500, "server_error", "error.page.title", "error.page.server", id);
        });
    }

    private static boolean isSecurityOutcome(Throwable failure) {
        return failure instanceof io.quarkus.security.AuthenticationException
                || failure instanceof io.quarkus.security.AuthenticationRedirectException
                || failure instanceof io.quarkus.security.UnauthorizedException
                || failure instanceof io.quarkus.security.ForbiddenException
                || failure instanceof io.vertx.ext.web.handler.HttpException;
    }
}
