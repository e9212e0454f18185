package cn.gov.yongzhou.qingfeng.notify;

import cn.gov.yongzhou.qingfeng.casework.PersonalDataEraser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** The outbox's part of retention: mail about the report or its case still queued (it holds addresses). */
@ApplicationScoped
class OutboxErasure implements PersonalDataEraser {

    private final EntityManager em;

    OutboxErasure(EntityManager em) {
        this.em = em;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void erase(long reportId, long caseId) {
        em.createNativeQuery("delete from outbox_message where report_id = ?1 or case_id = ?2")
                .setParameter(1, reportId).setParameter(2, caseId).executeUpdate();
    }
}
