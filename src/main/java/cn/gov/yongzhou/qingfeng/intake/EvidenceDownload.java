package cn.gov.yongzhou.qingfeng.intake;

import cn.gov.yongzhou.qingfeng.casework.CaseAction;
import cn.gov.yongzhou.qingfeng.casework.Casework;
import cn.gov.yongzhou.qingfeng.shared.crypto.PersonalDataCipher;
import cn.gov.yongzhou.qingfeng.shared.crypto.Sha256;
import io.quarkus.logging.Log;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * Evidence leaves the system only to discipline inspectors, only as a download, only after its digest is
 * checked against the one recorded at receipt, and each download is written on the case's timeline.
 */
@ApplicationScoped
public class EvidenceDownload {

    public record File(String fileName, String sha256, byte[] bytes) {
    }

    private final PersonalDataCipher cipher;
    private final Casework casework;
    private final SecurityIdentity identity;
    private final cn.gov.yongzhou.qingfeng.casework.Jurisdiction jurisdiction;

    EvidenceDownload(PersonalDataCipher cipher, Casework casework, SecurityIdentity identity,
            cn.gov.yongzhou.qingfeng.casework.Jurisdiction jurisdiction) {
        this.jurisdiction = jurisdiction;
        this.cipher = cipher;
        this.casework = casework;
        this.identity = identity;
    }

    @Transactional
    @RolesAllowed("inspector")
    public Optional<File> open(long evidenceId) {
        Evidence evidence = Evidence.findById(evidenceId);
        if (evidence == null) {
            return Optional.empty();
        }
        if (evidence.report.anonymisedAt != null) {
            return Optional.empty(); // erased when the retention period ended
        }
        var file = cn.gov.yongzhou.qingfeng.casework.CaseFile.findByReport(evidence.report.id);
        if (file.isEmpty() || !jurisdiction.covers(identity, file.get().id)) {
            return Optional.empty(); // another discipline body's case: as if there were no such file
        }
        EvidenceContent content = EvidenceContent.<EvidenceContent> findByIdOptional(evidenceId).orElseThrow(
                () -> new IllegalStateException("evidence " + evidenceId + " has lost its content"));
        byte[] bytes = cipher.open(content.keyId, content.sealed);
        if (!Sha256.hex(bytes).equals(evidence.sha256)) {
            Log.errorf("evidence %d does not match the digest recorded at receipt", evidenceId);
            throw new IllegalStateException("evidence " + evidenceId + " failed its integrity check");
        }
        casework.record(evidence.report.id, CaseAction.EVIDENCE_DOWNLOADED, identity.getPrincipal().getName(), false);
        return Optional.of(new File(evidence.fileName, evidence.sha256, bytes));
    }
}
