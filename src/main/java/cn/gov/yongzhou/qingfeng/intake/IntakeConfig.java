package cn.gov.yongzhou.qingfeng.intake;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "qingfeng.intake")
public interface IntakeConfig {

    Evidence evidence();

    Narrative narrative();

    Tracking tracking();

    /**
     * Submissions checked and stored at the same time. Each may hold up to 80 MB of evidence in memory a few
     * times over (read, sealed, sent to the database), so this bounds the heap they can take.
     */
    @WithDefault("8")
    int maxConcurrentSubmissions();

    /** How long a submission waits for its turn before the citizen is asked to try again. */
    @WithDefault("20S")
    Duration submissionWait();

    interface Evidence {
        /** How many files one report may carry. */
        @WithDefault("6")
        int maxFiles();

        /** Photos and PDF documents. */
        @WithDefault("10485760")
        long maxImageBytes();

        /** Audio recordings (common evidence of extortion). */
        @WithDefault("20971520")
        long maxAudioBytes();

        /** Short videos. */
        @WithDefault("52428800")
        long maxVideoBytes();

        /** All files of one report together; keep quarkus.http.limits.max-body-size above it. */
        @WithDefault("83886080")
        long maxTotalBytes();
    }

    interface Narrative {
        @WithDefault("10")
        int minLength();

        @WithDefault("3000")
        int maxLength();
    }

    interface Tracking {
        /**
         * Wrong passwords for one receipt from one address before that address is locked out of that receipt. Never
         * per receipt alone: whoever knows a receipt number (the accused unit may) could then lock its owner out.
         */
        @WithDefault("5")
        int maxFailuresPerReceipt();

        /**
         * Wrong passwords for one receipt from all addresses in one lockout window at which the security log records
         * suspicious guessing. It refuses no one: the password (10 of 31 characters, about 49 bits) holds against
         * guessing spread over many addresses, each of them throttled.
         */
        @WithDefault("20")
        int suspiciousFailuresPerReceipt();

        /**
         * Wrong passwords from one address (over all receipts) before it is locked. Generous: mobile networks put
         * many citizens behind one address, and a low limit would let one person lock them all out.
         */
        @WithDefault("100")
        int maxFailuresPerAddress();

        @WithDefault("15M")
        Duration lockout();
    }
}
