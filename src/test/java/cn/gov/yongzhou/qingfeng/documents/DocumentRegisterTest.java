package cn.gov.yongzhou.qingfeng.documents;

import static cn.gov.yongzhou.qingfeng.support.TestCases.INSPECTOR;
import static cn.gov.yongzhou.qingfeng.support.TestClock.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.yongzhou.qingfeng.casework.Casework;
import cn.gov.yongzhou.qingfeng.casework.Transition;
import cn.gov.yongzhou.qingfeng.support.TestReports;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The register's numbers under concurrency: this application's connections and a second "instance" (plain JDBC
 * connections of their own, running the same statement) take numbers of one series at once, some of them rolling
 * back; what committed is 1…n without a gap or a repeat.
 */
@QuarkusTest
class DocumentRegisterTest {

    @Inject
    DocumentRegister register;

    @Inject
    Documents documents;

    @Inject
    Casework casework;

    @Inject
    EntityManager em;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    /** One number taken on a connection of the "other instance", committed or rolled back. */
    Integer takeOnOtherInstance(long issuer, String word, int year, boolean commit) throws Exception {
        try (Connection c = DriverManager.getConnection(url, user, "")) {
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement(DocumentRegister.NEXT_NUMBER)) {
                s.setLong(1, issuer);
                s.setString(2, word);
                s.setInt(3, year);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    int n = r.getInt(1);
                    Thread.sleep(2); // hold the row a moment, as an approval rendering its PDF does
                    if (commit) {
                        c.commit();
                        return n;
                    }
                    c.rollback();
                    return null;
                }
            }
        }
    }

    /** One number taken through the application, committed or rolled back with the transaction around it. */
    Integer takeHere(long issuer, String word, int year, boolean commit) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                int n = register.next(issuer, word, year);
                if (!commit) {
                    throw new IllegalStateException("the approval failed after taking " + n);
                }
                return n;
            });
        } catch (IllegalStateException rolledBack) {
            return null;
        }
    }

    @Test
    void shouldGiveEveryNumberOnceAndLoseNoneToARollbackAcrossTwoInstances() throws Exception {
        long issuer = TestReports.unitId(em, "CITY-JW");
        String word = "测" + System.nanoTime() % 100_000;
        int year = 2099;
        int perWorker = 25;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        ConcurrentLinkedQueue<Integer> committed = new ConcurrentLinkedQueue<>();
        List<Future<?>> workers = new ArrayList<>();
        for (int w = 0; w < 8; w++) {
            boolean otherInstance = w % 2 == 1;
            workers.add(pool.submit((Callable<Void>) () -> {
                start.await();
                for (int i = 0; i < perWorker; i++) {
                    boolean commit = i % 4 != 3; // every fourth attempt fails after taking its number
                    Integer n = otherInstance ? takeOnOtherInstance(issuer, word, year, commit)
                            : takeHere(issuer, word, year, commit);
                    if (n != null) {
                        committed.add(n);
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : workers) {
            f.get();
        }
        pool.shutdown();

        List<Integer> numbers = new ArrayList<>(committed);
        Collections.sort(numbers);
        int expected = 8 * (perWorker - perWorker / 4);
        assertEquals(IntStream.rangeClosed(1, expected).boxed().toList(), numbers, "1…n, each once");
        assertEquals(expected, register.last(issuer, word, year));
    }

    @Test
    void shouldNumberApprovalsRacingEachOtherWithoutGapsAndGiveBackTheNumberOfAFailedOne() throws Exception {
        at("2028-06-01T10:00:00"); // a year no other test numbers in
        List<Long> drafts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String receipt = TestReports.api(TestReports.valid()).post("/api/v1/reports").then().statusCode(201)
                    .extract().path("receipt");
            long caseId = TestReports.caseOf(em, receipt);
            casework.perform(caseId, Transition.ACCEPT, INSPECTOR, null, 0);
            drafts.add(DocumentsTest.only(caseId, DocumentKind.ACCEPTANCE_NOTICE).id);
        }
        ExecutorService pool = Executors.newFixedThreadPool(5);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> approvals = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            long id = drafts.get(i);
            boolean fails = i % 3 == 0; // the approval's transaction is rolled back after the document was numbered
            approvals.add(pool.submit(() -> {
                start.await();
                try {
                    QuarkusTransaction.requiringNew().run(() -> {
                        assertTrue(documents.approve(id, "inspector-he", Set.of("inspector")).isEmpty());
                        if (fails) {
                            throw new IllegalStateException("rolled back");
                        }
                    });
                    return true;
                } catch (IllegalStateException e) {
                    return false;
                }
            }));
        }
        start.countDown();
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            boolean approved = approvals.get(i).get();
            CaseDocument doc = DocumentsTest.reload(drafts.get(i));
            if (approved) {
                numbers.add(doc.seq);
            } else {
                assertEquals(CaseDocument.State.DRAFT, doc.state);
                assertNull(doc.number, "a rolled-back approval leaves a draft without a number");
            }
        }
        pool.shutdown();
        CaseDocument any = DocumentsTest.reload(drafts.get(1));
        // everything this series has ever numbered in 2028 (this test's documents only): 1…n
        List<Integer> series = QuarkusTransaction.requiringNew().call(() -> CaseDocument.<CaseDocument> list(
                "issuerUnitId = ?1 and word = ?2 and year = 2028 and state = ?3 order by seq", any.issuerUnitId,
                any.word, CaseDocument.State.APPROVED).stream().map(d -> d.seq).toList());
        Collections.sort(numbers);
        assertEquals(numbers, series);
        assertEquals(IntStream.rangeClosed(1, 6).boxed().toList(), series, "six approved, numbered 1…6");
        assertEquals(6, register.last(any.issuerUnitId, any.word, 2028));
    }
}
