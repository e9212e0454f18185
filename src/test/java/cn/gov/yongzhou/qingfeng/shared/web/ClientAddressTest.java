package cn.gov.yongzhou.qingfeng.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The client address behind the city's proxy: the right-most X-Forwarded-For entry no trusted proxy added. */
class ClientAddressTest {

    static final List<byte[][]> PROXIES = ClientAddress.parse(List.of("127.0.0.1", "10.8.0.0/16", "fd00::/8"));

    @ParameterizedTest(name = "peer {0}, X-Forwarded-For \"{1}\" → {2}")
    @CsvSource(delimiter = '|', value = {
            // no proxy in between: the peer, whatever the header says
            "203.0.113.50 | 198.51.100.99                     | 203.0.113.50",
            "203.0.113.50 |                                   | 203.0.113.50",
            // the proxy appended the client ($proxy_add_x_forwarded_for); the client prepended a forged address
            "127.0.0.1    | 198.51.100.99, 203.0.113.50       | 203.0.113.50",
            "127.0.0.1    | 203.0.113.50                      | 203.0.113.50",
            "127.0.0.1    | 1.1.1.1,2.2.2.2,  203.0.113.50    | 203.0.113.50",
            // two trusted proxies in a row (load balancer 10.8.x, then nginx on the host): both skipped
            "127.0.0.1    | 198.51.100.99, 203.0.113.50, 10.8.1.2 | 203.0.113.50",
            // a forged trusted address on the left does not help: the walk stops at the first untrusted entry
            "127.0.0.1    | 10.8.9.9, 203.0.113.50            | 203.0.113.50",
            // the trusted proxy sent no header: the proxy itself
            "127.0.0.1    |                                   | 127.0.0.1",
            // malformed entries: never an address of the sender's choosing; the trusted hop that passed it on
            "127.0.0.1    | 198.51.100.99, not-an-address     | 127.0.0.1",
            "127.0.0.1    | 203.0.113.50, ''                  | 127.0.0.1",
            "127.0.0.1    | 198.51.100.99, unknown, 10.8.1.2  | 10.8.1.2",
            "127.0.0.1    | 198.51.100.99, example.com        | 127.0.0.1",
            "127.0.0.1    | 203.0.113.50,                     | 127.0.0.1",
            // ports and IPv6
            "127.0.0.1    | 198.51.100.99, 203.0.113.50:51234 | 203.0.113.50",
            "127.0.0.1    | 198.51.100.99, [2001:db8::7]:443  | 2001:db8:0:0:0:0:0:7",
            "127.0.0.1    | 198.51.100.99, 2001:db8::7        | 2001:db8:0:0:0:0:0:7",
            "127.0.0.1    | ::ffff:203.0.113.50               | 203.0.113.50",
            "fd00::1      | 198.51.100.99, 203.0.113.50       | 203.0.113.50",
    })
    void shouldTakeTheRightMostEntryNoTrustedProxyAdded(String peer, String header, String client) {
        List<String> lines = header == null ? List.of() : List.of(header);
        assertEquals(client, ClientAddress.resolve(peer, lines, PROXIES));
    }

    @Test
    void shouldReadSeveralHeaderLinesInTheOrderReceived() {
        assertEquals("203.0.113.50", ClientAddress.resolve("127.0.0.1",
                List.of("198.51.100.99", "198.51.100.98, 203.0.113.50"), PROXIES));
    }

    @Test
    void shouldIgnoreTheHeaderWhenNoProxyIsTrusted() {
        assertEquals("127.0.0.1", ClientAddress.resolve("127.0.0.1", List.of("203.0.113.50"), List.of()));
    }

    @Test
    void shouldRefuseAHostNameAsTrustedProxy() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ClientAddress.parse(List.of("proxy.yongzhou.gov.cn")));
        assertEquals(true, e.getMessage().contains("proxy.yongzhou.gov.cn"));
        assertThrows(IllegalArgumentException.class, () -> ClientAddress.parse(List.of("10.0.0.0/33")));
    }
}
