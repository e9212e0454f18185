package cn.gov.yongzhou.qingfeng.casework;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** Which discipline body an inspector works for ({@code qingfeng.jurisdiction.*}). */
@ConfigMapping(prefix = "qingfeng.jurisdiction")
public interface JurisdictionConfig {

    /** The token claim holding the code of the inspector's body (the same claim names a handler's unit). */
    @WithDefault("unit")
    String bodyClaim();

    /**
     * The code of the body an inspector belongs to when neither the token nor the directory names one. Unset in
     * production: such an inspector sees no case until an administrator records their body. Dev and test sign in
     * sample inspectors as the city's body.
     */
    Optional<String> unassignedBody();
}
