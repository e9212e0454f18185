package cn.gov.yongzhou.qingfeng.shared.web;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import java.util.Optional;

/** The caller's address (behind a proxy, set quarkus.http.proxy.proxy-address-forwarding). */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(HttpServerRequest request) {
        SocketAddress remote = request.remoteAddress();
        return remote == null ? "unknown" : remote.hostAddress();
    }

    /** The address of the HTTP request being served, if any (none in a scheduled job). */
    public static Optional<String> current() {
        if (!Arc.container().requestContext().isActive()) {
            return Optional.empty();
        }
        CurrentVertxRequest current = Arc.container().instance(CurrentVertxRequest.class).get();
        RoutingContext context = current == null ? null : current.getCurrent();
        SocketAddress remote = context == null ? null : context.request().remoteAddress();
        return remote == null ? Optional.empty() : Optional.ofNullable(remote.hostAddress());
    }
}
