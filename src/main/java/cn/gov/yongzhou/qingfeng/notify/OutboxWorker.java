package cn.gov.yongzhou.qingfeng.notify;

import io.quarkus.logging.Log;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Delivers the outbox. Each message is claimed with {@code FOR UPDATE SKIP LOCKED} inside its own
 * transaction, so several app instances never send the same message at the same time, and a message
 * is marked sent in the transaction that sent it.
 */
@ApplicationScoped
public class OutboxWorker {

    private final EntityManager em;
    private final Mailer mailer;
    private final Clock clock;
    private final NotifyConfig config;

    OutboxWorker(EntityManager em, Mailer mailer, Clock clock, NotifyConfig config) {
        this.em = em;
        this.mailer = mailer;
        this.clock = clock;
        this.config = config;
    }

    @Scheduled(every = "${qingfeng.outbox.every:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void tick() {
        drain();
    }

    /** Sends what is due; returns how many were sent. */
    public int drain() {
        int sent = 0;
        for (int i = 0; i < config.batchSize(); i++) {
            Boolean result = sendNext();
            if (result == null) {
                break;
            }
            if (result) {
                sent++;
            }
        }
        return sent;
    }

    /** null when nothing is due; true when a message went out; false when it failed this time. */
    @Transactional
    Boolean sendNext() {
        @SuppressWarnings("unchecked")
        List<Long> ids = em.createNativeQuery("""
                select id from outbox_message where status = 'PENDING' and next_attempt_at <= ?1
                order by next_attempt_at limit 1 for update skip locked""", Long.class)
                .setParameter(1, OffsetDateTime.now(clock)).getResultList();
        if (ids.isEmpty()) {
            return null;
        }
        OutboxMessage message = em.find(OutboxMessage.class, ids.get(0));
        message.attempts++;
        try {
            mailer.send(Mail.withText(message.recipient, message.subject, message.body));
            message.status = OutboxMessage.Status.SENT;
            message.sentAt = OffsetDateTime.now(clock);
            message.body = null;
            message.lastError = null;
            return true;
        } catch (RuntimeException e) {
            message.lastError = truncate(e.getClass().getSimpleName() + ": " + e.getMessage());
            if (message.attempts >= config.maxAttempts()) {
                message.status = OutboxMessage.Status.FAILED;
            } else {
                message.nextAttemptAt = OffsetDateTime.now(clock)
                        .plus(config.firstRetry().multipliedBy(1L << Math.min(message.attempts - 1, 10)));
            }
            // the id only: recipients and bodies are personal data and never go to the log
            Log.warnf("outbox message %d not sent (attempt %d): %s", message.id, message.attempts, message.lastError);
            return false;
        }
    }

    private static String truncate(String s) {
        return s == null ? null : s.length() > 500 ? s.substring(0, 500) : s;
    }
}
