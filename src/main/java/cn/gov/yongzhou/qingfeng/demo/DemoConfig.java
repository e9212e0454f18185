package cn.gov.yongzhou.qingfeng.demo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code qingfeng.demo.*}: whether dev mode makes its demo year of cases, how many, from which seed. */
@ConfigMapping(prefix = "qingfeng.demo")
public interface DemoConfig {

    /** On in dev mode (application.properties); the bean does not exist outside dev builds. */
    @WithDefault("false")
    boolean enabled();

    /** Reports over the past year. */
    @WithDefault("180")
    int reports();

    /** The same seed makes the same cases (relative to the day dev mode first starts). */
    @WithDefault("20261205")
    long seed();
}
