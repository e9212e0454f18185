package cn.gov.yongzhou.qingfeng.followthrough;

import cn.gov.yongzhou.qingfeng.casework.PersonalDataEraser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** The follow-through's part of retention: the rating's comment (the level stays for the figures). */
@ApplicationScoped
class RatingErasure implements PersonalDataEraser {

    private final EntityManager em;

    RatingErasure(EntityManager em) {
        this.em = em;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void erase(long reportId, long caseId) {
        em.createNativeQuery("update satisfaction set comment_enc = null where case_id = ?1").setParameter(1, caseId)
                .executeUpdate();
    }
}
