package cn.gov.yongzhou.qingfeng.shared.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How long and how many request bodies may be on their way at once (README, "Slow and unfinished uploads"). Bodies are
 * read by the event loop before a worker thread is given the request, so these bound connections, memory and the
 * upload directory, not threads.
 */
@ConfigMapping(prefix = "qingfeng.request-bodies")
public interface RequestBodyConfig {

    /** A body must bring at least {@link #minBytes()} in every window of this length, or its connection is closed. */
    @WithDefault("20s")
    Duration window();

    /** 10 KB in 20 s is 4 kbit/s, slower than any phone network that can load the form. */
    @WithDefault("10K")
    MemorySize minBytes();

    /** Bodies still arriving from one client address; more are refused with 429 before they are read. */
    @WithDefault("20")
    int maxUnfinishedPerAddress();

    /** Bodies still arriving on this instance from all addresses; more are refused with 503 before they are read. */
    @WithDefault("100")
    int maxUnfinished();
}
