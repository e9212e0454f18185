package cn.gov.yongzhou.qingfeng.documents;

import cn.gov.yongzhou.qingfeng.casework.CaseAction;
import cn.gov.yongzhou.qingfeng.casework.CaseFile;
import cn.gov.yongzhou.qingfeng.casework.Casework;
import cn.gov.yongzhou.qingfeng.directory.Unit;
import cn.gov.yongzhou.qingfeng.intake.Report;
import cn.gov.yongzhou.qingfeng.shared.ClockProducer;
import cn.gov.yongzhou.qingfeng.shared.crypto.PersonalDataCipher;
import cn.gov.yongzhou.qingfeng.shared.crypto.Sha256;
import cn.gov.yongzhou.qingfeng.shared.web.FieldErrors;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A case's documents from draft to the approved, signed PDF. Approving numbers the document from its body's
 * register, renders it, signs it, stores the bytes (sealed) with their SHA-256 and writes number and digest on the
 * case's timeline, which the audit chain seals, all in one transaction: what fails rolls the number back too. An
 * approved document never changes; a re-print is the stored bytes.
 */
@ApplicationScoped
public class Documents {

    public static final int MAX_TITLE = 200;
    public static final int MAX_RECIPIENT = 200;
    public static final int MAX_BODY = 5000;
    public static final int MAX_ATTACHMENTS = 1000;
    public static final int MAX_COPY_TO = 500;

    private final EntityManager em;
    private final Clock clock;
    private final DocumentsConfig config;
    private final DocumentRegister register;
    private final GongwenRenderer renderer;
    private final PdfSigner signer;
    private final SigningKey keys;
    private final PersonalDataCipher cipher;
    private final Casework casework;
    private final Event<DocumentIssued> issued;

    Documents(EntityManager em, Clock clock, DocumentsConfig config, DocumentRegister register,
            GongwenRenderer renderer, PdfSigner signer, SigningKey keys, PersonalDataCipher cipher,
            Casework casework, Event<DocumentIssued> issued) {
        this.em = em;
        this.clock = clock;
        this.config = config;
        this.register = register;
        this.renderer = renderer;
        this.signer = signer;
        this.keys = keys;
        this.cipher = cipher;
        this.casework = casework;
        this.issued = issued;
    }

    /** The roles that approve a kind; a handler never approves (nor reads) a reporter's document. */
    public List<String> approvers(DocumentKind kind) {
        List<String> roles = config.approvers().getOrDefault(kind, kind.defaultApprovers());
        return kind.forReporter() ? roles.stream().filter(r -> !"handler".equals(r)).toList() : roles;
    }

    public boolean mayApprove(DocumentKind kind, Set<String> roles) {
        return approvers(kind).stream().anyMatch(roles::contains);
    }

    /**
     * Who reads a document: inspectors all of a case's, an approver those of the kinds they approve, a handler the
     * approved letters addressed to their unit (never a reporter's document).
     */
    public boolean mayRead(CaseDocument doc, Set<String> roles, Set<Long> handlerUnits) {
        if (roles.contains("inspector") || mayApprove(doc.kind, roles)) {
            return true;
        }
        return roles.contains("handler") && doc.approved() && doc.kind.toHandlingUnit && !doc.kind.forReporter()
                && doc.addresseeUnitId != null && handlerUnits.contains(doc.addresseeUnitId);
    }

    /** The text of a draft, as staff correct it before approval. */
    public record Text(String title, String recipient, String body, String attachments, String copyTo) {
    }

