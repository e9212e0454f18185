package cn.gov.yongzhou.qingfeng.intake;

import cn.gov.yongzhou.qingfeng.casework.CaseAction;
import cn.gov.yongzhou.qingfeng.casework.Casework;
import cn.gov.yongzhou.qingfeng.shared.audit.SecurityKind;
import cn.gov.yongzhou.qingfeng.shared.audit.SecurityLog;
import cn.gov.yongzhou.qingfeng.shared.crypto.KeyedHash;
import cn.gov.yongzhou.qingfeng.shared.crypto.PasswordHasher;
import cn.gov.yongzhou.qingfeng.shared.web.AttemptThrottle;
import cn.gov.yongzhou.qingfeng.shared.web.FieldErrors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * 找回: a reporter who lost the query password proves the mobile number on file with a code and sets a new password
 * (the old one stops working); one who lost the receipt number finds it from the number and the day of the report.
 * Failures count against the receipt and the address as wrong passwords do on the tracking page, and the page answers
 * the same whether or not a number is on file, so it cannot be used to learn who reported.
 */
@ApplicationScoped
public class Recovery {

    public static final int MIN_PASSWORD = 8;
    public static final int MAX_PASSWORD = 30;
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    /** What the page shows next: the code went out (maybe), errors beside fields, locked for a while, or done. */
    public sealed interface Outcome {
    }

    public record CodeSent(PhoneCodes.Sent sent) implements Outcome {
    }

    public record Invalid(FieldErrors errors) implements Outcome {
    }

    public record Throttled(Duration retryAfter) implements Outcome {
    }

    public record PasswordSet(String receiptNo) implements Outcome {
    }

    public record ReceiptsFound(List<String> receipts) implements Outcome {
    }

    private final PhoneCodes codes;
    private final AttemptThrottle throttle;
    private final KeyedHash keyedHash;
    private final PasswordHasher hasher;
    private final Casework casework;
    private final SecurityLog securityLog;
    private final IntakeConfig.Tracking limits;
    private final Clock clock;
    private final TrackingService tracking;

    Recovery(PhoneCodes codes, AttemptThrottle throttle, KeyedHash keyedHash, PasswordHasher hasher,
            Casework casework, SecurityLog securityLog, IntakeConfig config, Clock clock, TrackingService tracking) {
        this.tracking = tracking;
        this.codes = codes;
        this.throttle = throttle;
        this.keyedHash = keyedHash;
        this.hasher = hasher;
        this.casework = casework;
        this.securityLog = securityLog;
        this.limits = config.tracking();
        this.clock = clock;
    }

    /** Step 1 of a new password: a code to the number, if it is the one on file for the receipt. */
    public Outcome sendResetCode(String typedReceipt, String typedMobile, String address, Locale locale) {
        String receiptNo = ReceiptCodes.normalize(typedReceipt);
        Duration wait = locked(receiptNo, address);
        if (!wait.isZero()) {
            return new Throttled(wait);
        }
        boolean onFile = onFile(receiptNo, typedMobile);
        PhoneCodes.Sent sent = codes.send(typedMobile, PhoneCodes.Purpose.RECOVER, address, locale, onFile);
        if (sent.problem() == PhoneCodes.Problem.NOT_A_MOBILE) {
            return new Invalid(new FieldErrors().add("phone", "error.code.NOT_A_MOBILE"));
        }
        if (sent.ok() && !onFile) {
            fail(receiptNo, address);
        }
        return new CodeSent(sent);
    }

    /** Step 2: the code and the new password (twice); the old password stops working. */
    public Outcome resetPassword(String typedReceipt, String typedMobile, String code, String password, String again,
            String address) {
        String receiptNo = ReceiptCodes.normalize(typedReceipt);
        Duration wait = locked(receiptNo, address);
        if (!wait.isZero()) {
            return new Throttled(wait);
        }
        String chosen = ReceiptCodes.normalize(password);
        FieldErrors errors = new FieldErrors();
        if (chosen.length() < MIN_PASSWORD || chosen.length() > MAX_PASSWORD) {
            errors.add("password", "recover.error.passwordLength", MIN_PASSWORD, MAX_PASSWORD);
        } else if (!chosen.equals(ReceiptCodes.normalize(again))) {
            errors.add("again", "recover.error.passwordsDiffer");
        }
        if (!errors.isEmpty()) {
            return new Invalid(errors);
        }
        PhoneCodes.Checked checked = codes.check(typedMobile, code, PhoneCodes.Purpose.RECOVER);
        if (!checked.ok() || !onFile(receiptNo, typedMobile)) {
            fail(receiptNo, address);
            return new Invalid(new FieldErrors().add("code", "error.code."
                    + (checked.ok() ? PhoneCodes.Problem.CODE_WRONG : checked.problem()).name()));
        }
        setPassword(receiptNo, chosen, address);
        codes.spend(checked.codeId());
        tracking.guesses(receiptNo, address).succeeded();
        return new PasswordSet(receiptNo);
    }

