package cn.gov.yongzhou.qingfeng.notify;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

/** What notify tests look up: the notices of a report, waiting for something the gateway does on its own time. */
public final class Outboxes {

    private Outboxes() {
    }

    /** The notices of a report on one channel, oldest first, detached. */
    public static List<OutboxMessage> of(EntityManager em, long reportId, NoticeChannel channel) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<OutboxMessage> rows = em.createQuery(
                    "from OutboxMessage where reportId = ?1 and channel = ?2 order by id", OutboxMessage.class)
                    .setParameter(1, reportId).setParameter(2, channel).getResultList();
            rows.forEach(em::detach);
            return rows;
        });
    }

    public static long reportId(EntityManager em, String receipt) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select id from report where receipt_no = ?1").setParameter(1, receipt).getSingleResult()).longValue());
    }

    /** Drains the outbox until nothing more is due (other tests' notices go first, a batch at a time). */
    public static void drainAll(OutboxWorker worker) {
        for (int i = 0; i < 200 && worker.drain() > 0; i++) {
        }
    }

    /** Waits up to ten seconds for what a gateway reports back asynchronously. */
    public static void await(String what, BooleanSupplier condition) {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("timed out waiting for " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
