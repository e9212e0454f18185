package cn.gov.yongzhou.qingfeng.shared;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What operators watch, read from the database every half minute (the same figures on every instance): open
 * limits past their day, mail waiting or failed in the outbox, audit entries not sealed yet.
 */
@Startup
@ApplicationScoped
public class PortalMetrics {

    private final EntityManager em;
    private final Clock clock;
    private final AtomicLong overdue = new AtomicLong();
    private final AtomicLong outboxPending = new AtomicLong();
    private final AtomicLong outboxFailed = new AtomicLong();

    PortalMetrics(EntityManager em, Clock clock, MeterRegistry registry) {
        this.em = em;
        this.clock = clock;
        Gauge.builder("qingfeng.limits.overdue", overdue, AtomicLong::get)
                .description("Open case limits past their due day (the reporter's objection window not counted)")
                .register(registry);
        Gauge.builder("qingfeng.outbox.backlog", outboxPending, AtomicLong::get)
                .description("Mails waiting in the outbox").register(registry);
        Gauge.builder("qingfeng.outbox.failed", outboxFailed, AtomicLong::get)
                .description("Mails given up after every retry, for an admin to look at").register(registry);
    }

    @Scheduled(every = "30s", delayed = "5s", skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void refresh() {
        LocalDate today = LocalDate.now(clock.withZone(ClockProducer.ZONE));
        overdue.set(count("select count(*) from case_deadline where closed_at is null and stage <> 'OBJECTION' "
                + "and due_on < ?1", today));
        outboxPending.set(count("select count(*) from outbox_message where status = 'PENDING'", null));
        outboxFailed.set(count("select count(*) from outbox_message where status = 'FAILED'", null));
    }

    private long count(String sql, Object parameter) {
        var query = em.createNativeQuery(sql);
        if (parameter != null) {
            query.setParameter(1, parameter);
        }
        return ((Number) query.getSingleResult()).longValue();
    }
}