    @Transactional
    public FieldErrors edit(long id, Text text, String actor, Set<String> roles) {
        FieldErrors errors = new FieldErrors();
        CaseDocument doc = em.find(CaseDocument.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (doc == null || !mayApprove(doc.kind, roles)) {
            return errors.add("document", "doc.error.notFound");
        }
        if (doc.approved()) {
            return errors.add("document", "doc.error.notDraft");
        }
        Text t = new Text(strip(text.title()), strip(text.recipient()), strip(text.body()), strip(text.attachments()),
                strip(text.copyTo()));
        validate(errors, doc.kind, reportOf(doc), t);
        if (!errors.isEmpty()) {
            return errors;
        }
        doc.title = t.title();
        doc.recipient = t.recipient();
        doc.body = t.body();
        doc.attachments = t.attachments().isEmpty() ? null : t.attachments();
        doc.copyTo = t.copyTo().isEmpty() ? null : t.copyTo();
        doc.draftedBy = actor;
        doc.draftedAt = OffsetDateTime.now(clock);
        return errors;
    }

    /** Numbers, renders, signs and stores a draft; errors (and nothing changed) when it may not be approved. */
    @Transactional
    public FieldErrors approve(long id, String actor, Set<String> roles) {
        FieldErrors errors = new FieldErrors();
        CaseDocument doc = em.find(CaseDocument.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (doc == null || !mayApprove(doc.kind, roles)) {
            return errors.add("document", "doc.error.notFound");
        }
        if (doc.approved()) {
            return errors.add("document", "doc.error.notDraft");
        }
        validate(errors, doc.kind, reportOf(doc), text(doc));
        if (!errors.isEmpty()) {
            return errors;
        }
        try {
            keys.get();
        } catch (SigningKey.Missing e) {
            Log.error(e.getMessage());
            return errors.add("document", "doc.error.noKey");
        }
        Unit issuer = Unit.findById(doc.issuerUnitId);
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate today = now.atZoneSameInstant(ClockProducer.ZONE).toLocalDate();
        doc.word = word(issuer, doc.kind);
        doc.year = today.getYear();
        doc.seq = register.next(issuer.id, doc.word, doc.year);
        doc.number = pattern(issuer, doc.kind).replace("{word}", doc.word)
                .replace("{year}", Integer.toString(doc.year)).replace("{n}", Integer.toString(doc.seq));
        byte[] pdf = signer.sign(renderer.render(sheet(doc, issuer, doc.number, today, false)), now,
                doc.kind.chineseName + " " + doc.number);
        doc.state = CaseDocument.State.APPROVED;
        doc.approvedBy = actor;
        doc.approvedAt = now;
        doc.sha256 = Sha256.hex(pdf);
        doc.sizeBytes = pdf.length;
        CaseDocumentContent content = new CaseDocumentContent();
        content.documentId = doc.id;
        content.keyId = cipher.activeKeyId();
        content.sealed = cipher.seal(pdf);
        content.persist();
        CaseFile file = CaseFile.findById(doc.caseId);
        casework.record(file, CaseAction.DOCUMENT_ISSUED, actor, doc.kind.forReporter(),
                doc.number + " " + doc.kind.chineseName + " SHA-256 " + doc.sha256);
        em.flush(); // the number's uniqueness and the version are checked here, before anyone is told
        issued.fire(new DocumentIssued(doc.id, doc.caseId, file.reportId, doc.kind, doc.number));
        return errors;
    }

    /** A draft as it would print, marked as a draft and without a number; nothing stored. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] preview(CaseDocument doc) {
        Unit issuer = Unit.findById(doc.issuerUnitId);
        LocalDate today = LocalDate.now(clock.withZone(ClockProducer.ZONE));
        return renderer.render(sheet(doc, issuer, "", today, true));
    }

    /** The approved PDF, the bytes stored at approval; they must still match the digest recorded then. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<byte[]> pdf(CaseDocument doc) {
        if (!doc.approved()) {
            return Optional.empty();
        }
        CaseDocumentContent content = CaseDocumentContent.findById(doc.id);
        if (content == null) {
            return Optional.empty(); // erased with the reporter's data when the retention period ended
        }
        byte[] pdf = cipher.open(content.keyId, content.sealed);
        if (!Sha256.hex(pdf).equals(doc.sha256)) {
            Log.errorf("document %d: stored bytes do not match the SHA-256 recorded at approval", doc.id);
            throw new IllegalStateException("document " + doc.id + " does not match its digest");
        }
        return Optional.of(pdf);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CaseDocument> find(long id) {
        return Optional.ofNullable(CaseDocument.findById(id));
    }

    /** The reporter's own approved documents, for the tracking page. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CaseDocument> ofReporter(String receiptNo) {
        return Report.findByReceipt(receiptNo).flatMap(r -> CaseFile.findByReport(r.id))
                .map(f -> CaseDocument.ofCase(f.id).stream()
                        .filter(d -> d.approved() && d.kind.forReporter()).toList())
                .orElse(List.of());
    }

    /**
     * The retention period of a case ended (called by {@link DocumentErasure}): the reporter's documents lose their PDF
     * (it names the reporter) and their addressee; number, title and digest stay in the register, and the timeline
     * keeps the digest.
     */
    void eraseReporterCopies(long caseId) {
        for (CaseDocument doc : CaseDocument.ofCase(caseId)) {
            if (doc.kind.forReporter()) {
                CaseDocumentContent.deleteById(doc.id);
                doc.recipient = "";
            }
        }
    }

    /** The 机关代字 of a body for a kind: configured for the body and kind, for the body, or derived. */
    String word(Unit issuer, DocumentKind kind) {
        String configured = config.words().get(issuer.code + "." + kind.name());
        if (configured == null && kind.issuer.equals(issuer.kind)) {
            configured = config.words().get(issuer.code);
        }
        return configured != null ? configured
                : issuer.name.substring(0, issuer.name.offsetByCodePoints(0, 1))
                        + kind.series;
    }

    private String pattern(Unit issuer, DocumentKind kind) {
        String p = config.patterns().get(issuer.code + "." + kind.name());
        p = p != null ? p : config.patterns().get(issuer.code);
        return p != null ? p : config.numberPattern();
    }

    private Sheet sheet(CaseDocument doc, Unit issuer, String number, LocalDate date, boolean draft) {
        return new Sheet(issuer.name, number, doc.title, doc.recipient, Sheet.paragraphs(doc.body),
                doc.attachmentList(), issuer.name, config.dateNumerals().format(date),
                doc.copyTo == null ? "" : doc.copyTo, config.printedBy().getOrDefault(issuer.code, issuer.name),
                DateNumerals.arabic(date), draft);
    }

    private static Text text(CaseDocument doc) {
        return new Text(doc.title, doc.recipient, doc.body, doc.attachments == null ? "" : doc.attachments,
                doc.copyTo == null ? "" : doc.copyTo);
    }

    private static void validate(FieldErrors errors, DocumentKind kind, Report report, Text t) {
        check(errors, "title", t.title(), MAX_TITLE, true);
        check(errors, "recipient", t.recipient(), MAX_RECIPIENT, true);
        check(errors, "body", t.body(), MAX_BODY, true);
        check(errors, "attachments", t.attachments(), MAX_ATTACHMENTS, false);
        check(errors, "copyTo", t.copyTo(), MAX_COPY_TO, false);
        if (errors.isEmpty()) {
            ContentRules.check(errors, kind, report,
                    String.join("\n", t.title(), t.recipient(), t.body(), t.attachments(), t.copyTo()));
        }
    }

    private static void check(FieldErrors errors, String field, String value, int max, boolean required) {
        if (required && value.isEmpty()) {
            errors.add(field, "doc.error." + field);
        } else if (value.length() > max) {
            errors.add(field, "doc.error.tooLong", max);
        }
    }

    private static Report reportOf(CaseDocument doc) {
        return Report.findById(CaseFile.<CaseFile> findById(doc.caseId).reportId);
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
