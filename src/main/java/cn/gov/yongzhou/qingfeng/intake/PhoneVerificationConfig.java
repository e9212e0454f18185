package cn.gov.yongzhou.qingfeng.intake;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The six-digit code that proves the reporter's mobile, and the limits that keep it from being abused. */
@ConfigMapping(prefix = "qingfeng.phone-verification")
public interface PhoneVerificationConfig {

    enum Mode {
        /** The public form stores no report without a proved number. */
        REQUIRED,
        /** The form offers a code; a report without one is stored as not verified. */
        OFFERED,
        /** No codes (a deployment without an SMS gateway). */
        OFF
    }

    @WithDefault("OFFERED")
    Mode mode();

    /** How long a code is good for. */
    @WithDefault("5M")
    Duration lifetime();

    /** Wrong codes before a code is spent (a new one must be asked for). */
    @WithDefault("5")
    int maxTries();

    /** Codes one number may receive per hour (and at least {@link #resendAfter()} apart). */
    @WithDefault("5")
    int perNumberPerHour();

    /** Codes asked for from one client address per hour, whatever the numbers. */
    @WithDefault("10")
    int perAddressPerHour();

    /** Codes in all per hour: the ceiling on what SMS pumping could cost. */
    @WithDefault("2000")
    int inAllPerHour();

    /** The least time between two codes to one number: the button's countdown. */
    @WithDefault("60S")
    Duration resendAfter();
}
