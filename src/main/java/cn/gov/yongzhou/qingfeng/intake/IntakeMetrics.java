package cn.gov.yongzhou.qingfeng.intake;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/** Counts the reports this instance stored, once their transaction committed. */
@Startup
@ApplicationScoped
public class IntakeMetrics {

    private final Counter submissions;

    IntakeMetrics(MeterRegistry registry) {
        this.submissions = Counter.builder("qingfeng.reports.received")
                .description("Reports stored by this instance (form, API and registered by inspectors)")
                .register(registry);
    }

    void onReportReceived(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReportReceived event) {
        submissions.increment();
    }
}
