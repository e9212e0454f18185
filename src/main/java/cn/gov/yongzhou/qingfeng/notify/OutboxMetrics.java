package cn.gov.yongzhou.qingfeng.notify;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.concurrent.atomic.AtomicLong;

/** For operators: mail waiting in the outbox and mail given up, read every half minute from the database. */
@Startup
@ApplicationScoped
public class OutboxMetrics {

    private final EntityManager em;
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();

    OutboxMetrics(EntityManager em, MeterRegistry registry) {
        this.em = em;
        Gauge.builder("qingfeng.outbox.backlog", pending, AtomicLong::get)
                .description("Mails waiting in the outbox").register(registry);
        Gauge.builder("qingfeng.outbox.failed", failed, AtomicLong::get)
                .description("Mails given up after every retry, for an admin to look at").register(registry);
    }

    @Scheduled(every = "30s", delayed = "5s", skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void refresh() {
        pending.set(count("PENDING"));
        failed.set(count("FAILED"));
    }

    private long count(String status) {
        return ((Number) em.createNativeQuery("select count(*) from outbox_message where status = ?1")
                .setParameter(1, status).getSingleResult()).longValue();
    }
}
