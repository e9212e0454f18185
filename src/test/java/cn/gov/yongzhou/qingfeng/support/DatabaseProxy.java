package cn.gov.yongzhou.qingfeng.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A real database outage for a test: the app reaches PostgreSQL through this TCP relay, which the test takes down
 * (every connection cut, new ones refused, as when the server is restarting) and brings back. Use with
 * {@code @QuarkusTestResource(value = DatabaseProxy.class, restrictToAnnotatedClass = true)}.
 */
public class DatabaseProxy implements QuarkusTestResourceLifecycleManager {

    private static volatile DatabaseProxy current;

    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket listener;
    private volatile int port;
    private String targetHost;
    private int targetPort;
    private String database;

    @Override
    public Map<String, String> start() {
        String url = System.getenv().getOrDefault("QINGFENG_TEST_DB_URL",
                "jdbc:postgresql://127.0.0.1:5432/qingfeng_test");
        URI uri = URI.create(url.substring("jdbc:".length()));
        targetHost = uri.getHost();
        targetPort = uri.getPort() < 0 ? 5432 : uri.getPort();
        database = uri.getPath();
        current = this;
        port = portOutsideTheEphemeralRange();
        up();
        return Map.of("quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:" + port + database);
    }

    @Override
    public void stop() {
        down();
        current = null;
    }

    /**
     * A free port the system never hands out to outgoing connections: while the relay is down, an ephemeral port could
     * be taken by any connection the app opens, and the relay could not listen on it again (seen once in CI:
     * "Address already in use" on {@link #up()}). 0 (any) when no such port is free.
     */
    static int portOutsideTheEphemeralRange() {
        int low = 32768;
        try {
            String range = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/sys/net/ipv4/ip_local_port_range"));
            low = Integer.parseInt(range.strip().split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            // not Linux: the usual default
        }
        java.util.Random random = new java.util.Random();
        int from = Math.max(1024, Math.min(20000, low - 2000));
        for (int i = 0; i < 50 && low - from > 0; i++) {
            int candidate = from + random.nextInt(low - from);
            try (ServerSocket probe = new ServerSocket()) {
                probe.setReuseAddress(true);
                probe.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), candidate));
                return candidate;
            } catch (IOException taken) {
                // try another
            }
        }
        return 0;
    }

    /** The relay of the running test. */
    public static DatabaseProxy current() {
        return current;
    }

    /** Listens again (on the same port) and relays new connections. */
    public synchronized void up() {
        try {
            ServerSocket server = bindAgain();
            port = server.getLocalPort();
            listener = server;
            Thread accept = new Thread(() -> accept(server), "db-proxy-accept");
            accept.setDaemon(true);
            accept.start();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The port again, as a restarted server would take it. Right after {@link #down()} the kernel may still hold it
     * for a moment (a relayed connection closing as the listener closed: "Address already in use", seen in CI), so
     * the bind is tried for up to five seconds.
     */
    private ServerSocket bindAgain() throws IOException {
        long until = System.nanoTime() + 5_000_000_000L;
        while (true) {
            ServerSocket server = new ServerSocket();
            server.setReuseAddress(true);
            try {
                server.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), port));
                return server;
            } catch (java.net.BindException busy) {
                server.close();
                if (System.nanoTime() > until) {
                    throw busy;
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw busy;
                }
            }
        }
    }

    /** Cuts every relayed connection and refuses new ones. */
    public synchronized void down() {
        try {
            if (listener != null) {
                listener.close();
            }
        } catch (IOException ignored) {
            // closing anyway
        }
        for (Socket socket : open) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
        open.clear();
    }

    private void accept(ServerSocket server) {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Socket upstream = new Socket(targetHost, targetPort);
                open.add(client);
                open.add(upstream);
                pipe(client, upstream);
                pipe(upstream, client);
            } catch (IOException e) {
                return; // closed by down()
            }
        }
    }

    private void pipe(Socket from, Socket to) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[16384];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int n; (n = in.read(buffer)) >= 0;) {
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // one side went away
            } finally {
                try {
                    from.close();
                    to.close();
                } catch (IOException ignored) {
                    // closing anyway
                }
                open.remove(from);
                open.remove(to);
            }
        }, "db-proxy-pipe");
        t.setDaemon(true);
        t.start();
    }
}
