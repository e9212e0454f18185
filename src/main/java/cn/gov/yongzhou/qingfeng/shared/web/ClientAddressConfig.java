package cn.gov.yongzhou.qingfeng.shared.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

/**
 * Who the client is behind the city's reverse proxy. Every per-address limit and the security log count by it.
 */
@ConfigMapping(prefix = "qingfeng.client-address")
public interface ClientAddressConfig {

    /**
     * The reverse proxies (addresses or CIDR blocks, IPv4 or IPv6) whose X-Forwarded-For is believed. Walking the
     * header from its right end, entries added by these proxies are skipped; the first other entry is the client.
     * Empty: X-Forwarded-For is never read and the connection's peer is the client.
     */
    @WithDefault("127.0.0.1,::1")
    List<String> trustedProxies();
}
