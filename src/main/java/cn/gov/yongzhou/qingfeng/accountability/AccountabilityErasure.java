package cn.gov.yongzhou.qingfeng.accountability;

import cn.gov.yongzhou.qingfeng.casework.PersonalDataEraser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Accountability's part of retention, once the archive period is over: the finding of a false accusation describes
 * what the reporter did, so its text goes; to whom and when it was passed on stays, as the record that it was.
 */
@ApplicationScoped
class AccountabilityErasure implements PersonalDataEraser {

    static final String ERASED = "（保存期满，已清除）";

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void erase(long reportId, long caseId) {
        FalseAccusation.update("finding = ?1 where caseId = ?2", ERASED, caseId);
    }
}
