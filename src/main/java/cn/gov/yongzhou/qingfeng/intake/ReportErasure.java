package cn.gov.yongzhou.qingfeng.intake;

import cn.gov.yongzhou.qingfeng.casework.PersonalDataEraser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * Intake's part of retention: the reporter's identity and contact, the narrative and place, the evidence files and
 * their names (the rating's comment is the follow-through's). The report row keeps what the figures need and says when it was
 * anonymised.
 */
@ApplicationScoped
class ReportErasure implements PersonalDataEraser {

    private final EntityManager em;
    private final Clock clock;

    ReportErasure(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void erase(long reportId, long caseId) {
        em.createNativeQuery("update report set place_enc = null, narrative_enc = null, reporter_name_enc = null, "
                + "reporter_id_no_enc = null, reporter_phone_enc = null, reporter_email_enc = null, reporter_agent_enc = null, "
                + "on_behalf_of_enc = null, on_behalf_relation_enc = null, "
                + "reporter_id_no_index = null, reporter_phone_index = null, anonymised_at = ?2 where id = ?1")
                .setParameter(1, reportId).setParameter(2, OffsetDateTime.now(clock)).executeUpdate();
        em.createNativeQuery("delete from evidence_content where evidence_id in "
                + "(select id from evidence where report_id = ?1)").setParameter(1, reportId).executeUpdate();
        em.createNativeQuery("update evidence set file_name_enc = null where report_id = ?1").setParameter(1, reportId)
                .executeUpdate();
    }
}
