package cn.gov.yongzhou.qingfeng.accountability;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "qingfeng.accountability")
public interface AccountabilityConfig {

    /** Working days from opening to the decision on an accountability matter. */
    @WithDefault("30")
    int decisionWorkingDays();

    /** Substantiated arrogant-service cases in a unit, within the window, that open a matter for its head. */
    @WithDefault("3")
    int arrogantServiceThreshold();

    /** The rolling window for the threshold, in months, ending on the day of the latest conclusion. */
    @WithDefault("12")
    int arrogantServiceWindowMonths();
}
