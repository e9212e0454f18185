package cn.gov.yongzhou.qingfeng.shared.audit;

import cn.gov.yongzhou.qingfeng.shared.crypto.KeyedHash;
import cn.gov.yongzhou.qingfeng.shared.web.RateLimiter;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Staff type their passwords at Keycloak, so a failed sign-in never reaches the app: Keycloak records it as a login
 * event (the realm has events on, kept 30 days). This job copies the failed sign-ins and lock-outs into the security
 * log, so that one page shows them beside the app's own events. It reads Keycloak's admin events API with the app's
 * own client (client credentials; its service account has only the role realm-management/view-events), from the
 * latest event already copied on; an event copied by two instances at once is stored once (its Keycloak id is unique
 * in the table).
 *
 * <p>
 * The user name is kept only for a failure on an existing account: a name typed for no account may be a password
 * typed into the wrong field.
 */
@ApplicationScoped
public class ProviderSignInEvents {

    static final String SOURCE = "keycloak:";
    static final List<String> TYPES = List.of("LOGIN_ERROR", "USER_DISABLED_BY_TEMPORARY_LOCKOUT",
            "USER_DISABLED_BY_PERMANENT_LOCKOUT");
    private static final int PAGE = 100;
    private static final int MAX_PAGES = 50;
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final SecurityLog log;
    private final RateLimiter limiter;
    private final KeyedHash keyedHash;
    private final Clock clock;
    private final Optional<String> authServerUrl;
    private final Optional<String> clientId;
    private final Optional<String> secret;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private String tokenEndpoint;
    private String token;
    private Instant tokenExpires = Instant.EPOCH;

    ProviderSignInEvents(SecurityLog log, RateLimiter limiter, KeyedHash keyedHash, Clock clock,
            @ConfigProperty(name = "quarkus.oidc.auth-server-url") Optional<String> authServerUrl,
            @ConfigProperty(name = "quarkus.oidc.client-id") Optional<String> clientId,
            @ConfigProperty(name = "quarkus.oidc.credentials.secret") Optional<String> secret) {
        this.log = log;
        this.limiter = limiter;
        this.keyedHash = keyedHash;
        this.clock = clock;
        this.authServerUrl = authServerUrl;
        this.clientId = clientId;
        this.secret = secret;
    }

    @Scheduled(every = "${qingfeng.security-log.provider-events.every:1m}", delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        try {
            copy();
        } catch (IOException | RuntimeException e) {
            Log.warnf("sign-in events not copied from the identity provider: %s", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Copies the events since the latest one copied; answers how many were new. */
    public synchronized int copy() throws IOException, InterruptedException {
        String realm = authServerUrl.orElseThrow(() -> new IllegalStateException("no quarkus.oidc.auth-server-url"))
                .replaceFirst("/+$", "");
        int at = realm.lastIndexOf("/realms/");
        if (at < 0) {
            throw new IllegalStateException("not a Keycloak realm address: " + realm);
        }
        String events = realm.substring(0, at) + "/admin" + realm.substring(at) + "/events";
        Optional<OffsetDateTime> since = log.latestFromProvider(SOURCE);
        int added = 0;
        for (int page = 0; page < MAX_PAGES; page++) {
            StringBuilder query = new StringBuilder(events).append("?direction=asc&first=").append(page * PAGE)
                    .append("&max=").append(PAGE);
            TYPES.forEach(type -> query.append("&type=").append(type));
            since.ifPresent(s -> query.append("&dateFrom=").append(s.toInstant().toEpochMilli()));
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(query.toString()))
                    .timeout(TIMEOUT).header("Authorization", "Bearer " + token(realm))
                    .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IOException("the events API answered " + answer.statusCode());
            }
            JsonArray list = new JsonArray(answer.body());
            for (int i = 0; i < list.size(); i++) {
                added += store(list.getJsonObject(i)) ? 1 : 0;
            }
            if (list.size() < PAGE) {
                break;
            }
        }
        return added;
    }

    private boolean store(JsonObject event) {
        String type = event.getString("type", "?");
        String error = event.getString("error");
        String userId = event.getString("userId");
        JsonObject details = event.getJsonObject("details", new JsonObject());
        String address = event.getString("ipAddress");
        Long time = event.getLong("time");
        if (time == null) {
            return false;
        }
        // without the provider's id, a digest of the event: keyed, as it covers a user id and an address
        String sourceId = SOURCE + Optional.ofNullable(event.getString("id"))
                .orElseGet(() -> keyedHash.hex("provider-event", sha256(time + "|" + type + "|" + userId + "|"
                        + address + "|" + event.getString("sessionId") + "|" + error)).substring(0, 40));
        if (log.storedFromProvider(sourceId)) {
            return false;
        }
        String detail = "Keycloak " + type + (error == null ? "" : " " + error)
                + (event.getString("clientId") == null ? "" : " client=" + event.getString("clientId"));
        if (address != null && limiter.take(keyedHash.hex("sign-in-failed", address), 1,
                log.config().failedSignInsStoredPerAddress(), Duration.ofHours(1)).isPresent()) {
            log.logOnly(SecurityKind.SIGN_IN_FAILED, address, detail);
            return false;
        }
        String actor = userId == null ? null : details.getString("username");
        return log.recordFromProvider(SecurityKind.SIGN_IN_FAILED, actor, address,
                Instant.ofEpochMilli(time).atOffset(ZoneOffset.UTC), detail, sourceId);
    }

    /** A client-credentials token of the app's own client, kept until shortly before it expires. */
    private String token(String realm) throws IOException, InterruptedException {
        Instant now = clock.instant();
        if (token != null && now.isBefore(tokenExpires)) {
            return token;
        }
        if (tokenEndpoint == null) {
            HttpResponse<String> discovery = http.send(HttpRequest.newBuilder(
                    URI.create(realm + "/.well-known/openid-configuration")).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (discovery.statusCode() != 200) {
                throw new IOException("the discovery document answered " + discovery.statusCode());
            }
            tokenEndpoint = new JsonObject(discovery.body()).getString("token_endpoint");
        }
        String form = "grant_type=client_credentials&client_id=" + encode(clientId.orElse(""))
                + "&client_secret=" + encode(secret.orElse(""));
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(tokenEndpoint)).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IOException("the token endpoint answered " + answer.statusCode());
        }
        JsonObject body = new JsonObject(answer.body());
        token = body.getString("access_token");
        long expiresIn = body.getValue("expires_in") instanceof Number n ? n.longValue() : 60;
        tokenExpires = now.plusSeconds(Math.max(0, Math.min(expiresIn, 3600) - 30));
        return token;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8))).substring(0, 40);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
