package cn.gov.yongzhou.qingfeng.desk;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long a granted look at a reporter's identity lasts ({@code qingfeng.reveal.*}). */
@ConfigMapping(prefix = "qingfeng.reveal")
public interface RevealConfig {

    /**
     * A look a director approved lasts this long from the approval, for that inspector on that case; then the
     * identity is masked again and seeing it again needs a new request, reason and approval.
     */
    @WithDefault("PT24H")
    Duration validFor();

    /** An emergency look (a threat to the reporter's safety …) lasts this long, and waits for a director's review. */
    @WithDefault("PT30M")
    Duration emergencyFor();
}
