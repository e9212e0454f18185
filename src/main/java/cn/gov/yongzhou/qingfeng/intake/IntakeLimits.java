package cn.gov.yongzhou.qingfeng.intake;

import cn.gov.yongzhou.qingfeng.shared.ClockProducer;
import cn.gov.yongzhou.qingfeng.shared.audit.SecurityKind;
import cn.gov.yongzhou.qingfeng.shared.audit.SecurityLog;
import cn.gov.yongzhou.qingfeng.shared.crypto.KeyedHash;
import cn.gov.yongzhou.qingfeng.shared.web.Messages;
import cn.gov.yongzhou.qingfeng.shared.web.RateLimiter;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The citizen-facing rate limits: submissions and their evidence per address, tracking lookups and follow-ups per
 * address and per receipt. Keys are keyed hashes, never the address or receipt number itself. Every limit hit goes
 * to the security log (without the receipt number: that would tie the event to a reporter).
 */
@ApplicationScoped
public class IntakeLimits {

    /** Which allowance was used up; the page names it. */
    public enum What {
        REPORTS,
        FILES,
        BYTES,
        LOOKUPS,
        FOLLOW_UPS
    }

    /** Refused until a time. */
    public record Limited(What what, RateLimiter.Refusal refusal) {

        /** What happened and when to try again, in Chinese and in English (pages show both, Chinese first). */
        public Notice notice() {
            String until = refusal.until().atZoneSameInstant(ClockProducer.ZONE).toLocalTime()
                    .format(DateTimeFormatter.ofPattern("HH:mm"));
            long minutes = Math.max(1, (refusal.retryAfter().toSeconds() + 59) / 60);
            String key = "limit." + what.name();
            return new Notice(Messages.get(Messages.CHINESE, "limit.title"), Messages.get(Messages.CHINESE, key, until,
                    minutes), Messages.get(Messages.ENGLISH, "limit.title"),
                    Messages.get(Messages.ENGLISH, key, until, minutes));
        }
    }

    public record Notice(String title, String message, String titleEn, String messageEn) {
    }

    /** Whose submission: the public form or an intake system through the API. */
    public enum Source {
        WEB,
        API
    }

    record Take(String key, long amount) {
    }

    private final RateLimiter limiter;
    private final KeyedHash keyedHash;
    private final SecurityLog securityLog;
    private final RateLimitConfig config;

    IntakeLimits(RateLimiter limiter, KeyedHash keyedHash, SecurityLog securityLog, RateLimitConfig config) {
        this.limiter = limiter;
        this.keyedHash = keyedHash;
        this.securityLog = securityLog;
        this.config = config;
    }

    /** What a submission took, to give back if nothing is stored after all. */
    public record Taken(List<Take> takes) {
        static final Taken NOTHING = new Taken(List.of());
    }

    /**
     * Takes one report and its files and bytes from the address's allowance, or refuses with the first allowance
     * that would be exceeded (taking nothing).
     */
    public Result takeSubmission(Source source, String address, int files, long bytes) {
        boolean web = source == Source.WEB;
        List<Allowance> wanted = List.of(
                new Allowance(What.REPORTS, 1, web ? config.webReportsPerAddress() : config.apiReportsPerAddress()),
                new Allowance(What.FILES, files, web ? config.webFilesPerAddress() : config.apiFilesPerAddress()),
                new Allowance(What.BYTES, bytes, web ? config.webBytesPerAddress() : config.apiBytesPerAddress()));
        List<Take> taken = new ArrayList<>();
        for (Allowance a : wanted) {
            if (a.amount() == 0) {
                continue;
            }
            String key = key(source.name().toLowerCase(Locale.ROOT) + "-" + a.what().name().toLowerCase(Locale.ROOT), address);
            Optional<RateLimiter.Refusal> refusal = limiter.take(key, a.amount(), a.limit(), config.window());
            if (refusal.isPresent()) {
                giveBack(new Taken(taken));
                securityLog.record(SecurityKind.RATE_LIMITED, null, address, "submission " + source + " " + a.what());
                return new Result(new Limited(a.what(), refusal.get()), Taken.NOTHING);
            }
            taken.add(new Take(key, a.amount()));
        }
        return new Result(null, new Taken(List.copyOf(taken)));
    }

    private record Allowance(What what, long amount, long limit) {
    }

    /** Either refused ({@code limited} set) or allowed with what was taken. */
    public record Result(Limited limited, Taken taken) {
    }

    public void giveBack(Taken taken) {
        taken.takes().forEach(t -> limiter.giveBack(t.key(), t.amount(), config.window()));
    }

    /** One tracking lookup from an address, right password or not. */
    public Optional<Limited> lookUpFrom(String address) {
        Optional<RateLimiter.Refusal> refusal = limiter.take(key("lookup-address", address), 1,
                config.lookupsPerAddress(), config.window());
        return refused(What.LOOKUPS, refusal, address, "lookup per address");
    }

    /**
     * One lookup of a receipt (normalised) with its right password. Only the owner can use this allowance up: a wrong
     * password never takes from it.
     */
    public Optional<Limited> lookUpOf(String receiptNo, String address) {
        Optional<RateLimiter.Refusal> refusal = limiter.take(key("lookup-receipt", receiptNo), 1,
                config.lookupsPerReceipt(), config.window());
        return refused(What.LOOKUPS, refusal, address, "lookup per receipt");
    }

    private Optional<Limited> refused(What what, Optional<RateLimiter.Refusal> refusal, String address,
            String detail) {
        if (refusal.isEmpty()) {
            return Optional.empty();
        }
        securityLog.record(SecurityKind.RATE_LIMITED, null, address, detail);
        return Optional.of(new Limited(what, refusal.get()));
    }

    /** One rating or objection sent for a receipt from an address. */
    public Optional<Limited> followUp(String address, String receiptNo) {
        return both(What.FOLLOW_UPS, "follow-up", address, config.followUpsPerAddress(), receiptNo,
                config.followUpsPerReceipt());
    }

    private Optional<Limited> both(What what, String purpose, String address, int perAddress, String receiptNo,
            int perReceipt) {
        String receiptKey = key(purpose + "-receipt", receiptNo);
        Optional<RateLimiter.Refusal> refusal = limiter.take(receiptKey, 1, perReceipt, config.window());
        String scope = "receipt";
        if (refusal.isEmpty()) {
            refusal = limiter.take(key(purpose + "-address", address), 1, perAddress, config.window());
            scope = "address";
            if (refusal.isPresent()) {
                limiter.giveBack(receiptKey, 1, config.window());
            }
        }
        if (refusal.isEmpty()) {
            return Optional.empty();
        }
        securityLog.record(SecurityKind.RATE_LIMITED, null, address, purpose + " per " + scope);
        return Optional.of(new Limited(what, refusal.get()));
    }

    private String key(String purpose, String value) {
        return purpose + ":" + keyedHash.hex("rate-limit-" + purpose, value == null ? "" : value).substring(0, 48);
    }
}
