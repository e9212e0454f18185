package cn.gov.yongzhou.qingfeng.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.yongzhou.qingfeng.directory.Unit;
import cn.gov.yongzhou.qingfeng.followthrough.FollowThrough;
import cn.gov.yongzhou.qingfeng.followthrough.SatisfactionLevel;
import cn.gov.yongzhou.qingfeng.support.TestCases;
import cn.gov.yongzhou.qingfeng.support.TestClock;
import cn.gov.yongzhou.qingfeng.support.TestReports;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The read models of V40__read_model.sql say in SQL what their Java twins say, so a figure means the same on a page
 * computed in Java and in a report computed in SQL: the area of a unit, a found conclusion, a counted limit, the
 * Beijing date of receipt, a satisfied or a bad rating.
 */
@QuarkusTest
class ReadModelTest {

    @Inject
    EntityManager em;

    @Inject
    Casework casework;

    @Inject
    Telling telling;

    @Inject
    FollowThrough followThrough;

    @Test
    void shouldGiveEveryUnitTheAreaThatTheDirectoryGivesIt() {
        QuarkusTransaction.requiringNew().run(() -> {
            Map<Long, Long> view = new HashMap<>();
            for (Object o : em.createNativeQuery("select unit_id, area_id from unit_area").getResultList()) {
                Object[] row = (Object[]) o;
                view.put(((Number) row[0]).longValue(), row[1] == null ? null : ((Number) row[1]).longValue());
            }
            List<Unit> units = Unit.listEvery();
            assertEquals(units.size(), view.size(), "one row per unit");
            for (Unit u : units) {
                assertEquals(u.area().map(a -> a.id).orElse(null), view.get(u.id), "the area of " + u.code);
            }
            assertTrue(view.values().stream().anyMatch(a -> a == null), "city-level units have none");
        });
    }

    long filed(String beijingTime, String occurredOn) {
        TestClock.at(beijingTime);
        Map<String, String> form = TestReports.valid();
        form.put("occurredDate", occurredOn);
        String receipt = TestReports.api(form).post("/api/v1/reports").then().statusCode(201).extract().path("receipt");
        return TestReports.caseOf(em, receipt);
    }

