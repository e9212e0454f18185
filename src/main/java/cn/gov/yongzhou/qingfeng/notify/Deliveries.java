package cn.gov.yongzhou.qingfeng.notify;

import cn.gov.yongzhou.qingfeng.casework.DeadlineStage;
import cn.gov.yongzhou.qingfeng.casework.Telling;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Delivery read back: a gateway's receipts matched to the notices they concern, and what a delivery means. A notice
 * that tells the reporter what became of the report (告知, 反馈) meets its limit when it is delivered; one that
 * cannot be delivered puts a task on the inspectors' queue (请电话告知).
 */
@ApplicationScoped
public class Deliveries {

    /** Receipt states that end a segment's journey other than by delivery (SMPP 3.4, appendix B). */
    static final List<String> FAILED_STATES = List.of("UNDELIV", "EXPIRED", "DELETED", "REJECTD", "UNKNOWN");

    private final EntityManager em;
    private final Clock clock;
    private final Telling telling;
    private final OutboxConfig config;

    Deliveries(EntityManager em, Clock clock, Telling telling, OutboxConfig config) {
        this.em = em;
        this.clock = clock;
        this.telling = telling;
        this.config = config;
    }

    @io.quarkus.scheduler.Scheduled(every = "${qingfeng.outbox.every:10s}", delayed = "1m", concurrentExecution = io.quarkus.scheduler.Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = io.quarkus.scheduler.Scheduled.ApplicationNotRunning.class)
    void tick() {
        giveUpOnSilentTexts();
    }

    /**
     * Texts sent longer ago than the receipt time-out without a final receipt count as not delivered (rows locked
     * and skipped as the outbox's claims are, so two instances never judge the same text). Returns how many.
     */
    @Transactional
    public int giveUpOnSilentTexts() {
        @SuppressWarnings("unchecked")
        List<Long> ids = em.createNativeQuery("""
                select id from outbox_message where delivery = 'AWAITING' and channel = 'SMS' and sent_at < ?1
                order by sent_at limit 200 for update skip locked""", Long.class)
                .setParameter(1, OffsetDateTime.now(clock).minus(config.receiptTimeout())).getResultList();
        for (Long id : ids) {
            undelivered(em.find(OutboxMessage.class, id), "no delivery receipt within " + config.receiptTimeout());
        }
        return ids.size();
    }

    /**
     * A delivery receipt from a gateway, for one segment. Stored first, matched second, so a receipt that overtakes
     * the record of its submit is not lost; a final state is never overwritten by an intermediate one.
     */
    @Transactional
    public void receipt(String messageId, String state, String error, OffsetDateTime doneAt) {
        em.createNativeQuery("""
                insert into sms_receipt (message_id, state, error, done_at, received_at) values (?1, ?2, ?3, ?4, ?5)
                on conflict (message_id) do update set state = excluded.state, error = excluded.error,
                  done_at = excluded.done_at, received_at = excluded.received_at
                where sms_receipt.state in ('ENROUTE', 'ACCEPTD')""")
                .setParameter(1, messageId).setParameter(2, state).setParameter(3, error)
                .setParameter(4, doneAt).setParameter(5, OffsetDateTime.now(clock)).executeUpdate();
        @SuppressWarnings("unchecked")
        List<Long> owners = em.createNativeQuery("select outbox_id from sms_part where message_id = ?1", Long.class)
                .setParameter(1, messageId).getResultList();
        for (Long id : owners) {
            reconcile(em.find(OutboxMessage.class, id));
        }
    }

    /** Whether every segment of a sent text is receipted as delivered, or one failed. */
    @Transactional(Transactional.TxType.MANDATORY)
    void reconcile(OutboxMessage message) {
        if (message.delivery != OutboxMessage.Delivery.AWAITING) {
            return;
        }
        Object[] counts = (Object[]) em.createNativeQuery("""
                select count(p.seq), count(r.message_id) filter (where r.state = 'DELIVRD'),
                       max(r.state || coalesce(':' || r.error, '')) filter (where r.state in ?2), max(r.done_at)
                from sms_part p left join sms_receipt r on r.message_id = p.message_id where p.outbox_id = ?1""")
                .setParameter(1, message.id).setParameter(2, FAILED_STATES).getSingleResult();
        long parts = ((Number) counts[0]).longValue();
        long delivered = ((Number) counts[1]).longValue();
        if (counts[2] != null) {
            undelivered(message, "delivery receipt " + counts[2]);
        } else if (parts > 0 && delivered == parts) {
            delivered(message, counts[3] == null ? OffsetDateTime.now(clock) : toOffset(counts[3]));
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void delivered(OutboxMessage message, OffsetDateTime at) {
        message.delivery = OutboxMessage.Delivery.DELIVERED;
        message.deliveredAt = at;
        if (message.tellsStage != null && message.caseId != null) {
            telling.toldByNotice(message.caseId, DeadlineStage.valueOf(message.tellsStage),
                    message.channel.name(), message.kind, at);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void undelivered(OutboxMessage message, String error) {
        message.delivery = OutboxMessage.Delivery.UNDELIVERED;
        message.deliveryError = error == null ? null : error.length() > 200 ? error.substring(0, 200) : error;
        if (message.tellsStage != null && message.caseId != null) {
            telling.notReached(message.caseId, DeadlineStage.valueOf(message.tellsStage), message.channel.name(),
                    message.deliveryError);
        }
    }

    private static OffsetDateTime toOffset(Object value) {
        if (value instanceof OffsetDateTime o) {
            return o;
        }
        if (value instanceof java.time.Instant i) {
            return i.atOffset(java.time.ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) value).toInstant().atOffset(java.time.ZoneOffset.UTC);
    }
}
