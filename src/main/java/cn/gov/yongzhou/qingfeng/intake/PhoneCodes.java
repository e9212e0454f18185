package cn.gov.yongzhou.qingfeng.intake;

import cn.gov.yongzhou.qingfeng.shared.audit.SecurityKind;
import cn.gov.yongzhou.qingfeng.shared.audit.SecurityLog;
import cn.gov.yongzhou.qingfeng.shared.crypto.KeyedHash;
import cn.gov.yongzhou.qingfeng.shared.web.RateLimiter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Six-digit codes sent to a mobile number to prove it. Against SMS pumping and harassment: mainland mobile numbers
 * only, a code at most every minute and a few an hour per number, a few an hour per client address, a ceiling in all;
 * counted in PostgreSQL (every instance shares the counts), refusals in the security log. A code lives five minutes
 * and allows five tries.
 */
@ApplicationScoped
public class PhoneCodes {

    public enum Purpose {
        REPORT,
        RECOVER
    }

    /** Why no code was sent, or why a code was not accepted. */
    public enum Problem {
        NOT_A_MOBILE,
        TOO_SOON,
        TOO_MANY_FOR_NUMBER,
        TOO_MANY_FROM_ADDRESS,
        TOO_MANY_IN_ALL,
        CODE_MISSING,
        CODE_WRONG,
        CODE_EXPIRED,
        CODE_SPENT
    }

    /** A code was sent ({@code problem} null, {@code waitSeconds} until another may be asked for) or refused. */
    public record Sent(Problem problem, long waitSeconds, String maskedMobile) {
        public boolean ok() {
            return problem == null;
        }
    }

    /** A code checked: proved ({@code codeId}, when) or refused. */
    public record Checked(Problem problem, Long codeId, OffsetDateTime verifiedAt) {
        public boolean ok() {
            return problem == null;
        }
    }

    static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Duration HOUR = Duration.ofHours(1);
    static final String PHONE_INDEX = ReportStore.PHONE_INDEX;

    private final EntityManager em;
    private final Clock clock;
    private final KeyedHash keyedHash;
    private final RateLimiter limiter;
    private final SecurityLog securityLog;
    private final PhoneVerificationConfig config;
    private final Event<CodeRequested> requested;
    private final SecureRandom random = new SecureRandom();

    PhoneCodes(EntityManager em, Clock clock, KeyedHash keyedHash, RateLimiter limiter, SecurityLog securityLog,
            PhoneVerificationConfig config, Event<CodeRequested> requested) {
        this.em = em;
        this.clock = clock;
        this.keyedHash = keyedHash;
        this.limiter = limiter;
        this.securityLog = securityLog;
        this.config = config;
        this.requested = requested;
    }

    public PhoneVerificationConfig config() {
        return config;
    }

    /** The number as people type it, reduced to its eleven digits (or what is left when it is not one). */
    public static String normalize(String typed) {
        String digits = TypedText.mobile(typed);
        return digits.startsWith("86") && digits.length() == 13 ? digits.substring(2) : digits;
    }

    /**
     * Sends a new code to {@code typedMobile} for {@code purpose}, if the limits allow. {@code deliverTo}: whether to
     * send at all (a recovery for a number not on file counts and answers the same, but sends nothing, so the page
     * cannot be used to learn which numbers are on file).
     */
    public Sent send(String typedMobile, Purpose purpose, String clientAddress, Locale locale, boolean deliverTo) {
        String mobile = normalize(typedMobile);
        if (!MOBILE.matcher(mobile).matches()) {
            return new Sent(Problem.NOT_A_MOBILE, 0, null);
        }
        String phoneIndex = keyedHash.hex(PHONE_INDEX, mobile);
        String masked = mobile.substring(0, 3) + "****" + mobile.substring(7);
        long since = secondsSinceLast(phoneIndex, purpose);
        if (since < config.resendAfter().toSeconds()) {
            return new Sent(Problem.TOO_SOON, config.resendAfter().toSeconds() - since, masked);
        }
        String addressKey = "code-address:" + keyedHash.hex("throttle-address", clientAddress == null ? "" : clientAddress);
        Optional<RateLimiter.Refusal> refusal = limiter.take("code-number:" + phoneIndex, 1, config.perNumberPerHour(),
                HOUR);
        Problem problem = refusal.isPresent() ? Problem.TOO_MANY_FOR_NUMBER : null;
        if (problem == null) {
            refusal = limiter.take(addressKey, 1, config.perAddressPerHour(), HOUR);
            problem = refusal.isPresent() ? Problem.TOO_MANY_FROM_ADDRESS : null;
        }
        if (problem == null) {
            refusal = limiter.take("code-all", 1, config.inAllPerHour(), HOUR);
            problem = refusal.isPresent() ? Problem.TOO_MANY_IN_ALL : null;
        }
        if (problem != null) {
            // no number in the log: the keyed hash's head tells repeated refusals of one number apart
            securityLog.record(SecurityKind.RATE_LIMITED, null, clientAddress,
                    "phone code " + purpose + " refused: " + problem + " number#" + phoneIndex.substring(0, 12));
            return new Sent(problem, refusal.get().retryAfterSeconds(), masked);
        }
        String code = String.format("%06d", random.nextInt(1_000_000));
        store(phoneIndex, purpose, code, mobile, locale, deliverTo);
        return new Sent(null, config.resendAfter().toSeconds(), masked);
    }

