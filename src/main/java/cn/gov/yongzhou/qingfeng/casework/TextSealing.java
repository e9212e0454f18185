package cn.gov.yongzhou.qingfeng.casework;

import cn.gov.yongzhou.qingfeng.shared.audit.AuditChain;
import cn.gov.yongzhou.qingfeng.shared.audit.SecurityKind;
import cn.gov.yongzhou.qingfeng.shared.audit.SecurityLog;
import cn.gov.yongzhou.qingfeng.shared.crypto.PersonalDataCipher;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Seals the free texts stored in clear before V74 (listed in {@code casework_plain_text}): timeline notes and
 * follow-up notes. A start-up job, as the key is the running application's; one instance at a time (an advisory lock),
 * and the list empties as it goes, so a second start does nothing. The timeline's audit chain is checked and sealed
 * again in the same transaction ({@link AuditChain#rewrite}); the security log records it.
 */
@ApplicationScoped
public class TextSealing {

    private static final Logger LOG = Logger.getLogger(TextSealing.class);
    private static final long LOCK = 0x51_46_54_45_58_54L; // "QFTEXT"
    /** A timeline entry as it was sealed before V74 renamed {@code note} to {@code note_enc}. */
    static final String SEALED_BEFORE_V74 = "(to_jsonb(t) - 'seal_seq' - 'prev_mac' - 'entry_mac' - 'note_enc'"
            + " || jsonb_build_object('note', t.note_enc))::text";
    /**
     * The forms an entry sealed before V74 may have, when columns were added to the timeline since (null in old
     * entries, absent from what was sealed): before V101's refusal grounds, and before V62's note to the reporter.
     */
    static final List<String> SEALED_FORMS = List.of(SEALED_BEFORE_V74,
            "(to_jsonb(t) - 'seal_seq' - 'prev_mac' - 'entry_mac' - 'note_enc'" + unlessSet("rejection_ground")
                    + unlessSet("proper_channel") + " || jsonb_build_object('note', t.note_enc))::text",
            "(to_jsonb(t) - 'seal_seq' - 'prev_mac' - 'entry_mac' - 'note_enc'" + unlessSet("rejection_ground")
                    + unlessSet("proper_channel") + unlessSet("reporter_note_enc")
                    + " || jsonb_build_object('note', t.note_enc))::text");

    private static String unlessSet(String column) {
        return " - (case when t." + column + " is null then '" + column + "' else '' end)";
    }

    private final EntityManager em;
    private final PersonalDataCipher cipher;
    private final AuditChain chain;
    private final SecurityLog securityLog;

    TextSealing(EntityManager em, PersonalDataCipher cipher, AuditChain chain, SecurityLog securityLog) {
        this.em = em;
        this.cipher = cipher;
        this.chain = chain;
        this.securityLog = securityLog;
    }

    void onStart(@Observes StartupEvent start) {
        int sealed = seal();
        if (sealed > 0) {
            LOG.infof("sealed %d free texts stored in clear", sealed);
        }
    }

    /** Seals what is listed; answers how many texts. */
    @Transactional
    public int seal() {
        em.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, LOCK).getSingleResult();
        Set<Long> events = new HashSet<>(ids("case_event"));
        List<Long> followUps = ids("follow_up");
        if (events.isEmpty() && followUps.isEmpty()) {
            return 0;
        }
        followUps.forEach(id -> sealText("follow_up", id));
        int total = followUps.size() + events.size();
        AuditChain.Rewrite rewrite = events.isEmpty() ? null
                : chain.rewrite(AuditChain.Trail.CASE_EVENT, SEALED_FORMS,
                        id -> events.remove(id) && sealText("case_event", id));
        events.forEach(id -> sealText("case_event", id)); // not sealed into the chain yet
        em.createNativeQuery("delete from casework_plain_text").executeUpdate();
        if (rewrite != null) {
            securityLog.record(SecurityKind.ADMIN_CHANGE, "system", "V74 sealed " + rewrite.changed()
                    + " timeline notes; audit chain case_event sealed again (" + rewrite.resealed() + " entries)"
                    + (rewrite.brokenBefore() == null ? ""
                            : "; broken before at entry " + rewrite.brokenBefore()
                                    + ", left as it was from there"));
        }
        return total;
    }

    private List<Long> ids(String table) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select id from casework_plain_text where tbl = ?1 order by id")
                .setParameter(1, table).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /** Seals one row's text in place; the table is one of two fixed names. */
    private boolean sealText(String table, long id) {
        @SuppressWarnings("unchecked")
        List<String> plain = em.createNativeQuery("select note_enc from " + table + " where id = ?1")
                .setParameter(1, id).getResultList();
        if (plain.isEmpty() || plain.get(0) == null) {
            return false;
        }
        em.createNativeQuery("update " + table + " set note_enc = ?1 where id = ?2")
                .setParameter(1, cipher.encrypt(plain.get(0))).setParameter(2, id).executeUpdate();
        return true;
    }
}
