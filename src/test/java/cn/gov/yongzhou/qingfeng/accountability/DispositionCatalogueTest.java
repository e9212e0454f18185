package cn.gov.yongzhou.qingfeng.accountability;

import static cn.gov.yongzhou.qingfeng.support.TestClock.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.yongzhou.qingfeng.casework.Casework;
import cn.gov.yongzhou.qingfeng.casework.Conclusion;
import cn.gov.yongzhou.qingfeng.shared.web.FieldErrors;
import cn.gov.yongzhou.qingfeng.support.TestCases;
import cn.gov.yongzhou.qingfeng.support.TestReports;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The catalogue of dispositions, several per person, appeals and the history a change leaves. */
@QuarkusTest
class DispositionCatalogueTest {

    @Inject
    Casework casework;

    @Inject
    Accountability accountability;

    @Inject
    AccountabilityViews views;

    @Inject
    EntityManager em;

    long foundCase() {
        Map<String, String> form = TestReports.valid();
        form.put("occurredDate", "2026-06-01");
        String receipt = TestReports.api(form).post("/api/v1/reports").then().statusCode(201).extract().path("receipt");
        long id = TestReports.caseOf(em, receipt);
        TestCases.conclude(casework, em, id, "LL-JW", Conclusion.SUBSTANTIATED);
        return id;
    }

    long staff(String badge) {
        return ((Number) em.createNativeQuery("select id from staff where badge_no = ?1").setParameter(1, badge)
                .getSingleResult()).longValue();
    }

    static List<String> keys(FieldErrors errors) {
        return errors.all().stream().map(e -> e.field() + ":" + e.key()).toList();
    }

    AccountabilityViews.DispositionRow row(long caseId, DispositionKind kind) {
        return view(caseId).dispositions().stream().filter(d -> d.kind() == kind).findFirst().orElseThrow();
    }

    /** The case page as the next request sees it. */
    AccountabilityViews.CaseView view(long caseId) {
        return QuarkusTransaction.requiringNew().call(() -> views.ofCase(caseId).orElseThrow());
    }

    @Test
    void shouldRecordSeveralDispositionsFromDifferentRulesForOnePerson() {
        at("2026-06-08T10:00:00");
        long id = foundCase();
        long s = staff("LL0301");
        LocalDate day = LocalDate.parse("2026-06-08");
        assertEquals(List.of(), keys(accountability.dispose(id, s, DispositionKind.WARNING, day, null, "insp")));
        assertEquals(List.of(), keys(accountability.dispose(id, s, DispositionKind.PARTY_WARNING, day, null, "insp")));
        assertEquals(List.of(), keys(accountability.dispose(id, s, DispositionKind.REMOVED_FROM_WINDOW, day, null, "insp")));
        assertEquals(List.of(), keys(accountability.dispose(id, s, DispositionKind.PROCURATORATE_TRANSFER, day,
                "涉嫌受贿，移送区检察院", "insp")));
        // 留党察看 needs its period
        assertEquals(List.of("probationMonths:acc.error.probation"),
                keys(accountability.dispose(id, s, DispositionKind.PARTY_PROBATION, null, day, null, "insp")));
        assertEquals(List.of("probationMonths:acc.error.probation"),
                keys(accountability.dispose(id, s, DispositionKind.PARTY_PROBATION, 18, day, null, "insp")));
        assertEquals(List.of(), keys(accountability.dispose(id, s, DispositionKind.PARTY_PROBATION, 24, day, null, "insp")));
        AccountabilityViews.DispositionRow probation = row(id, DispositionKind.PARTY_PROBATION);
        assertEquals(24, probation.probationMonths());
        assertEquals(LocalDate.parse("2028-06-07"), probation.effectUntil());
        assertEquals(List.of(DispositionKind.WARNING, DispositionKind.PARTY_WARNING, DispositionKind.REMOVED_FROM_WINDOW,
                DispositionKind.PROCURATORATE_TRANSFER, DispositionKind.PARTY_PROBATION),
                view(id).dispositions().stream().map(AccountabilityViews.DispositionRow::kind).toList());
    }

