package cn.gov.yongzhou.qingfeng.shared.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.gov.yongzhou.qingfeng.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;

/** The security log keeps a year of events (the law asks for at least six months), then lets them go. */
@QuarkusTest
class SecurityLogTest {

    @Inject
    SecurityLog log;

    @Inject
    EntityManager em;

    @Transactional
    void eventAt(String at, String detail) {
        em.createNativeQuery(
                "insert into security_event (at, kind, detail) values (cast(?1 as timestamptz), 'ADMIN_CHANGE', ?2)")
                .setParameter(1, at).setParameter(2, detail).executeUpdate();
    }

    long count(String detail) {
        return ((Number) em.createNativeQuery("select count(*) from security_event where detail = ?1")
                .setParameter(1, detail).getSingleResult()).longValue();
    }

    @Test
    void shouldLetEventsOlderThanAYearGoAndKeepTheRest() {
        TestClock.at("2026-11-25T02:30:00");
        String marker = "prune-" + System.nanoTime();
        eventAt("2025-11-24T18:29:00Z", marker + "-old"); // a year and a minute before 02:30 Beijing time
        eventAt("2025-11-24T18:31:00Z", marker + "-kept"); // a minute less than a year
        log.prune();
        assertEquals(0, count(marker + "-old"));
        assertEquals(1, count(marker + "-kept"));
    }
}
