package cn.gov.yongzhou.qingfeng.intake;

import cn.gov.yongzhou.qingfeng.casework.CaseFile;
import cn.gov.yongzhou.qingfeng.casework.Casework;
import cn.gov.yongzhou.qingfeng.directory.ServiceWindow;
import cn.gov.yongzhou.qingfeng.directory.Unit;
import cn.gov.yongzhou.qingfeng.intake.EvidenceInspector.CheckedFile;
import cn.gov.yongzhou.qingfeng.shared.crypto.KeyedHash;
import cn.gov.yongzhou.qingfeng.shared.crypto.PasswordHasher;
import cn.gov.yongzhou.qingfeng.shared.crypto.PersonalDataCipher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

/** The transaction of intake: the report, its evidence, its case and the receipt mail, all or nothing. */
@ApplicationScoped
public class ReportStore {

    /** Blind-index purposes: one per kind of value, so the hashes don't correlate across kinds. */
    public static final String ID_NUMBER_INDEX = "reporter-id-number";
    public static final String PHONE_INDEX = "reporter-phone";

    private final EntityManager em;
    private final Clock clock;
    private final ReceiptCodes codes;
    private final PasswordHasher hasher;
    private final KeyedHash keyedHash;
    private final PersonalDataCipher cipher;
    private final Casework casework;
    private final Event<ReportReceived> received;
    private final RepeatedReports repeats;
    private final cn.gov.yongzhou.qingfeng.routing.RoutingService routing;

    ReportStore(EntityManager em, Clock clock, ReceiptCodes codes, PasswordHasher hasher, KeyedHash keyedHash,
            PersonalDataCipher cipher, Casework casework, Event<ReportReceived> received, RepeatedReports repeats,
            cn.gov.yongzhou.qingfeng.routing.RoutingService routing) {
        this.repeats = repeats;
        this.routing = routing;
        this.em = em;
        this.clock = clock;
        this.codes = codes;
        this.hasher = hasher;
        this.keyedHash = keyedHash;
        this.cipher = cipher;
        this.casework = casework;
        this.received = received;
    }

    /** Whether a report was stored under this submission key hash. */
    @Transactional
    public boolean holds(String keyHash) {
        return Report.findBySubmissionKeyHash(keyHash).isPresent();
    }

    /**
     * Stores the report, or finds the one stored under its key before.
     *
     * @param firstTry whether to write at once, without looking for an earlier report: the key and the receipt
     *        number are unique in the table, so a key used before (a double tap, a client's retry, even one still
     *        being stored) or a receipt number drawn twice makes the insert fail and nothing is stored; the caller
     *        then tries again with {@code firstTry} false, which finds the earlier report
     */
    @Transactional
    public Submission store(ReportDraft draft, Channel channel, String keyHash, String password, String fingerprint,
            boolean firstTry) {
        if (!firstTry) {
            // Two identical submissions at once: the second waits here until the first commits, then finds its
            // report instead of writing a second one.
            em.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(?1, 0))").setParameter(1, keyHash)
                    .getSingleResult();
            Optional<Report> earlier = Report.findBySubmissionKeyHash(keyHash);
            if (earlier.isPresent()) {
                Report report = earlier.get();
                return report.fingerprint.equals(fingerprint)
                        ? new Submission.Accepted(report.receiptNo, password, true)
                        : new Submission.Conflict(report.receiptNo);
            }
        }

        OffsetDateTime now = OffsetDateTime.now(clock);
        Report report = new Report();
        report.receiptNo = firstTry ? codes.newReceiptNo(now.toLocalDate()) : uniqueReceiptNo(now);
        report.passwordHash = hasher.hash(password);
        report.submissionKeyHash = keyHash;
        report.fingerprint = fingerprint;
        report.channel = channel;
        report.category = draft.category();
        report.subcategory = draft.subcategory();
        // references by id: the directory in memory checked them, nothing needs their rows here
        report.unit = em.getReference(Unit.class, draft.unit().id());
        report.window = draft.window() == null ? null : em.getReference(ServiceWindow.class, draft.window().id());
        report.occurredOn = draft.occurredOn();
        report.occurredTime = draft.occurredTime();
        report.place = draft.place();
        report.accusedName = draft.accusedName();
        report.accusedBadge = draft.accusedBadge();
        report.accusedDescription = draft.accusedDescription();
        report.accusedLevel = draft.accusedLevel();
        report.narrative = draft.narrative();
        report.reporterName = draft.reporterName();
        report.reporterIdNumber = draft.idNumber();
        report.reporterPhone = draft.phone();
        report.phoneVerifiedAt = draft.phoneVerifiedAt();
        report.reporterEmail = draft.email();
        ReportDraft.Identity identity = draft.identity();
        report.anonymous = identity.anonymous();
        if (!identity.anonymous()) {
            report.reporterKind = identity.kind();
            report.reporterAgent = identity.agentName();
            report.idType = identity.idType();
            report.onBehalfOf = identity.behalfName();
            report.onBehalfRelation = identity.behalfRelation();
            report.reporterIdNumberIndex = draft.idNumber() == null ? null
                    : keyedHash.hex(ID_NUMBER_INDEX, identity.idType().indexed(draft.idNumber()));
            report.reporterPhoneIndex = keyedHash.hex(PHONE_INDEX, draft.phone());
        }
        report.applicationNo = draft.applicationNo();
        report.directlyServed = draft.directlyServed();
        report.contactPreference = draft.contactPreference();
        report.declaredTruthful = true;
        report.consentedProcessing = true;
        report.locale = draft.locale();
        report.receivedAt = now;
        report.workOrderNo = draft.workOrderNo();
        report.persist();

        int seq = 1;
        for (CheckedFile file : draft.evidence()) {
            Evidence evidence = new Evidence();
            evidence.report = report;
            evidence.seq = seq++;
            evidence.fileName = file.fileName();
            evidence.mediaType = file.mediaType();
            evidence.sizeBytes = file.bytes().length;
            evidence.sha256 = file.sha256();
            evidence.receivedAt = now;
            evidence.persist();
            EvidenceContent content = new EvidenceContent();
            content.evidenceId = evidence.id;
            content.keyId = cipher.activeKeyId();
            content.sealed = cipher.seal(file.bytes());
            content.persist();
        }

        Optional<CaseFile> repeatOf = repeats.openCaseOfSameMatter(report).map(id -> (CaseFile) CaseFile.findById(id));
        if (repeatOf.isPresent()) {
            casework.openRepeat(report.id, now, report.category, report.subcategory, repeatOf.get());
        } else {
            casework.open(report.id, now, report.category, report.subcategory, report.anonymous,
                    routing.jurisdiction(report));
        }
        received.fire(new ReportReceived(report.id, report.receiptNo, password, report.reporterEmail, report.locale));
        return new Submission.Accepted(report.receiptNo, password, false);
    }

    private String uniqueReceiptNo(OffsetDateTime now) {
        for (int attempt = 0; attempt < 10; attempt++) {
            String candidate = codes.newReceiptNo(now.toLocalDate());
            if (Report.findByReceipt(candidate).isEmpty()) {
                return candidate;
            }
        }
        throw new IllegalStateException("no free receipt number after 10 tries");
    }
}
