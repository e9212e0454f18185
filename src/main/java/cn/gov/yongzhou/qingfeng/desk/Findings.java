package cn.gov.yongzhou.qingfeng.desk;

import cn.gov.yongzhou.qingfeng.casework.CaseFile;
import cn.gov.yongzhou.qingfeng.casework.CaseRole;
import cn.gov.yongzhou.qingfeng.casework.Casework;
import cn.gov.yongzhou.qingfeng.casework.Conclusion;
import cn.gov.yongzhou.qingfeng.casework.FindingAttachment;
import cn.gov.yongzhou.qingfeng.casework.FindingAttachmentContent;
import cn.gov.yongzhou.qingfeng.casework.Transition;
import cn.gov.yongzhou.qingfeng.intake.EvidenceInspector;
import cn.gov.yongzhou.qingfeng.intake.IncomingFile;
import cn.gov.yongzhou.qingfeng.shared.crypto.PersonalDataCipher;
import cn.gov.yongzhou.qingfeng.shared.crypto.Sha256;
import cn.gov.yongzhou.qingfeng.shared.web.FieldErrors;
import cn.gov.yongzhou.qingfeng.shared.web.FormValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * 核查结果: the handling unit's findings with the conclusion it proposes and its supporting material, checked
 * before anything is stored (the material like the citizen's evidence: type from the bytes, size limits), and the
 * material read back only by inspectors and the unit that holds the case.
 */
@ApplicationScoped
public class Findings {

    public static final String TEXT = "findings";
    public static final String CONCLUSION = "conclusion";

    /** What the handler typed and chose, kept for the page when something must be corrected. */
    public record Draft(String text, Conclusion conclusion, FieldErrors errors) {
    }

    /** Either the step's outcome, or the draft with what to correct (nothing stored). */
    public record Result(Casework.Outcome outcome, Draft draft) {
    }

    public record File(String fileName, String sha256, byte[] bytes) {
    }

    private final Casework casework;
    private final EvidenceInspector inspector;
    private final PersonalDataCipher cipher;

    Findings(Casework casework, EvidenceInspector inspector, PersonalDataCipher cipher) {
        this.casework = casework;
        this.inspector = inspector;
        this.cipher = cipher;
    }

    public Result submit(long caseId, String handler, String text, String conclusionValue, List<IncomingFile> files,
            int version) {
        FieldErrors errors = new FieldErrors();
        String findings = text == null ? "" : text.strip();
        Conclusion conclusion = FormValues.choice(Conclusion.class, conclusionValue);
        if (findings.isEmpty()) {
            errors.add(TEXT, "error.findings.required");
        } else if (findings.length() > Transition.MAX_REASON) {
            errors.add(TEXT, "error.findings.tooLong", Transition.MAX_REASON);
        }
        if (conclusion == null) {
            errors.add(CONCLUSION, "error.conclusion.required");
        }
        List<EvidenceInspector.CheckedFile> checked = inspector.inspect(files, errors);
        if (!errors.isEmpty()) {
            return new Result(null, new Draft(text, conclusion, errors));
        }
        List<Casework.Attachment> attachments = checked.stream()
                .map(f -> new Casework.Attachment(f.fileName(), f.mediaType(), f.bytes(), f.sha256())).toList();
        return new Result(casework.submitFindings(caseId, new Casework.Actor(handler, CaseRole.HANDLER), findings,
                conclusion, attachments, version), null);
    }

    /**
     * A finding attachment for an inspector, or for a handler of the unit the case is assigned to; nothing (as if
     * it did not exist) for anyone else. The digest recorded at upload is checked first.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<File> open(long attachmentId, CaseRole role, Set<Long> handlerUnits) {
        return open(attachmentId, role, handlerUnits, null);
    }

    /** As above, for an inspector of this jurisdiction (another body's case: as if the file did not exist). */
    public Optional<File> open(long attachmentId, CaseRole role, Set<Long> handlerUnits,
            cn.gov.yongzhou.qingfeng.casework.Jurisdiction.Scope scope) {
        FindingAttachment attachment = FindingAttachment.findById(attachmentId);
        if (attachment == null) {
            return Optional.empty();
        }
        CaseFile file = attachment.caseFile;
        boolean allowed = role == CaseRole.INSPECTOR && (scope == null || scope.covers(file.bodyId))
                || (role == CaseRole.HANDLER && file.assignedUnitId != null && handlerUnits.contains(file.assignedUnitId));
        if (!allowed) {
            return Optional.empty();
        }
        FindingAttachmentContent content = FindingAttachmentContent.findById(attachmentId);
        byte[] bytes = cipher.open(content.keyId, content.sealed);
        if (!Sha256.hex(bytes).equals(attachment.sha256)) {
            throw new IllegalStateException("finding attachment " + attachmentId + " failed its integrity check");
        }
        return Optional.of(new File(attachment.fileName, attachment.sha256, bytes));
    }
}
