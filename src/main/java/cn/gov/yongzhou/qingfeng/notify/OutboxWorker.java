package cn.gov.yongzhou.qingfeng.notify;

import cn.gov.yongzhou.qingfeng.casework.CaseAction;
import cn.gov.yongzhou.qingfeng.casework.Casework;
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
import java.util.Optional;

/**
 * Delivers the outbox in three steps, none of which holds a transaction open while talking to the mail server:
 * a short transaction claims a due message ({@code FOR UPDATE SKIP LOCKED}, so instances never claim the same one)
 * and leases it by moving its next attempt into the future; the mail is sent; a second transaction records the
 * outcome. A worker that dies mid-send leaves the lease to expire, and the message is tried again.
 */
@ApplicationScoped
public class OutboxWorker {

    record Claimed(long id, Long reportId, String kind, String recipient, String subject, String body, String html,
            int attempt) {
    }

    private final EntityManager em;
    private final Mailer mailer;
    private final Clock clock;
    private final OutboxConfig config;
    private final Casework casework;

    OutboxWorker(EntityManager em, Mailer mailer, Clock clock, OutboxConfig config, Casework casework) {
        this.em = em;
        this.mailer = mailer;
        this.clock = clock;
        this.config = config;
        this.casework = casework;
    }

    /** How often: {@link OutboxConfig#every()}. */
    @Scheduled(every = "${qingfeng.outbox.every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void tick() {
        drain();
    }

    /** Sends what is due; returns how many went out. */
    public int drain() {
        int sent = 0;
        for (int i = 0; i < config.batchSize(); i++) {
            Optional<Claimed> claimed = claimNext();
            if (claimed.isEmpty()) {
                break;
            }
            Claimed message = claimed.get();
            try {
                Mail mail = Mail.withText(message.recipient(), message.subject(), message.body());
                if (message.html() != null) {
                    mail.setHtml(message.html());
                }
                mailer.send(mail);
            } catch (RuntimeException e) {
                recordFailure(message, describe(e));
                continue;
            }
            recordSent(message);
            sent++;
        }
        return sent;
    }

    @Transactional
    Optional<Claimed> claimNext() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        @SuppressWarnings("unchecked")
        List<Long> ids = em.createNativeQuery("""
                select id from outbox_message where status = 'PENDING' and next_attempt_at <= ?1
                order by next_attempt_at limit 1 for update skip locked""", Long.class)
                .setParameter(1, now).getResultList();
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        OutboxMessage message = em.find(OutboxMessage.class, ids.get(0));
        message.attempts++;
        message.nextAttemptAt = now.plus(config.lease());
        return Optional.of(new Claimed(message.id, message.reportId, message.kind, message.recipient, message.subject,
                message.body, message.html, message.attempts));
    }

    @Transactional
    void recordSent(Claimed claimed) {
        OutboxMessage message = em.find(OutboxMessage.class, claimed.id());
        message.status = OutboxMessage.Status.SENT;
        message.sentAt = OffsetDateTime.now(clock);
        message.body = null;
        message.html = null;
        message.lastError = null;
        if (claimed.reportId() != null && "RECEIPT".equals(claimed.kind())) {
            casework.record(claimed.reportId(), CaseAction.RECEIPT_MAILED, Casework.SYSTEM, true);
        }
    }

    @Transactional
    void recordFailure(Claimed claimed, String error) {
        OutboxMessage message = em.find(OutboxMessage.class, claimed.id());
        message.lastError = error;
        if (claimed.attempt() >= config.maxAttempts()) {
            message.status = OutboxMessage.Status.FAILED;
        } else {
            message.nextAttemptAt = OffsetDateTime.now(clock)
                    .plus(config.firstRetry().multipliedBy(1L << Math.min(claimed.attempt() - 1, 10)));
        }
        Log.warnf("outbox message %d not sent (attempt %d): %s", claimed.id(), claimed.attempt(), error);
    }

    /** Any mail address in a text blanked. */
    static String scrub(String text) {
        return text.replaceAll("[^\\s<>\"'(),;:]+@[^\\s<>\"'(),;:]+", "<address>");
    }

    /**
     * The failure without personal data: mail servers quote the recipient in their refusals
     * ("550 5.1.1 <someone@example.cn>: Recipient address rejected"), so addresses are blanked.
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
