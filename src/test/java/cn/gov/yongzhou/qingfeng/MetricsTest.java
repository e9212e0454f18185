package cn.gov.yongzhou.qingfeng;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.yongzhou.qingfeng.casework.LimitMetrics;
import cn.gov.yongzhou.qingfeng.notify.OutboxMetrics;
import cn.gov.yongzhou.qingfeng.support.TestClock;
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
class MetricsTest {

    @Inject
    LimitMetrics limits;

    @Inject
    OutboxMetrics outbox;

    @Inject
    EntityManager em;

    static double metric(String name) {
        String body = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("(?m)^" + name + "(\\{[^}]*\\})? ([0-9.eE+-]+)$").matcher(body);
        assertTrue(m.find(), name + " in /q/metrics");
        return Double.parseDouble(m.group(2));
    }

    @Transactional
    long count(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }

    @Test
    void shouldCountSubmissionsAndShowTheOutboxBacklogAndOverdueLimits() {
        double before = metric("qingfeng_reports_received_total");
        java.util.Map<String, String> form = TestReports.valid();
        form.put("email", "metrics-" + System.nanoTime() + "@example.cn");
        TestReports.api(form).post("/api/v1/reports").then().statusCode(201);
        assertEquals(before + 1, metric("qingfeng_reports_received_total"));

        // a report of January 2020 left alone (no other test counts that month): by February its acceptance is overdue
        TestClock.at("2020-01-06T10:00:00");
        java.util.Map<String, String> january = TestReports.valid();
        january.put("occurredDate", "2020-01-03");
        TestReports.api(january).post("/api/v1/reports").then().statusCode(201);
        TestClock.at("2020-02-03T10:00:00");
        limits.refresh();
        outbox.refresh();
        assertEquals(count("select count(*) from outbox_message where status = 'PENDING'"),
                (long) metric("qingfeng_outbox_backlog"));
        assertEquals(count("select count(*) from outbox_message where status = 'FAILED'"),
                (long) metric("qingfeng_outbox_failed"));
        long overdue = count("select count(*) from case_deadline where closed_at is null and stage <> 'OBJECTION' "
                + "and due_on < date '2020-02-03'");
        assertTrue(overdue > 0, "at least this report's acceptance");
        assertEquals(overdue, (long) metric("qingfeng_limits_overdue"));
    }
}