    @Transactional
    void store(String phoneIndex, Purpose purpose, String code, String mobile, Locale locale, boolean deliverTo) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Number id = (Number) em.createNativeQuery("""
                insert into phone_code (phone_index, purpose, code_hash, expires_at, created_at)
                values (?1, ?2, 'pending', ?3, ?4) returning id""").setParameter(1, phoneIndex)
                .setParameter(2, purpose.name()).setParameter(3, now.plus(config.lifetime())).setParameter(4, now)
                .getSingleResult();
        em.createNativeQuery("update phone_code set code_hash = ?1 where id = ?2")
                .setParameter(1, codeHash(id.longValue(), code)).setParameter(2, id.longValue()).executeUpdate();
        if (deliverTo) {
            requested.fire(new CodeRequested(id.longValue(), mobile, code, locale.toLanguageTag()));
        }
    }

    /**
     * Whether {@code code} is the latest live code sent to the number for this purpose. A wrong code counts a try
     * (committed whatever the caller does next); a code used up by a stored report or a reset is spent.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Checked check(String typedMobile, String typedCode, Purpose purpose) {
        String mobile = normalize(typedMobile);
        String code = typedCode == null ? "" : TypedText.compact(typedCode);
        if (code.isEmpty()) {
            return new Checked(Problem.CODE_MISSING, null, null);
        }
        if (!MOBILE.matcher(mobile).matches()) {
            return new Checked(Problem.NOT_A_MOBILE, null, null);
        }
        String phoneIndex = keyedHash.hex(PHONE_INDEX, mobile);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select id, code_hash, expires_at, tries, used_at, verified_at from phone_code
                where phone_index = ?1 and purpose = ?2 order by created_at desc, id desc limit 1 for update""")
                .setParameter(1, phoneIndex).setParameter(2, purpose.name()).getResultList();
        if (rows.isEmpty()) {
            return new Checked(Problem.CODE_EXPIRED, null, null);
        }
        Object[] row = rows.get(0);
        long id = ((Number) row[0]).longValue();
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (row[4] != null || ((Number) row[3]).intValue() >= config.maxTries()) {
            return new Checked(Problem.CODE_SPENT, null, null);
        }
        if (toOffset(row[2]).isBefore(now)) {
            return new Checked(Problem.CODE_EXPIRED, null, null);
        }
        boolean right = MessageDigest.isEqual(codeHash(id, code).getBytes(StandardCharsets.US_ASCII),
                ((String) row[1]).getBytes(StandardCharsets.US_ASCII));
        if (!right) {
            em.createNativeQuery("update phone_code set tries = tries + 1 where id = ?1").setParameter(1, id)
                    .executeUpdate();
            return new Checked(Problem.CODE_WRONG, null, null);
        }
        OffsetDateTime verified = row[5] == null ? now : toOffset(row[5]);
        em.createNativeQuery("update phone_code set verified_at = ?2 where id = ?1").setParameter(1, id)
                .setParameter(2, verified).executeUpdate();
        return new Checked(null, id, verified);
    }

    /** A proved code did its work (a report stored, a password reset): it cannot be used again. */
    @Transactional
    public void spend(long codeId) {
        em.createNativeQuery("update phone_code set used_at = ?2 where id = ?1 and used_at is null")
                .setParameter(1, codeId).setParameter(2, OffsetDateTime.now(clock)).executeUpdate();
    }

    private long secondsSinceLast(String phoneIndex, Purpose purpose) {
        @SuppressWarnings("unchecked")
        List<Object> last = em.createNativeQuery("""
                select created_at from phone_code where phone_index = ?1 and purpose = ?2
                order by created_at desc limit 1""").setParameter(1, phoneIndex).setParameter(2, purpose.name())
                .getResultList();
        return last.isEmpty() ? Long.MAX_VALUE
                : Duration.between(toOffset(last.get(0)), OffsetDateTime.now(clock)).toSeconds();
    }

    private String codeHash(long id, String code) {
        return keyedHash.hex("phone-code", id + ":" + code);
    }

    private static OffsetDateTime toOffset(Object value) {
        if (value instanceof OffsetDateTime o) {
            return o;
        }
        if (value instanceof java.time.Instant i) {
            return i.atOffset(java.time.ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) value).toInstant().atOffset(java.time.ZoneOffset.UTC);
    }
}
