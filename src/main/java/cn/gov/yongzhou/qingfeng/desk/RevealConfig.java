package cn.gov.yongzhou.qingfeng.desk;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long one recorded look at a reporter's identity lasts ({@code qingfeng.reveal.*}). */
@ConfigMapping(prefix = "qingfeng.reveal")
public interface RevealConfig {

    /**
     * After this, the identity is masked again for that inspector on that case, and seeing it again needs a new
     * recorded reveal with its reason: a look serves one piece of work, not the rest of the case's life.
     */
    @WithDefault("PT30M")
    Duration validFor();
}
