package cn.gov.yongzhou.qingfeng.disclosure;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "qingfeng.disclosure")
public interface DisclosureConfig {

    /**
     * How a typical case names the staff it is about: {@code anonymised} (张某, the default) or {@code full}, the way a
     * real 通报 names officials: the staff member dealt with in the case by full name, unit and window. Nobody else is
     * ever named in full, and the reporter never appears.
     */
    @WithDefault("anonymised")
    Naming naming();

    enum Naming {
        /** 张某: no staff member is named in full */
        ANONYMISED,
        /** the staff dealt with in the case by full name, with their unit and window */
        FULL
    }
}
