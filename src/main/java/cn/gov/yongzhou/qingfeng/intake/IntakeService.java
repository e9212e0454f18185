package cn.gov.yongzhou.qingfeng.intake;

import cn.gov.yongzhou.qingfeng.shared.crypto.KeyedHash;
import cn.gov.yongzhou.qingfeng.shared.crypto.Sha256;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Takes a report from any channel: every check first, then one transaction that stores the report,
 * its evidence, its case and its receipt mail together, or nothing.
 */
@ApplicationScoped
public class IntakeService {

    private final ReportValidator validator;
    private final ReportStore store;
    private final ReceiptCodes codes;
    private final Semaphore turns;
    private final Duration wait;

    private final IntakeLimits limits;

    private final KeyedHash keyedHash;

    IntakeService(ReportValidator validator, ReportStore store, ReceiptCodes codes, IntakeConfig config,
            IntakeLimits limits, KeyedHash keyedHash) {
        this.keyedHash = keyedHash;
        this.validator = validator;
        this.limits = limits;
        this.store = store;
        this.codes = codes;
        this.turns = new Semaphore(config.maxConcurrentSubmissions(), true);
        this.wait = config.submissionWait();
    }

    /**
     * @param submitter who submits: "web" for the public form, the client's identity for the API, so one client's
     *        idempotency keys can never meet another's
     * @param submissionKey the form's one-time key or the API's Idempotency-Key; null when the caller gave none
     */
    public Submission submit(ReportForm form, Channel channel, String submitter, String submissionKey, Locale locale) {
        return submitWithinLimits(form, channel, submitter, submissionKey, locale);
    }

    /**
     * The same, counted against the address's hourly allowance of reports, files and bytes (public form and API;
     * staff registering a report received by phone or letter are not limited). The allowance is taken before the
     * checks, so concurrent submissions cannot overrun it, and given back when nothing new is stored (a retry of a
     * stored report included, which is answered even when the allowance is used up).
     */
    public Submission submit(ReportForm form, Channel channel, String submitter, String submissionKey, Locale locale,
            IntakeLimits.Source source, String clientAddress) {
        List<IncomingFile> files = form.incomingFiles().stream().filter(f -> f.size() > 0).toList();
        IntakeLimits.Result allowance = limits.takeSubmission(source, clientAddress, files.size(),
                files.stream().mapToLong(IncomingFile::size).sum());
        if (allowance.limited() != null) {
            if (alreadyStored(submitter, submissionKey)) {
                // a retry of a report already stored (its answer was lost on the way): the citizen gets the receipt
                // again, however many reports the address sent since; it stores nothing and counts nothing
                return submitWithinLimits(form, channel, submitter, submissionKey, locale);
            }
            return new Submission.Limited(allowance.limited());
        }
        Submission outcome = null;
        try {
            outcome = submitWithinLimits(form, channel, submitter, submissionKey, locale);
            return outcome;
        } finally {
            if (!(outcome instanceof Submission.Accepted a) || a.replay()) {
                limits.giveBack(allowance.taken());
            }
        }
    }

    private Submission submitWithinLimits(ReportForm form, Channel channel, String submitter, String submissionKey,
            Locale locale) {
        try {
            if (!turns.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                return new Submission.Busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Submission.Busy();
        }
        try {
            return checkAndStore(form, channel, submitter, submissionKey, locale);
        } finally {
            turns.release();
        }
    }

    /** Whether a report was already stored under this submitter's key (a retry whose answer was lost). */
    public boolean alreadyStored(String submitter, String submissionKey) {
        return submissionKey != null && !submissionKey.isBlank() && store.holds(keyHash(submitter, submissionKey));
    }

    /** The receipt number of the report stored under this submission key, if one was. */
    @jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.SUPPORTS)
    public java.util.Optional<String> receiptStoredUnder(String submitter, String submissionKey) {
        if (submissionKey == null || submissionKey.isBlank()) {
            return java.util.Optional.empty();
        }
        return Report.findBySubmissionKeyHash(keyHash(submitter, submissionKey)).map(r -> r.receiptNo);
    }

    /**
     * What the report table keeps of a submission key: a keyed hash, scoped to who submitted it (an API client may
     * choose keys a dump could otherwise be searched for).
     */
    private String keyHash(String submitter, String submissionKey) {
        return keyed(SUBMISSION_KEY, Sha256.hex(submitter + "\u0000" + submissionKey));
    }

    static final String SUBMISSION_KEY = "submission-key";
    static final String FINGERPRINT = "report-fingerprint";

    /**
     * The keyed hash stored for a plain SHA-256 digest. Keyed over the digest (not the fields) so that rows stored with
     * the plain digest before are re-keyed from the table alone ({@link HashRekey}).
     */
    String keyed(String purpose, String digest) {
        return keyedHash.hex(purpose, digest);
    }

    private Submission checkAndStore(ReportForm form, Channel channel, String submitter, String submissionKey,
            Locale locale) {
        ReportValidator.Result result = validator.validate(form, channel, locale);
        if (!result.valid()) {
            return new Submission.Invalid(result.errors());
        }
        String key = submissionKey == null || submissionKey.isBlank() ? UUID.randomUUID().toString() : submissionKey;
        String scopedKey = submitter + "\u0000" + key;
        // the password comes from the key as submitted, which is never stored: the database alone cannot yield it
        String password = codes.passwordFor(scopedKey);
        String fingerprint = fingerprint(result.draft());
        try {
            return store.store(result.draft(), channel, keyHash(submitter, key), password, fingerprint, true);
        } catch (RuntimeException e) {
            if (!isUniqueViolation(e)) {
                throw e;
            }
            // the key was used before (a retry, a double tap) or the receipt number drawn was taken: nothing was
            // stored, so try once more, looking first; it finds the earlier report or stores anew
            return store.store(result.draft(), channel, keyHash(submitter, key), password, fingerprint, false);
        }
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A keyed digest of everything submitted, so a reused key with other content is told apart from a retry. Keyed: the
     * fields include the reporter's name, ID number, phone and email, and a plain digest would let whoever has a dump
     * and knows the case confirm a candidate reporter offline.
     */
    String fingerprint(ReportDraft d) {
        return keyed(FINGERPRINT, digest(d));
    }

    static String digest(ReportDraft d) {
        MessageDigest digest = Sha256.digest();
        Object[] parts = { d.category(), d.subcategory(), d.unit().code(), d.window() == null ? "" : d.window().code(),
                d.occurredOn(), d.occurredTime(), d.place(), d.accusedName(), d.accusedBadge(), d.accusedDescription(),
                d.narrative(), d.reporterName(), d.idNumber(), d.phone(), d.email(), d.directlyServed(),
                d.contactPreference(), d.accusedLevel() };
        for (Object part : parts) {
            digest.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
        d.evidence().forEach(f -> digest.update(f.sha256().getBytes(StandardCharsets.US_ASCII)));
        // what came with anonymous and wider real-name reports, only when given: earlier reports keep their digest
        if (d.identity().beyondPersonWithResidentId() || d.applicationNo() != null) {
            ReportDraft.Identity i = d.identity();
            for (Object part : new Object[] { i.anonymous(), i.kind(), i.agentName(), i.idType(), i.behalfName(),
                    i.behalfRelation(), d.applicationNo() }) {
                digest.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
