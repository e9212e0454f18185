package cn.gov.yongzhou.qingfeng.intake;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How much one client address (and, for tracking, one receipt) may do per window, counted in PostgreSQL so every
 * instance shares the counts. Mobile networks put many citizens behind one address, so the per-address limits are
 * generous: they stop a script, not a busy office. The intake API's clients (12345 hotline, registration desks)
 * file for many citizens from one address and get limits of their own.
 */
@ConfigMapping(prefix = "qingfeng.rate-limits")
public interface RateLimitConfig {

    /** The counting window: every limit below is per this long (fixed windows, on the hour for an hour). */
    @WithDefault("1H")
    Duration window();

    /** Reports stored from one address through the public form. */
    @WithDefault("10")
    int webReportsPerAddress();

    /** Evidence files stored from one address through the public form. */
    @WithDefault("40")
    int webFilesPerAddress();

    /** Evidence bytes stored from one address through the public form (400 MB: five full evidence sets). */
    @WithDefault("419430400")
    long webBytesPerAddress();

    /** Reports filed through the intake API from one address. */
    @WithDefault("600")
    int apiReportsPerAddress();

    @WithDefault("3000")
    int apiFilesPerAddress();

    /** 8 GB. */
    @WithDefault("8589934592")
    long apiBytesPerAddress();

    /**
     * Tracking lookups with the right password (page and API) of one receipt. Wrong passwords do not count here (they
     * are throttled per receipt and address): otherwise anyone who knows a receipt number could use up its owner's
     * allowance.
     */
    @WithDefault("30")
    int lookupsPerReceipt();

    /** Tracking lookups from one address, over all receipts. */
    @WithDefault("300")
    int lookupsPerAddress();

    /** Ratings and objections sent for one receipt from its tracking page (each is accepted once; retries count). */
    @WithDefault("10")
    int followUpsPerReceipt();

    @WithDefault("60")
    int followUpsPerAddress();
}
