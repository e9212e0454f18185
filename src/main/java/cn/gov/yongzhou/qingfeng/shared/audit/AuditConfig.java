package cn.gov.yongzhou.qingfeng.shared.audit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "qingfeng.audit")
public interface AuditConfig {

    /**
     * How often new audit entries are sealed into the chain ({@code off}: only when asked); read by the scheduler
     * from this key (AuditChain's {@code @Scheduled}).
     */
    @WithDefault("10s")
    String sealEvery();
}
