package cn.gov.yongzhou.qingfeng.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.yongzhou.qingfeng.shared.cache.ChangeFeed;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The directory a submission reads from memory stays what the database says: a change committed by any writer (another
 * instance, plain SQL) is seen within a second, one made through Hibernate here at once, and a transaction's own
 * change is seen in it, by nobody else before it commits, and never once it rolled back.
 */
@QuarkusTest
class UnitTreeTest {

    /** A day no sample head covers. */
    static final LocalDate DAY = LocalDate.of(2001, 6, 1);

    @Inject
    UnitTree tree;

    @Inject
    ChangeFeed feed;

    @Inject
    EntityManager em;

    long centre() {
        return tree.unit("LL-ZWFW").orElseThrow().id();
    }

    @AfterEach
    void removeTheTerm() {
        QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("delete from unit_head where name like '测试主任%'").executeUpdate());
    }

    void appointBySql(String name) {
        em.createNativeQuery("""
                insert into unit_head (unit_id, name, title, start_date, end_date)
                select id, ?1, '主任', date '2001-01-01', date '2001-12-31' from unit where code = 'LL-ZWFW'""")
                .setParameter(1, name).executeUpdate();
    }

    Optional<String> headOnTheDay() {
        return tree.headOn(centre(), DAY).map(UnitTree.Term::name);
    }

    @Test
    void shouldSeeAHeadAnotherWriterAppointedWithinASecond() throws InterruptedException {
        assertEquals(Optional.empty(), headOnTheDay(), "kept in memory now");
        QuarkusTransaction.requiringNew().run(() -> appointBySql("测试主任甲")); // not through this instance's Hibernate
        long until = System.currentTimeMillis() + 1_000;
        while (headOnTheDay().isEmpty() && System.currentTimeMillis() < until) {
            Thread.sleep(20);
        }
        assertEquals(Optional.of("测试主任甲"), headOnTheDay(), "the change feed's notice dropped the copy");
    }

    @Test
    void shouldSeeAHeadAppointedThroughHibernateAtOnce() {
        assertEquals(Optional.empty(), headOnTheDay());
        QuarkusTransaction.requiringNew().run(() -> {
            UnitHead head = new UnitHead();
            head.unit = Unit.findByCode("LL-ZWFW").orElseThrow();
            head.name = "测试主任乙";
            head.title = "主任";
            head.startDate = LocalDate.of(2001, 1, 1);
            head.endDate = LocalDate.of(2001, 12, 31);
            head.persist();
        });
        assertEquals(Optional.of("测试主任乙"), headOnTheDay(), "no wait for the notice");
    }

    @Test
    void shouldShowATransactionsOwnChangeOnlyToItAndForgetItWhenRolledBack() {
        assertEquals(Optional.empty(), headOnTheDay());
        assertThrows(QuarkusTransactionException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            appointBySql("测试主任丙");
            feed.changedHere(UnitTree.HEAD);
            assertEquals(Optional.of("测试主任丙"), headOnTheDay(), "its own change");
            Optional<String> elsewhere = CompletableFuture
                    .supplyAsync(() -> QuarkusTransaction.requiringNew().call(this::headOnTheDay)).join();
            assertEquals(Optional.empty(), elsewhere, "nobody else sees it before the commit");
            QuarkusTransaction.setRollbackOnly();
        }), "rolled back");
        assertEquals(Optional.empty(), headOnTheDay(), "rolled back: never kept");
    }

    @Test
    void shouldKnowUnitsAndWindowsAsTheFormNamesThem() {
        UnitTree.Window window = tree.window(" ll-03 ").orElseThrow();
        assertEquals(centre(), window.unitId());
        assertTrue(window.active());
        assertFalse(tree.unit("ll-zwfw").isPresent(), "unit codes are exact");
        assertEquals("LL", tree.area(tree.unit("LL-ZWFW").orElseThrow()).orElseThrow().code());
    }
}