    @Test
    void shouldKeepTheHistoryWhenAnAppealChangesAndThenRevokesASanction() {
        at("2026-06-09T10:00:00");
        long id = foundCase();
        long s = staff("LL0302");
        assertEquals(List.of(), keys(accountability.dispose(id, s, DispositionKind.DEMERIT, LocalDate.parse("2026-06-09"),
                null, "insp")));
        long dispositionId = row(id, DispositionKind.DEMERIT).id();
        assertEquals(LocalDate.parse("2027-06-08"), row(id, DispositionKind.DEMERIT).effectUntil());

        at("2026-06-20T10:00:00");
        // the appeal form: everything missing, then a date before the decision
        assertEquals(List.of("appealKind:acc.error.appealKind", "lodgedOn:acc.error.date", "grounds:acc.error.grounds"),
                keys(accountability.lodgeAppeal(id, dispositionId, null, null, " ", "insp")));
        assertEquals(List.of("lodgedOn:acc.error.appealDate"), keys(accountability.lodgeAppeal(id, dispositionId,
                AppealKind.APPEAL, LocalDate.parse("2026-06-08"), "处分过重", "insp")));
        assertEquals(List.of(), keys(accountability.lodgeAppeal(id, dispositionId, AppealKind.APPEAL,
                LocalDate.parse("2026-06-15"), "处分过重", "insp")));
        // one open at a time
        assertEquals(List.of("appealKind:acc.error.appealOpen"), keys(accountability.lodgeAppeal(id, dispositionId,
                AppealKind.REVIEW, LocalDate.parse("2026-06-16"), "再次", "insp")));
        long appeal = row(id, DispositionKind.DEMERIT).openAppeal().id();
        // the decision form: a change needs the new kind, and a different one
        assertEquals(List.of("outcome:acc.error.outcome", "appealDecidedOn:acc.error.date",
                "appealReasons:acc.error.reasons"),
                keys(accountability.decideAppeal(id, appeal, null, null, null, null, "", "insp")));
        assertEquals(List.of("newKind:acc.error.sameKind"), keys(accountability.decideAppeal(id, appeal,
                AppealOutcome.CHANGED, DispositionKind.DEMERIT, null, LocalDate.parse("2026-06-20"), "改", "insp")));
        assertEquals(List.of(), keys(accountability.decideAppeal(id, appeal, AppealOutcome.CHANGED,
                DispositionKind.WARNING, null, LocalDate.parse("2026-06-20"), "情节较轻，改为警告", "insp")));

        AccountabilityViews.DispositionRow changed = row(id, DispositionKind.WARNING);
        assertEquals(dispositionId, changed.id());
        // the period counts from the original decision
        assertEquals(LocalDate.parse("2026-12-08"), changed.effectUntil());
        assertEquals(1, changed.history().size());
        assertEquals(DispositionKind.DEMERIT, changed.history().get(0).fromKind());
        assertEquals(LocalDate.parse("2027-06-08"), changed.history().get(0).fromEffectUntil());
        assertEquals(AppealOutcome.CHANGED, changed.appeals().get(0).outcome());
        assertNull(changed.openAppeal());

        // 复核 by the body above revokes it: the record stays, the sanction no longer runs
        at("2026-07-01T10:00:00");
        assertEquals(List.of(), keys(accountability.lodgeAppeal(id, dispositionId, AppealKind.REVIEW,
                LocalDate.parse("2026-06-25"), "事实不清", "insp")));
        long review = row(id, DispositionKind.WARNING).openAppeal().id();
        assertEquals(List.of(), keys(accountability.decideAppeal(id, review, AppealOutcome.REVOKED, null, null,
                LocalDate.parse("2026-07-01"), "证据不足，撤销处分", "insp-up")));
        AccountabilityViews.DispositionRow revoked = row(id, DispositionKind.WARNING);
        assertEquals(LocalDate.parse("2026-07-01"), revoked.revokedOn());
        assertFalse(revoked.inEffect());
        assertEquals(List.of(DispositionChange.Change.CHANGED, DispositionChange.Change.REVOKED),
                revoked.history().stream().map(AccountabilityViews.ChangeRow::change).toList());
        AccountabilityViews.StaffRecord before = QuarkusTransaction.requiringNew()
                .call(() -> views.staff(s, LocalDate.parse("2026-06-30")).orElseThrow());
        assertTrue(before.dispositions().stream().anyMatch(d -> d.caseId() == id && d.inEffect()),
                "in effect the day before the revocation");
    }
}
