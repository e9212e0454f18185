package cn.gov.yongzhou.qingfeng.intake;

import cn.gov.yongzhou.qingfeng.shared.crypto.KeyedHash;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * What lets a reporter who has just looked their report up act on it (rate, object) without the query password
 * travelling again or sitting in the page: the receipt number, an expiry and a keyed MAC of both.
 */
@ApplicationScoped
public class TrackPass {

    static final Duration VALID = Duration.ofMinutes(30);
    private static final String PURPOSE = "track-pass";

    private final KeyedHash hash;
    private final Clock clock;

    TrackPass(KeyedHash hash, Clock clock) {
        this.hash = hash;
        this.clock = clock;
    }

    public String issue(String receiptNo) {
        long until = clock.instant().plus(VALID).getEpochSecond();
        return receiptNo + "." + until + "." + hash.hex(PURPOSE, receiptNo + "." + until);
    }

    /** The receipt number the pass was issued for, if it is genuine and not expired. */
    public Optional<String> verify(String pass) {
        String[] parts = pass == null ? new String[0] : pass.split("\\.");
        if (parts.length != 3) {
            return Optional.empty();
        }
        long until;
        try {
            until = Long.parseLong(parts[1]);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        byte[] expected = hash.hex(PURPOSE, parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII);
        boolean genuine = MessageDigest.isEqual(expected, parts[2].getBytes(StandardCharsets.US_ASCII));
        return genuine && clock.instant().getEpochSecond() <= until ? Optional.of(parts[0]) : Optional.empty();
    }
}
