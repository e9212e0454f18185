package cn.gov.yongzhou.qingfeng.shared;

import io.smallrye.config.ConfigMapping;

@ConfigMapping(prefix = "qingfeng.portal")
public interface PortalConfig {

    /** The address citizens reach the portal at, for links in mails and on window posters. */
    String publicUrl();
}
