package cn.gov.yongzhou.qingfeng.intake;

import cn.gov.yongzhou.qingfeng.casework.CaseFile;
import cn.gov.yongzhou.qingfeng.casework.CaseState;
import cn.gov.yongzhou.qingfeng.casework.Casework;
import cn.gov.yongzhou.qingfeng.category.Category;
import cn.gov.yongzhou.qingfeng.category.Subcategory;
import cn.gov.yongzhou.qingfeng.shared.audit.SecurityKind;
import cn.gov.yongzhou.qingfeng.shared.audit.SecurityLog;
import cn.gov.yongzhou.qingfeng.shared.crypto.KeyedHash;
import cn.gov.yongzhou.qingfeng.shared.crypto.PasswordHasher;
import cn.gov.yongzhou.qingfeng.shared.web.AttemptThrottle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Receipt number + query password → what the reporter may see of their report. A wrong receipt and a
 * wrong password look the same, and failures are throttled per receipt and address and per address, never per
 * receipt alone (see {@link Guesses}).
 */
@ApplicationScoped
public class TrackingService {

    public sealed interface Outcome {
    }

    public record Found(TrackedReport report) implements Outcome {
    }

    public record NotFound() implements Outcome {
    }

    public record Throttled(Duration retryAfter) implements Outcome {
    }

    /** Too many lookups of this receipt or from this address in the hour, right password or not. */
    public record Limited(IntakeLimits.Limited limit) implements Outcome {
    }

    /** Never the reporter's identity in full: the family name only. */
    public record TrackedReport(String receiptNo, Category category, Subcategory subcategory, String unitName,
            String unitNameEn, String windowName, String windowNameEn, LocalDate occurredOn, LocalTime occurredTime,
            OffsetDateTime receivedAt, String maskedReporterName, int evidenceCount, CaseState state,
            cn.gov.yongzhou.qingfeng.casework.Conclusion conclusion, List<Casework.PublicEvent> timeline,
            List<Casework.PublicDeadline> deadlines,
            boolean anonymous) {
    }

    private final PasswordHasher hasher;
    private final AttemptThrottle throttle;
    private final KeyedHash keyedHash;
    private final Casework casework;
    private final IntakeConfig.Tracking limits;
    private final IntakeLimits rateLimits;
    private final SecurityLog securityLog;

    TrackingService(PasswordHasher hasher, AttemptThrottle throttle, KeyedHash keyedHash, Casework casework,
            IntakeConfig config, IntakeLimits rateLimits, SecurityLog securityLog) {
        this.securityLog = securityLog;
        this.rateLimits = rateLimits;
        this.hasher = hasher;
        this.throttle = throttle;
        this.keyedHash = keyedHash;
        this.casework = casework;
        this.limits = config.tracking();
    }

    public Outcome track(String typedReceipt, String typedPassword, String clientAddress) {
        String receiptNo = ReceiptCodes.normalize(typedReceipt);
        Guesses guesses = new Guesses(receiptNo, clientAddress);
        Duration wait = guesses.lockedFor();
        if (!wait.isZero()) {
            return new Throttled(wait);
        }
        IntakeLimits.Limited limited = rateLimits.lookUpFrom(clientAddress).orElse(null);
        if (limited != null) {
            return new Limited(limited);
        }
        TrackedReport found = lookUp(receiptNo, ReceiptCodes.normalize(typedPassword));
        if (found == null) {
            guesses.failed();
            return new NotFound();
        }
        limited = rateLimits.lookUpOf(receiptNo, clientAddress).orElse(null);
        if (limited != null) {
            return new Limited(limited);
        }
        guesses.succeeded();
        return new Found(found);
    }

    /** The wrong-password throttle of one receipt from one address (also used by the password reset). */
    Guesses guesses(String receiptNo, String clientAddress) {
        return new Guesses(receiptNo, clientAddress);
    }