    @Transactional
    void setPassword(String receiptNo, String password, String address) {
        Report report = Report.findByReceipt(receiptNo).orElseThrow();
        report.passwordHash = hasher.hash(password);
        casework.record(report.id, CaseAction.PASSWORD_RESET, "reporter", true);
        securityLog.record(SecurityKind.PASSWORD_RESET, null, address,
                "receipt#" + keyedHash.hex("security-receipt", receiptNo).substring(0, 12));
    }

    /** Step 1 of finding a receipt number: a code to the number, if a report came from it that day. */
    public Outcome sendFindCode(String typedMobile, String typedDate, String address, Locale locale) {
        LocalDate day = day(typedDate);
        if (day == null) {
            return new Invalid(new FieldErrors().add("date", "recover.error.date"));
        }
        Duration wait = throttle.lockedFor(addressKey(address));
        if (!wait.isZero()) {
            return new Throttled(wait);
        }
        boolean any = !receipts(typedMobile, day).isEmpty();
        PhoneCodes.Sent sent = codes.send(typedMobile, PhoneCodes.Purpose.RECOVER, address, locale, any);
        if (sent.problem() == PhoneCodes.Problem.NOT_A_MOBILE) {
            return new Invalid(new FieldErrors().add("phone", "error.code.NOT_A_MOBILE"));
        }
        if (sent.ok() && !any) {
            throttle.recordFailure(addressKey(address), limits.maxFailuresPerAddress(), limits.lockout());
        }
        return new CodeSent(sent);
    }

    /** Step 2: with the code, the receipt numbers of the reports from that number on that day. */
    public Outcome findReceipts(String typedMobile, String typedDate, String code, String address) {
        LocalDate day = day(typedDate);
        if (day == null) {
            return new Invalid(new FieldErrors().add("date", "recover.error.date"));
        }
        Duration wait = throttle.lockedFor(addressKey(address));
        if (!wait.isZero()) {
            return new Throttled(wait);
        }
        PhoneCodes.Checked checked = codes.check(typedMobile, code, PhoneCodes.Purpose.RECOVER);
        if (!checked.ok()) {
            throttle.recordFailure(addressKey(address), limits.maxFailuresPerAddress(), limits.lockout());
            return new Invalid(new FieldErrors().add("code", "error.code." + checked.problem().name()));
        }
        codes.spend(checked.codeId());
        return new ReceiptsFound(receipts(typedMobile, day));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    List<String> receipts(String typedMobile, LocalDate day) {
        String mobile = PhoneCodes.normalize(typedMobile);
        if (!PhoneCodes.MOBILE.matcher(mobile).matches()) {
            return List.of();
        }
        return Report.<Report> list("reporterPhoneIndex = ?1 and receivedAt >= ?2 and receivedAt < ?3 order by receivedAt",
                keyedHash.hex(ReportStore.PHONE_INDEX, mobile), day.atStartOfDay(BEIJING).toOffsetDateTime(),
                day.plusDays(1).atStartOfDay(BEIJING).toOffsetDateTime()).stream().map(r -> r.receiptNo).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    boolean onFile(String receiptNo, String typedMobile) {
        String mobile = PhoneCodes.normalize(typedMobile);
        return PhoneCodes.MOBILE.matcher(mobile).matches() && Report.findByReceipt(receiptNo)
                .filter(r -> r.anonymisedAt == null && r.reporterPhoneIndex != null)
                .filter(r -> r.reporterPhoneIndex.equals(keyedHash.hex(ReportStore.PHONE_INDEX, mobile)))
                .isPresent();
    }

    /** The same throttle as wrong passwords: per receipt and address, never per receipt alone. */
    private Duration locked(String receiptNo, String address) {
        return tracking.guesses(receiptNo, address).lockedFor();
    }

    private void fail(String receiptNo, String address) {
        tracking.guesses(receiptNo, address).failed();
    }

    private String addressKey(String address) {
        return keyedHash.hex("throttle-address", address == null ? "" : address);
    }

    private LocalDate day(String typed) {
        try {
            LocalDate day = LocalDate.parse(typed == null ? "" : typed.strip());
            return day.isAfter(LocalDate.now(clock)) ? null : day;
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
