package cn.gov.yongzhou.qingfeng.shared.web;

import io.quarkus.logging.Log;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Request bodies that arrive slowly or never finish must not freeze the portal.
 *
 * <p>
 * RESTEasy Reactive gives a blocking resource method its worker thread first and then reads the form on that
 * thread ({@code FormBodyHandler.parseBlocking}): each unfinished upload holds a worker, and 200 of them (the whole
 * worker pool) froze every dynamic page, readiness included. (Reading forms on the event loop with Vert.x's
 * BodyHandler instead was tried: RESTEasy then fails on HTTP/2 requests and on some malformed bodies never answers.)
 * So the bodies are bounded and timed here, before any thread is given the request:
 * <ul>
 * <li>a body must bring {@code min-bytes} in every {@code window} (10 KB in 20 s), else the connection is closed with
 * a 408 page: a stalled body or one byte every 15 s is cut off;</li>
 * <li>at most {@code max-unfinished-per-address} bodies from one client address and {@code max-unfinished} in all may
 * be arriving at once; one more is refused (429 / 503, Retry-After) before it is read.</li>
 * </ul>
 * With {@code max-unfinished} (100) below the worker pool (200 threads), bodies on their way can never hold every
 * thread, and each one holds its thread for one window at most once it stalls. A body counts from its headers until
 * it has arrived (seen at the next window) or its answer is sent. The counts are per instance, like the threads.
 */
@ApplicationScoped
public class RequestBodies {

    static final String GUARDED = "qingfeng.body.guarded";
    static final String CUT = "qingfeng.body.cut";

    private static final Set<HttpMethod> WITH_BODY = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
            HttpMethod.DELETE);

    private final RequestBodyConfig config;
    private final AtomicInteger unfinished = new AtomicInteger();
    private final Map<String, AtomicInteger> unfinishedByAddress = new ConcurrentHashMap<>();

    RequestBodies(RequestBodyConfig config) {
        this.config = config;
    }

    /** Bodies still arriving on this instance (for the readiness check and the tests). */
    public int unfinished() {
        return unfinished.get();
    }

    void install(@Observes Router router, Vertx vertx) {
        router.route().order(-1950).handler(ctx -> admit(ctx, vertx));
        // A body without a Content-Length over quarkus.http.limits.max-body-size: the framework's input stream would
        // answer a bare, empty 413 itself. Left to the multipart parser (the same limit), the refusal reaches
        // ExceptionMappers, which says what was too large. Runs after the framework's limit handler (order -2).
        router.route().order(-1).handler(ctx -> {
            ctx.remove("io.quarkus.max-request-size");
            ctx.next();
        });
    }

    private void admit(RoutingContext ctx, Vertx vertx) {
        HttpServerRequest request = ctx.request();
        if (!WITH_BODY.contains(request.method()) || request.isEnded() || !hasBody(request)) {
            ctx.next();
            return;
        }
        String address = ClientAddress.of(request);
        AtomicInteger fromAddress = unfinishedByAddress.computeIfAbsent(address, a -> new AtomicInteger());
        int mine = fromAddress.incrementAndGet();
        int all = unfinished.incrementAndGet();
        AtomicBoolean released = new AtomicBoolean();
        long[] timer = { -1 };
        Runnable release = () -> {
            if (released.compareAndSet(false, true)) {
                unfinished.decrementAndGet();
                if (fromAddress.decrementAndGet() <= 0) {
                    unfinishedByAddress.remove(address, fromAddress);
                }
                if (timer[0] >= 0) {
                    vertx.cancelTimer(timer[0]);
                }
            }
        };
        if (mine > config.maxUnfinishedPerAddress() || all > config.maxUnfinished()) {
            release.run();
            boolean perAddress = mine > config.maxUnfinishedPerAddress();
            Log.warnf("refused a request body on %s %s: %s unfinished uploads", request.method(), request.path(),
                    perAddress ? "too many of this address's" : "too many");
            ctx.response().putHeader("Retry-After", "10");
            ErrorPage.endWith(ctx, perAddress ? 429 : 503, "too_many_uploads", "error.page.uploadsBusy.title",
                    "error.page.uploadsBusy");
            return;
        }
        ctx.put(GUARDED, release);
        ctx.addEndHandler(done -> release.run());
        long window = Math.max(1, config.window().toMillis());
        long minBytes = config.minBytes().asLongValue();
        long[] seen = { 0 };
        timer[0] = vertx.setPeriodic(window, id -> {
            if (released.get()) {
                vertx.cancelTimer(id);
                return;
            }
            long read = request.bytesRead();
            if (request.isEnded()) {
                // the body is in (the request may still be served): it no longer counts
                release.run();
            } else if (read - seen[0] < minBytes) {
                release.run();
                Log.warnf("closed a slow request body on %s %s: %d bytes in the last %d ms (%d in all)",
                        request.method(), request.path(), read - seen[0], window, read);
                ctx.put(CUT, Boolean.TRUE);
                if (!ctx.response().headWritten()) {
                    ErrorPage.endWith(ctx, 408, "too_slow", "error.page.slowBody.title", "error.page.slowBody");
                }
                request.connection().close();
            } else {
                seen[0] = read;
            }
        });
        ctx.next();
    }

    private static boolean hasBody(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            return !length.strip().equals("0");
        }
        return request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
    }
}
