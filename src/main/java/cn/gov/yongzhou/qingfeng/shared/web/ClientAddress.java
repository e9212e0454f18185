package cn.gov.yongzhou.qingfeng.shared.web;

import io.netty.util.NetUtil;
import io.quarkus.arc.Arc;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The caller's address, as the per-address limits and the security log count it.
 *
 * <p>
 * Behind a proxy the TCP peer is the proxy, and the client is in X-Forwarded-For. Only the right end of that header
 * can be believed: a proxy that appends (nginx's {@code $proxy_add_x_forwarded_for}) keeps whatever the client sent on
 * the left, so a client writes any address it likes there. The client is therefore the right-most entry that was not
 * added by one of the trusted proxies ({@code qingfeng.client-address.trusted-proxies}), found by walking from the
 * peer leftwards. A malformed entry ends the walk at the trusted hop that passed it on, so garbage never becomes an
 * address of the sender's choosing. The framework's own forwarding support (which believes the left-most entry) is
 * not used for the address, only the real peer of the connection.
 */
@ApplicationScoped
public class ClientAddress {

    private static volatile List<byte[][]> trusted = parse(List.of("127.0.0.1", "::1"));

    void start(@Observes StartupEvent event, ClientAddressConfig config) {
        trusted = parse(config.trustedProxies());
    }

    public static String of(HttpServerRequest request) {
        HttpConnection connection = request.connection();
        SocketAddress peer = connection != null ? connection.remoteAddress() : request.remoteAddress();
        if (peer == null) {
            return "unknown";
        }
        return resolve(peer.hostAddress(), request.headers().getAll("X-Forwarded-For"), trusted);
    }

    /** The client address from the connection's peer and the X-Forwarded-For header lines, in the order received. */
    static String resolve(String peerAddress, List<String> forwardedFor, List<byte[][]> trustedProxies) {
        byte[] peer = literal(peerAddress);
        if (peer == null) {
            return peerAddress;
        }
        List<String> entries = new ArrayList<>();
        for (String line : forwardedFor) {
            for (String entry : line.split(",", -1)) {
                entries.add(entry.strip());
            }
        }
        byte[] current = peer;
        for (int i = entries.size() - 1; i >= 0 && isTrusted(current, trustedProxies); i--) {
            byte[] entry = literal(entries.get(i));
            if (entry == null) {
                break; // not an address: the trusted hop that passed it on is as far as we can see
            }
            current = entry;
        }
        return text(current);
    }

    /** The trusted proxies as [network, mask] pairs; an entry that is not an address or CIDR block stops the start. */
    static List<byte[][]> parse(List<String> proxies) {
        List<byte[][]> blocks = new ArrayList<>();
        for (String raw : proxies) {
            String proxy = raw.strip();
            if (proxy.isEmpty()) {
                continue;
            }
            int slash = proxy.indexOf('/');
            byte[] address = literal(slash < 0 ? proxy : proxy.substring(0, slash));
            int bits;
            try {
                bits = slash < 0 ? (address == null ? 0 : address.length * 8) : Integer.parseInt(proxy.substring(slash + 1));
            } catch (NumberFormatException e) {
                bits = -1;
            }
            if (address == null || bits < 0 || bits > address.length * 8) {
                throw new IllegalArgumentException("qingfeng.client-address.trusted-proxies: '" + proxy
                        + "' is not an IP address or CIDR block (host names are not accepted)");
            }
            byte[] mask = new byte[address.length];
            for (int b = 0; b < bits; b++) {
                mask[b / 8] |= (byte) (0x80 >>> (b % 8));
            }
            blocks.add(new byte[][] { address, mask });
        }
        return List.copyOf(blocks);
    }

    private static boolean isTrusted(byte[] address, List<byte[][]> proxies) {
        for (byte[][] block : proxies) {
            byte[] network = block[0];
            byte[] mask = block[1];
            if (network.length != address.length) {
                continue;
            }
            boolean inside = true;
            for (int i = 0; i < address.length && inside; i++) {
                inside = (address[i] & mask[i]) == (network[i] & mask[i]);
            }
            if (inside) {
                return true;
            }
        }
        return false;
    }

    /**
     * An IP literal (IPv4, IPv6, "[v6]", with an optional ":port"), never a host name: nothing here resolves names.
     * IPv4-mapped IPv6 addresses count as IPv4.
     */
    static byte[] literal(String value) {
        if (value == null || value.isEmpty() || value.length() > 64) {
            return null;
        }
        String host = value;
        if (host.startsWith("[")) {
            int close = host.indexOf(']');
            if (close < 0 || !(close == host.length() - 1 || host.charAt(close + 1) == ':')) {
                return null;
            }
            host = host.substring(1, close);
        } else if (host.indexOf(':') == host.lastIndexOf(':') && host.indexOf(':') > 0) {
            host = host.substring(0, host.indexOf(':')); // IPv4 with a port
        }
        byte[] bytes = NetUtil.createByteArrayFromIpAddressString(host);
        if (bytes == null) {
            return null;
        }
        if (bytes.length == 16 && isMappedIpv4(bytes)) {
            return java.util.Arrays.copyOfRange(bytes, 12, 16);
        }
        return bytes;
    }

    private static boolean isMappedIpv4(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return b[10] == (byte) 0xff && b[11] == (byte) 0xff;
    }

    private static String text(byte[] address) {
        try {
            return InetAddress.getByAddress(address).getHostAddress(); // no lookup: the bytes are given
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The address of the HTTP request being served, if any (none in a scheduled job). */
    public static Optional<String> current() {
        if (!Arc.container().requestContext().isActive()) {
            return Optional.empty();
        }
        CurrentVertxRequest current = Arc.container().instance(CurrentVertxRequest.class).get();
        RoutingContext context = current == null ? null : current.getCurrent();
        return context == null ? Optional.empty() : Optional.of(of(context.request()));
    }
}
