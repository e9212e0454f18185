package cn.gov.yongzhou.qingfeng.casework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Casework's part of retention: the files that supported the findings (their names and digests stay listed), and
 * what an inspector wrote down of a call or visit to the reporter (it may quote the reporter).
 */
@ApplicationScoped
class FindingsErasure implements PersonalDataEraser {

    private final EntityManager em;

    FindingsErasure(EntityManager em) {
        this.em = em;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void erase(long reportId, long caseId) {
        em.createNativeQuery("delete from finding_attachment_content where attachment_id in "
                + "(select id from finding_attachment where case_id = ?1)").setParameter(1, caseId).executeUpdate();
        em.createNativeQuery("update reporter_notice set said_enc = null, response_enc = null where case_id = ?1")
                .setParameter(1, caseId).executeUpdate();
    }
}
