package cn.gov.yongzhou.qingfeng.casework;

import cn.gov.yongzhou.qingfeng.shared.ClockProducer;
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

/** For operators: the open limits past their day, read every half minute (the same figure on every instance). */
@Startup
@ApplicationScoped
public class LimitMetrics {

    private final EntityManager em;
    private final Clock clock;
    private final AtomicLong overdue = new AtomicLong();

    LimitMetrics(EntityManager em, Clock clock, MeterRegistry registry) {
        this.em = em;
        this.clock = clock;
        Gauge.builder("qingfeng.limits.overdue", overdue, AtomicLong::get)
                .description("Open case limits past their due day (the reporter's objection window not counted)")
                .register(registry);
    }

    @Scheduled(every = "30s", delayed = "5s", skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void refresh() {
        LocalDate today = LocalDate.now(clock.withZone(ClockProducer.ZONE));
        overdue.set(((Number) em.createNativeQuery(
                "select count(*) from case_limit where closed_at is null and counted and due_on < ?1")
                .setParameter(1, today).getSingleResult()).longValue());
    }
}
