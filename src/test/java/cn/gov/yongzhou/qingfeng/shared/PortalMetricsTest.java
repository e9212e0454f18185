package cn.gov.yongzhou.qingfeng.shared;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.yongzhou.qingfeng.support.TestReports;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What an operator's Prometheus scrapes: submissions, overdue limits and the outbox, with real figures. */
@QuarkusTest
class PortalMetricsTest {

    @Inject
    PortalMetrics metrics;

    @Inject
    EntityManager em;

    static double metric(String name) {
        String body = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("(?m)^" + name + "(\\{[^}]*\\})? ([0-9.eE+-]+)$").matcher(body);
        assertTrue(m.find(), name + " in /q/metrics");
        return Double.parseDouble(m.group(2));
    }

    @Transactional
    long pendingMail() {
        return ((Number) em.createNativeQuery("select count(*) from outbox_message where status = 'PENDING'")
                .getSingleResult()).longValue();
    }

    @Test
    void shouldCountSubmissionsAndShowTheOutboxBacklogAndOverdueLimits() {
        double before = metric("qingfeng_reports_received_total");
        java.util.Map<String, String> form = TestReports.valid();
        form.put("email", "metrics-" + System.nanoTime() + "@example.cn");
        TestReports.api(form).post("/api/v1/reports").then().statusCode(201);
        assertEquals(before + 1, metric("qingfeng_reports_received_total"));

        metrics.refresh();
        assertEquals(pendingMail(), (long) metric("qingfeng_outbox_backlog"));
        assertTrue(metric("qingfeng_limits_overdue") >= 0);
        metric("qingfeng_outbox_failed");
    }
}
