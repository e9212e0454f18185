package cn.gov.yongzhou.qingfeng.notify;

import cn.gov.yongzhou.qingfeng.casework.CaseAction;
import cn.gov.yongzhou.qingfeng.casework.Casework;
import io.quarkus.arc.All;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Delivers the outbox in three steps, none of which holds a transaction open while talking to a gateway: a short
 * transaction claims a due notice ({@code FOR UPDATE SKIP LOCKED}, so instances never claim the same one) and leases
 * it by moving its next attempt into the future; the channel's {@link Sender} hands it over; a second transaction
 * records the outcome. A worker that dies mid-send leaves the lease to expire, and the notice is tried again. Mail
 * and text messages share all of this; only the sender differs.
 */
@ApplicationScoped
public class OutboxWorker {

    record Claimed(long id, Long reportId, Long caseId, NoticeChannel channel, String kind, String recipient,
            String subject, String body, String html, String params, int attempt) {
    }

    private final EntityManager em;
    private final Clock clock;
    private final OutboxConfig config;
    private final Casework casework;
    private final Deliveries deliveries;
    private final Map<NoticeChannel, Sender> senders = new EnumMap<>(NoticeChannel.class);

    OutboxWorker(EntityManager em, Clock clock, OutboxConfig config, Casework casework, Deliveries deliveries,
            @All List<Sender> senders) {
        this.em = em;
        this.clock = clock;
        this.config = config;
        this.casework = casework;
        this.deliveries = deliveries;
        senders.forEach(s -> this.senders.put(s.channel(), s));
    }

    /** How often: {@link OutboxConfig#every()}. */
    @Scheduled(every = "${qingfeng.outbox.every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void tick() {
        drain();
    }

    /** Sends what is due; returns how many went out. */
    public int drain() {
        int sent = 0;
        for (int i = 0; i < config.batchSize(); i++) {
            Optional<Claimed> claimed = claimNext(null);
            if (claimed.isEmpty()) {
                break;
            }
            sent += attempt(claimed.get()) ? 1 : 0;
        }
        return sent;
    }

    /**
     * Sends one notice now if it is due and nobody else holds it: a verification code goes out while the citizen
     * waits, not at the next tick. A failure leaves it to the outbox's retries like any other. It is called after
     * the caller's commit, while that finished transaction is still on the thread: claiming and recording therefore
     * each run in a transaction of their own (REQUIRES_NEW), or the claim and the "sent" would be lost with it and the
     * next tick would send the text again.
     */
    public boolean sendNow(long id) {
        return claimNext(id).map(this::attempt).orElse(false);
    }

    private boolean attempt(Claimed message) {
        Sender sender = senders.get(message.channel());
        Sender.Handed handed;
        try {
            if (sender == null) {
                throw new Sender.Permanent("no sender for " + message.channel());
            }
            handed = sender.send(new Sender.Outgoing(message.id(), message.recipient(), message.subject(),
                    message.body(), message.html(), message.kind(), message.params()));
        } catch (Sender.Permanent e) {
            recordFailure(message, describe(e), true);
            return false;
        } catch (Exception e) {
            recordFailure(message, describe(e), false);
            return false;
        }
        recordSent(message, handed);
        return true;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    Optional<Claimed> claimNext(Long only) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        @SuppressWarnings("unchecked")
        List<Long> ids = em.createNativeQuery("""
                select id from outbox_message where status = 'PENDING' and next_attempt_at <= ?1
                  and (cast(?2 as bigint) is null or id = ?2)
                order by next_attempt_at limit 1 for update skip locked""", Long.class)
                .setParameter(1, now).setParameter(2, only).getResultList();
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        OutboxMessage message = em.find(OutboxMessage.class, ids.get(0));
        message.attempts++;
        message.nextAttemptAt = now.plus(config.lease());
        return Optional.of(new Claimed(message.id, message.reportId, message.caseId, message.channel, message.kind,
                message.recipient, message.subject, message.body, message.html, message.params, message.attempts));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void recordSent(Claimed claimed, Sender.Handed handed) {
        OutboxMessage message = em.find(OutboxMessage.class, claimed.id());
        OffsetDateTime now = OffsetDateTime.now(clock);
        message.status = OutboxMessage.Status.SENT;
        message.sentAt = now;
        message.body = null;
        message.html = null;
        message.params = null;
        message.lastError = null;
        message.gatewayRef = handed.gatewayRef();
        message.delivery = OutboxMessage.Delivery.AWAITING;
        if (claimed.reportId() != null && "RECEIPT".equals(claimed.kind())
                && claimed.channel() == NoticeChannel.MAIL) {
            casework.record(claimed.reportId(), CaseAction.RECEIPT_MAILED, Casework.SYSTEM, true);
        }
        if (handed.delivered()) {
            deliveries.delivered(message, now);
            return;
        }
        int seq = 1;
        for (String reference : handed.references()) {
            em.createNativeQuery("insert into sms_part (outbox_id, seq, message_id) values (?1, ?2, ?3)")
                    .setParameter(1, message.id).setParameter(2, seq++).setParameter(3, reference).executeUpdate();
        }
        // a receipt may have come in before this commit: it waits in sms_receipt and is matched now
        deliveries.reconcile(message);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void recordFailure(Claimed claimed, String error, boolean permanent) {
        OutboxMessage message = em.find(OutboxMessage.class, claimed.id());
        message.lastError = error;
        if (permanent || claimed.attempt() >= config.maxAttempts()) {
            message.status = OutboxMessage.Status.FAILED;
            deliveries.undelivered(message, error);
        } else {
            message.nextAttemptAt = OffsetDateTime.now(clock)
                    .plus(config.firstRetry().multipliedBy(1L << Math.min(claimed.attempt() - 1, 10)));
        }
        Log.warnf("outbox message %d (%s) not sent (attempt %d): %s", claimed.id(), claimed.channel(),
                claimed.attempt(), error);
    }

    /** Any mail address or mainland mobile number in a text blanked. */
    static String scrub(String text) {
        return text.replaceAll("[^\\s<>\"'(),;:]+@[^\\s<>\"'(),;:]+", "<address>")
                .replaceAll("(?<!\\d)(\\+?86)?1[3-9]\\d{9}(?!\\d)", "<mobile>");
    }

    /**
     * The failure without personal data: mail servers quote the recipient in their refusals
     * ("550 5.1.1 <someone@example.cn>: Recipient address rejected"), SMS gateways the number, so both are blanked.
     */
    static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "" : scrub(root.getMessage());
        String text = root.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
        return text.length() > 500 ? text.substring(0, 500) : text;
    }
}
