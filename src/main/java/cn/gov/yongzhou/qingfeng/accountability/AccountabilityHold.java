package cn.gov.yongzhou.qingfeng.accountability;

import cn.gov.yongzhou.qingfeng.casework.RetentionHold;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Accountability's reason to keep a case past the retention period: someone was dealt with in it. A disposition (even
 * one revoked on appeal: its history is the record), a head held to account, or a false accusation passed on may be
 * appealed, reviewed or asked for by the archive long after the five years; the case is kept sealed instead of erased.
 */
@ApplicationScoped
class AccountabilityHold implements RetentionHold {

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean holds(long caseId) {
        return Disposition.count("caseId", caseId) > 0
                || AccountabilityMatter.ofCase(caseId).stream()
                        .anyMatch(m -> m.decided() && m.decision.holdsAccountable())
                || FalseAccusation.count("caseId", caseId) > 0;
    }
}