    /**
     * Wrong passwords lock an address out of one receipt (after {@code max-failures-per-receipt}) or of all receipts
     * (after {@code max-failures-per-address}), never the receipt itself: its owner, elsewhere, always gets in with
     * the right password. Many failures on one receipt from all addresses are logged as suspected guessing.
     */
    final class Guesses {
        private final String pairKey;
        private final String addressKey;
        private final String receiptKey;
        private final String address;
        private final String receiptTag;

        private Guesses(String receiptNo, String clientAddress) {
            this.address = clientAddress == null ? "" : clientAddress;
            this.pairKey = keyedHash.hex("throttle-receipt-address", receiptNo + "\n" + address);
            this.addressKey = keyedHash.hex("throttle-address", address);
            this.receiptKey = keyedHash.hex("guesses-receipt", receiptNo);
            this.receiptTag = "receipt#" + keyedHash.hex("security-receipt", receiptNo).substring(0, 12);
        }

        Duration lockedFor() {
            return max(throttle.lockedFor(pairKey), throttle.lockedFor(addressKey));
        }

        void failed() {
            if (throttle.recordFailure(pairKey, limits.maxFailuresPerReceipt(), limits.lockout()) == limits
                    .maxFailuresPerReceipt()) {
                securityLog.record(SecurityKind.TRACKING_LOCKED, null, address, "one receipt " + receiptTag);
            }
            if (throttle.recordFailure(addressKey, limits.maxFailuresPerAddress(), limits.lockout()) == limits
                    .maxFailuresPerAddress()) {
                securityLog.record(SecurityKind.TRACKING_LOCKED, null, address, "all receipts");
            }
            // counted only to notice guessing spread over addresses; this key is never checked for a lock
            if (throttle.recordFailure(receiptKey, limits.suspiciousFailuresPerReceipt(), limits.lockout()) == limits
                    .suspiciousFailuresPerReceipt()) {
                securityLog.record(SecurityKind.GUESSING_SUSPECTED, null, address, receiptTag);
            }
        }

        void succeeded() {
            throttle.reset(pairKey);
        }
    }

    /**
     * The report if the password matches; the same work is done when the receipt is unknown. Only letters and
     * digits are looked up: anything else (a NUL byte from a scanner, which PostgreSQL refuses) is simply unknown.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    TrackedReport lookUp(String receiptNo, String password) {
        boolean wellFormed = !receiptNo.isEmpty() && receiptNo.chars().allMatch(c -> c < 128
                && Character.isLetterOrDigit(c));
        Report report = wellFormed ? Report.findByReceipt(receiptNo).orElse(null) : null;
        boolean matches = hasher.matches(password, report == null ? null : report.passwordHash);
        if (report == null || !matches) {
            return null;
        }
        if (hasher.needsRehash(report.passwordHash)) {
            rehash(report.id, report.passwordHash, hasher.hash(password));
        }
        return view(report);
    }

    /** A hash of before (PBKDF2, or an older key) replaced after the owner proved the password; a reset meanwhile wins. */
    private static void rehash(long reportId, String old, String fresh) {
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> Report
                .update("passwordHash = ?1 where id = ?2 and passwordHash = ?3", fresh, reportId, old));
    }

    private TrackedReport view(Report report) {
        Casework.PublicView view = casework.publicView(report.id).orElseThrow();
        return new TrackedReport(report.receiptNo, report.category, report.subcategory, report.unit.name,
                report.unit.nameEn, report.window == null ? null : report.window.name,
                report.window == null ? null : report.window.nameEn, report.occurredOn, report.occurredTime,
                report.receivedAt, report.maskedReporterName(), (int) Evidence.count("report", report), view.state(),
                view.conclusion(), view.timeline(), view.deadlines(), report.anonymous);
    }

    /** The report by its receipt number alone: for a reporter who has proved the password (a {@link TrackPass}). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<TrackedReport> byReceipt(String receiptNo) {
        return Report.findByReceipt(receiptNo).map(this::view);
    }

    /** The case of a report by its receipt number: every report opens its case as it is stored. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Long> caseOf(String receiptNo) {
        return Report.findByReceipt(receiptNo).flatMap(r -> CaseFile.idOfReport(r.id));
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
