package cn.gov.yongzhou.qingfeng.notify;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "qingfeng.outbox")
/** The mail outbox: how often it is worked, retries, batches and leases. */
public interface OutboxConfig {

    /**
     * How often the worker looks for due mail ({@code off} stops it: tests that drain by hand). Read by the
     * scheduler from this key (OutboxWorker's {@code @Scheduled}), whose default is this one.
     */
    @WithDefault("10s")
    String every();

    /**
     * Attempts before a message is marked FAILED for a person to look at. With the doubling waits (capped at 512
     * times the first, 4 h 16 min) 20 attempts span about two days: a mail server down over a weekend loses no
     * receipt; 8 spanned only an hour (bench/faults/smtp-down.sh).
     */
    @WithDefault("20")
    int maxAttempts();

    /** The first retry waits this long; each later one twice as long as the one before. */
    @WithDefault("30S")
    Duration firstRetry();

    @WithDefault("20")
    int batchSize();

    /** How long a claimed message is left to its worker before another may try it (longer than any send). */
    @WithDefault("5M")
    Duration lease();

    /**
     * How long a sent text may wait for its delivery receipt. Past it the text counts as not delivered: a notice that
     * tells the reporter becomes a 请电话告知 task rather than waiting for ever on a gateway that never reports back.
     */
    @WithDefault("24H")
    Duration receiptTimeout();
}
