package cn.gov.yongzhou.qingfeng.accountability;

import static cn.gov.yongzhou.qingfeng.support.TestClock.at;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.yongzhou.qingfeng.casework.Casework;
import cn.gov.yongzhou.qingfeng.casework.Conclusion;
import cn.gov.yongzhou.qingfeng.casework.Retention;
import cn.gov.yongzhou.qingfeng.casework.Transition;
import cn.gov.yongzhou.qingfeng.support.StaffClient;
import cn.gov.yongzhou.qingfeng.support.TestCases;
import cn.gov.yongzhou.qingfeng.support.TestReports;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * 档案保管: a case whose people were dealt with is not erased after five years, because a sanction's appeal or the
 * archive may need it; it is kept sealed for the archive period (30 years from its end), then erased like any other.
 * A case nobody was dealt with in is erased at five years as before.
 */
@QuarkusTest
class ArchiveTest {

    @Inject
    Casework casework;

    @Inject
    Accountability accountability;

    @Inject
    NameClearings nameClearings;

    @Inject
    Retention retention;

    @Inject
    EntityManager em;

    long closedCase(String reporter, Conclusion conclusion) {
        Map<String, String> form = TestReports.valid();
        form.put("occurredDate", "2020-06-30");
        form.put("reporterName", reporter);
        String receipt = TestReports.api(form).post("/api/v1/reports").then().statusCode(201).extract().path("receipt");
        long id = TestReports.caseOf(em, receipt);
        TestCases.conclude(casework, em, id, "LL-JW", conclusion);
        return id;
    }

    int close(long caseId) {
        int v = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select version from case_file where id = ?1").setParameter(1, caseId).getSingleResult()).intValue());
        return casework.perform(caseId, Transition.CLOSE, TestCases.INSPECTOR, null, v).version();
    }

    long staff(String badge) {
        return ((Number) em.createNativeQuery("select id from staff where badge_no = ?1").setParameter(1, badge)
                .getSingleResult()).longValue();
    }

    /** The reporter's sealed name (null once erased) and the day the case is kept until. */
    Object[] kept(long caseId) {
        return QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery("""
                select r.reporter_name_enc, c.archived_until,
                       (select count(*) from case_event e where e.case_id = c.id and e.action = 'PERSONAL_DATA_ERASED'),
                       (select f.finding from false_accusation f where f.case_id = c.id)
                from case_file c join report r on r.id = c.report_id where c.id = ?1""").setParameter(1, caseId)
                .getSingleResult());
    }

    void sweep() {
        while (retention.eraseDue() > 0) {
            // every batch due today
        }
    }

    @Test
    void shouldKeepACaseWithDispositionsSealedForTheArchivePeriodAndEraseTheOthersAtFiveYears() {
        at("2020-07-01T10:00:00");
        long sanctioned = closedCase("端木守正", Conclusion.SUBSTANTIATED);
        assertTrue(accountability.dispose(sanctioned, staff("LL0301"), DispositionKind.DEMERIT,
                LocalDate.parse("2020-07-01"), null, "inspector-a").isEmpty());
        close(sanctioned);
        long accused = closedCase("端木妄言", Conclusion.UNSUBSTANTIATED);
        assertTrue(nameClearings.falseAccusation(accused, new NameClearings.Referral("捏造事实，意图使工作人员受到处分。",
                FalseAccusation.PassedTo.PUBLIC_SECURITY, "永州市公安局零陵分局", LocalDate.parse("2020-07-01")),
                "inspector-a").isEmpty());
        close(accused);
        long plain = closedCase("端木平常", Conclusion.UNSUBSTANTIATED);
        close(plain);

        at("2025-07-02T10:00:00"); // five years and a day
        sweep();
        assertNull(kept(plain)[0], "a case nobody was dealt with in is erased at five years");
        for (long id : new long[] { sanctioned, accused }) {
            Object[] row = kept(id);
            assertNotNull(row[0], "the reporter of case " + id + " is kept for the archive");
            assertEquals(LocalDate.parse("2050-07-01"),
                    row[1] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) row[1]);
            assertEquals(0L, ((Number) row[2]).longValue());
        }
        assertEquals("捏造事实，意图使工作人员受到处分。", kept(accused)[3]);
        given().auth().oauth2(StaffClient.token("inspector-he", "inspector")).get("/staff/cases/" + sanctioned).then()
                .statusCode(200).body(containsString("转为档案封存保管"), containsString("2050-07-01"),
                        not(containsString("举报人个人信息和证据已清除")));
        // a sanction's appeal can still be recorded on the kept case
        long demerit = QuarkusTransaction.requiringNew().call(() -> Disposition.ofCase(sanctioned).get(0).id);
        assertTrue(accountability.lodgeAppeal(sanctioned, demerit, AppealKind.REVIEW, LocalDate.parse("2025-07-02"),
                "本人对处分不服，申请复核。", "inspector-a").isEmpty());

        at("2050-07-01T10:00:00"); // the last day of the archive period
        sweep();
        assertNotNull(kept(sanctioned)[0]);
        at("2050-07-02T10:00:00");
        sweep();
        for (long id : new long[] { sanctioned, accused }) {
            Object[] row = kept(id);
            assertNull(row[0], "erased once the archive period is over: case " + id);
            assertEquals(1L, ((Number) row[2]).longValue());
        }
        assertEquals("（保存期满，已清除）", kept(accused)[3]);
    }
}