    Object[] fact(long caseId) {
        return QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                "select received_on, found, conclusion from case_fact where case_id = ?1").setParameter(1, caseId)
                .getSingleResult());
    }

    @Test
    void shouldDateAReceiptByTheBeijingDayAndFindWhatConclusion_foundFinds() {
        // 00:30 in Beijing is still the day before in UTC
        long early = filed("2026-03-02T00:30:00", "2026-03-01");
        assertEquals(LocalDate.of(2026, 3, 2), date(fact(early)[0]));
        for (Conclusion conclusion : Conclusion.values()) {
            long id = filed("2026-03-03T10:00:00", "2026-03-01");
            assertEquals(false, fact(id)[1], "not found before a conclusion");
            TestCases.conclude(casework, em, id, "LL-JW", conclusion);
            assertEquals(conclusion.found(), fact(id)[1], conclusion.name());
        }
    }

    @Test
    void shouldCountTheLimitsThatDeadlineStage_countedCounts() {
        long id = filed("2026-03-04T10:00:00", "2026-03-01");
        TestCases.conclude(casework, em, id, "LL-JW", Conclusion.SUBSTANTIATED);
        // the objection window runs from the day the result was given (art. 22)
        assertEquals(null, telling.recordByStaff(id, DeadlineStage.RESULT_NOTICE, ReporterNotice.Method.CALL,
                java.time.OffsetDateTime.parse("2026-03-04T10:00:00+08:00"), "告知处理结果", null, "inspector-he"));
        List<?> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select stage, counted from case_limit where case_id = ?1").setParameter(1, id).getResultList());
        assertTrue(rows.size() >= 6, "acceptance, its notice, investigation, review, result notice, objection");
        boolean objection = false;
        for (Object o : rows) {
            Object[] row = (Object[]) o;
            DeadlineStage stage = DeadlineStage.valueOf((String) row[0]);
            objection |= stage == DeadlineStage.OBJECTION;
            assertEquals(stage.counted(), row[1], stage.name());
        }
        assertTrue(objection, "the reporter's objection window is among them, and not counted");
    }

    @Test
    void shouldGiveEveryUnitTheDisciplineBodyThatUnit_nearestGivesIt() {
        QuarkusTransaction.requiringNew().run(() -> {
            Map<Long, Long> view = new HashMap<>();
            for (Object o : em.createNativeQuery("select unit_id, body_id from unit_discipline_body").getResultList()) {
                Object[] row = (Object[]) o;
                view.put(((Number) row[0]).longValue(), row[1] == null ? null : ((Number) row[1]).longValue());
            }
            for (Unit u : Unit.listEvery()) {
                assertEquals(Unit.nearest(cn.gov.yongzhou.qingfeng.directory.UnitKind.DISCIPLINE_BODY,
                        u.area().orElse(null)).map(b -> b.id).orElse(null), view.get(u.id), "the body of " + u.code);
            }
        });
    }

    @Test
    void shouldChargeEachLimitToTheBodyThatCaseFile_responsibleForNames() {
        // handled by a unit that is not the discipline body, so the two kinds of limit part ways
        long id = filed("2026-03-04T10:00:00", "2026-03-01");
        TestCases.conclude(casework, em, id, "LL-GA", Conclusion.SUBSTANTIATED);
        QuarkusTransaction.requiringNew().run(() -> {
            CaseFile file = CaseFile.findById(id);
            Unit accused = Unit.findByCode("LL-ZWFW").orElseThrow();
            List<?> rows = em.createNativeQuery("select stage, charged_unit_id from case_limit where case_id = ?1")
                    .setParameter(1, id).getResultList();
            java.util.Set<String> charged = new java.util.TreeSet<>();
            for (Object o : rows) {
                Object[] row = (Object[]) o;
                DeadlineStage stage = DeadlineStage.valueOf((String) row[0]);
                Unit expected = file.responsibleFor(stage, accused).orElseThrow();
                assertEquals(expected.id, ((Number) row[1]).longValue(), stage.name());
                charged.add(stage + "→" + expected.code);
            }
            assertTrue(charged.contains("INVESTIGATION→LL-GA") && charged.contains("ACCEPTANCE→LL-JW")
                    && charged.contains("REVIEW→LL-JW"), charged.toString());
            assertEquals(Unit.findByCode("LL-JW").orElseThrow().id, ((Number) em.createNativeQuery(
                    "select body_id from case_fact where case_id = ?1").setParameter(1, id).getSingleResult())
                    .longValue(), "the body that runs the case");
        });
    }

    @Test
    void shouldRateAsSatisfactionLevelRates() {
        for (SatisfactionLevel level : SatisfactionLevel.values()) {
            TestClock.at("2026-03-05T10:00:00");
            Map<String, String> form = TestReports.valid();
            form.put("occurredDate", "2026-03-01");
            String receipt = TestReports.api(form).post("/api/v1/reports").then().statusCode(201).extract()
                    .path("receipt");
            long id = TestReports.caseOf(em, receipt);
            TestCases.conclude(casework, em, id, "LL-JW", Conclusion.UNSUBSTANTIATED);
            assertTrue(followThrough.rate(id, level, null).isEmpty(), "rated " + level);
            Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                    "select satisfied, dissatisfied from case_rating where case_id = ?1").setParameter(1, id)
                    .getSingleResult());
            assertEquals(level.satisfied(), row[0], level + " satisfied");
            assertEquals(level.bad(), row[1], level + " bad");
            assertFalse(level.satisfied() && level.bad());
        }
    }

    private static LocalDate date(Object o) {
        return o instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) o;
    }
}
