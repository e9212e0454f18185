package cn.gov.yongzhou.qingfeng.notify;

import cn.gov.yongzhou.qingfeng.casework.CaseAction;
import cn.gov.yongzhou.qingfeng.shared.audit.AdminAction;
import cn.gov.yongzhou.qingfeng.shared.audit.AdminLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The outbox as the admin watches it: how many mails wait, went out or failed; the ones in trouble; a failed one
 * tried again. Recipients may be reporters' addresses, so they leave here masked, and a mail's subject and body
 * never leave here at all (the query reads neither).
 */
@ApplicationScoped
public class OutboxAdmin {

    /** A mail in trouble, without its content: the recipient already masked. */
    public record Problem(long id, NoticeChannel channel, String kind, String kindKey, String recipient, Long reportId,
            Long caseId,
            OutboxMessage.Status status, int attempts, OffsetDateTime nextAttemptAt, String lastError,
            OffsetDateTime createdAt) {
    }

    /** At most this many of each list: a page, not an export. */
    static final int LIMIT = 200;

    private final EntityManager em;
    private final AdminLog log;
    private final Clock clock;

    OutboxAdmin(EntityManager em, AdminLog log, Clock clock) {
        this.em = em;
        this.log = log;
        this.clock = clock;
    }

    /** How many mails wait, went out, failed for good. */
    public record Counts(long pending, long sent, long failed) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Counts counts() {
        Map<OutboxMessage.Status, Long> counts = new EnumMap<>(OutboxMessage.Status.class);
        for (OutboxMessage.Status s : OutboxMessage.Status.values()) {
            counts.put(s, 0L);
        }
        for (Object[] row : em.createQuery("select m.status, count(m) from OutboxMessage m group by m.status",
                Object[].class).getResultList()) {
            counts.put((OutboxMessage.Status) row[0], (Long) row[1]);
        }
        return new Counts(counts.get(OutboxMessage.Status.PENDING), counts.get(OutboxMessage.Status.SENT),
                counts.get(OutboxMessage.Status.FAILED));
    }

    /** The failed mails, latest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Problem> failed() {
        return problems(OutboxMessage.Status.FAILED, "order by m.id desc");
    }

    /** Mails still waiting after at least one failed attempt (or one being sent right now), next attempt first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Problem> retrying() {
        return problems(OutboxMessage.Status.PENDING, "and m.attempts > 0 order by m.nextAttemptAt, m.id");
    }

    private List<Problem> problems(OutboxMessage.Status status, String rest) {
        // only these columns: the subject and the body (text and html) are never read for this page
        return em.createQuery("select m.id, m.kind, m.recipient, m.reportId, m.caseId, m.status, m.attempts, "
                + "m.nextAttemptAt, m.lastError, m.createdAt, m.channel from OutboxMessage m where m.status = :status "
                + rest, Object[].class).setParameter("status", status).setMaxResults(LIMIT).getResultList().stream()
                .map(r -> new Problem((Long) r[0], (NoticeChannel) r[10], (String) r[1], kindKey((String) r[1]),
                        mask((String) r[2]), (Long) r[3], (Long) r[4], (OutboxMessage.Status) r[5], (Integer) r[6],
                        (OffsetDateTime) r[7], r[8] == null ? null : OutboxWorker.scrub((String) r[8]),
                        (OffsetDateTime) r[9]))
                .toList();
    }

    /**
     * Sends a failed mail again: back to pending, due now, one more attempt before it fails again. False if it is
     * not (or no longer) failed, e.g. another admin already retried it.
     */
    @Transactional
    public boolean retry(long id, String actor) {
        OutboxMessage m = OutboxMessage.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (m == null || m.status != OutboxMessage.Status.FAILED) {
            return false;
        }
        m.status = OutboxMessage.Status.PENDING;
        m.nextAttemptAt = OffsetDateTime.now(clock);
        log.record(actor, "outbox", String.valueOf(id), AdminAction.CHANGED,
                "FAILED → PENDING (retry now): " + m.kind + ", attempts " + m.attempts);
        return true;
    }

    /** someone@example.cn → s***@example.cn; 13912345678 → 139****5678; anything else → ***. */
    static String mask(String recipient) {
        if (recipient == null) {
            return "***";
        }
        if (recipient.matches("1\\d{10}")) {
            return recipient.substring(0, 3) + "****" + recipient.substring(7);
        }
        int at = recipient.lastIndexOf('@');
        return at <= 0 ? "***" : recipient.charAt(0) + "***" + recipient.substring(at);
    }

    private static String kindKey(String kind) {
        if ("STATUS".equals(kind) || Arrays.stream(Template.values()).anyMatch(t -> t.name().equals(kind))) {
            return "admin.ob.kind." + kind;
        }
        return Arrays.stream(CaseAction.values()).anyMatch(a -> a.name().equals(kind)) ? "caseAction." + kind : null;
    }
}
