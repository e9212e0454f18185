package cn.gov.yongzhou.qingfeng.accountability;

import static cn.gov.yongzhou.qingfeng.support.TestClock.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.yongzhou.qingfeng.casework.Casework;
import cn.gov.yongzhou.qingfeng.casework.Chasing;
import cn.gov.yongzhou.qingfeng.casework.Conclusion;
import cn.gov.yongzhou.qingfeng.casework.DeadlineStage;
import cn.gov.yongzhou.qingfeng.shared.web.FieldErrors;
import cn.gov.yongzhou.qingfeng.shared.web.Messages;
import cn.gov.yongzhou.qingfeng.support.TestCases;
import cn.gov.yongzhou.qingfeng.support.TestReports;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AccountabilityTest {

    @Inject
    Casework casework;

    @Inject
    Accountability accountability;

    @Inject
    Chasing chasing;

    @Inject
    EntityManager em;

    long file(Map<String, String> form) {
        String receipt = TestReports.api(form).post("/api/v1/reports").then().statusCode(201).extract().path("receipt");
        return TestReports.caseOf(em, receipt);
    }

    /** Files a report now, and takes it to a conclusion by the end of the same day. */
    long concluded(Map<String, String> form, String handlingUnit, Conclusion conclusion) {
        long id = file(form);
        TestCases.conclude(casework, em, id, handlingUnit, conclusion);
        return id;
    }

    @Transactional
    List<AccountabilityMatter> matters(long caseId) {
        List<AccountabilityMatter> matters = AccountabilityMatter.ofCase(caseId);
        matters.forEach(m -> {
            m.unit.code.length();
            if (m.head != null) {
                m.head.name.length();
            }
        });
        return matters;
    }

    Map<String, String> pettyCorruptionOn(String occurred) {
        Map<String, String> form = TestReports.valid();
        form.put("occurredDate", occurred);
        return form;
    }

    @Test
    void shouldHoldTheHeadAtTheTimeOfTheConductAccountableNotTodaysHead() {
        // 零陵区政务服务中心: 示例主任甲 until 2024-02-29, 示例主任乙 from 2024-03-01
        at("2024-04-10T10:00:00");
        long before = concluded(pettyCorruptionOn("2024-02-28"), "LL-JW", Conclusion.SUBSTANTIATED);
        long after = concluded(pettyCorruptionOn("2024-03-01"), "LL-JW", Conclusion.PARTLY_SUBSTANTIATED);

        List<AccountabilityMatter> first = matters(before);
        assertEquals(1, first.size());
        AccountabilityMatter matter = first.get(0);
        assertEquals(MatterTrigger.PETTY_CORRUPTION, matter.trigger);
        assertEquals("LL-ZWFW", matter.unit.code, "the accused's unit, not the body that handled the case");
        assertEquals("示例主任甲", matter.head.name);
        assertEquals(LocalDate.parse("2024-02-28"), matter.countedOn);
        // decision due in 30 working days from 2024-04-10: 15 to 04-30 with the make-up Sunday 04-28, 劳动节
        // 05-01..05 off, 06..10 make 20, the make-up Saturday 05-11 21, then 13..17 and 20..23
        assertEquals(LocalDate.parse("2024-05-23"), matter.dueOn);
        assertEquals("示例主任乙", matters(after).get(0).head.name);
    }

    @Test
    void shouldOpenNothingForAnUnsubstantiatedCase() {
        at("2024-04-11T10:00:00");
        long id = concluded(pettyCorruptionOn("2024-04-01"), "LL-JW", Conclusion.UNSUBSTANTIATED);
        assertEquals(List.of(), matters(id));
    }

    Map<String, String> arrogantServiceAtCityFinance(String occurred) {
        Map<String, String> form = TestReports.valid();
        form.put("category", "ARROGANT_SERVICE");
        form.put("subcategory", "HARD_FACE");
        form.put("unit", "CITY-CZ");
        form.remove("window");
        form.remove("accusedBadge");
        form.put("place", "市财政局 办事大厅");
        form.put("occurredDate", occurred);
        return form;
    }

    @Test
    void shouldOpenAMatterWhenTheUnitCrossesTheArrogantServiceThresholdInTwelveMonths() {
        at("2025-01-10T10:00:00");
        long old = concluded(arrogantServiceAtCityFinance("2025-01-08"), "CITY-CZ", Conclusion.SUBSTANTIATED);
        at("2025-12-20T10:00:00");
        long second = concluded(arrogantServiceAtCityFinance("2025-12-18"), "CITY-CZ", Conclusion.SUBSTANTIATED);
        at("2026-01-15T10:00:00");
        long third = concluded(arrogantServiceAtCityFinance("2026-01-14"), "CITY-CZ", Conclusion.PARTLY_SUBSTANTIATED);
        at("2026-01-16T10:00:00");
        long notFound = concluded(arrogantServiceAtCityFinance("2026-01-14"), "CITY-CZ", Conclusion.UNSUBSTANTIATED);
        assertEquals(List.of(), matters(old));
        assertEquals(List.of(), matters(third), "the one from January 2025 is out of the window: two in twelve months");
        assertEquals(List.of(), matters(notFound), "an unsubstantiated case does not count");

        at("2026-02-02T10:00:00");
        long fourth = concluded(arrogantServiceAtCityFinance("2026-01-30"), "CITY-CZ", Conclusion.SUBSTANTIATED);
        List<AccountabilityMatter> opened = matters(fourth);
        assertEquals(1, opened.size(), "three in the twelve months to 2026-02-02");
        assertEquals(MatterTrigger.REPEATED_ARROGANT_SERVICE, opened.get(0).trigger);
        assertEquals("示例局长甲", opened.get(0).head.name);

        at("2026-02-03T10:00:00");
        long fifth = concluded(arrogantServiceAtCityFinance("2026-02-02"), "CITY-CZ", Conclusion.SUBSTANTIATED);
        assertEquals(List.of(), matters(fifth), "one open matter at a time for the same unit");
        assertTrue(second > 0);
    }

    @Test
    void shouldOpenAMatterForTheBodyThatLetALimitStayOverdueAfterEscalation() {
        at("2026-02-12T10:00:00");
        long id = file(pettyCorruptionOn("2026-02-11"));
        // nobody accepts it: due 02-26, escalated 02-27, still overdue five working days later
        at("2026-02-27T09:00:00");
        chasing.sweep();
        assertEquals(List.of(), matters(id));
        at("2026-03-05T09:00:00");
        chasing.sweep();
        chasing.sweep();
        List<AccountabilityMatter> opened = matters(id);
        assertEquals(1, opened.size(), "once, however often the sweep runs");
        AccountabilityMatter matter = opened.get(0);
        assertEquals(MatterTrigger.OVERDUE_AFTER_ESCALATION, matter.trigger);
        assertEquals(DeadlineStage.ACCEPTANCE, matter.stage);
        assertEquals("LL-JW", matter.unit.code, "the discipline body that had to accept it");
        assertEquals(LocalDate.parse("2026-02-26"), matter.countedOn);
    }

    @Test
    void shouldDecideAMatterOnceAndOnlyWithWrittenReasons() {
        at("2024-04-12T10:00:00");
        long id = concluded(pettyCorruptionOn("2024-04-02"), "LL-JW", Conclusion.SUBSTANTIATED);
        long matterId = matters(id).get(0).id;

        Accountability.Collective meeting = new Accountability.Collective("区纪委常委会会议", LocalDate.parse("2024-04-11"),
                "示例书记甲、示例副书记乙");
        FieldErrors noReasons = accountability.decide(matterId, HeadDecision.EXEMPTED, " ", meeting,
                LocalDate.parse("2024-04-08"), null, "inspector-he");
        assertEquals("免予问责须写明容错纠错的理由。", noReasons.message("reasons", Messages.CHINESE));
        assertFalse(matters(id).get(0).decided(), "nothing stored");

        FieldErrors none = accountability.decide(matterId, HeadDecision.CIRCULATION, "单位主要负责人对窗口人员疏于管理。",
                meeting, null, null, "inspector-he");
        assertTrue(none.isEmpty());
        AccountabilityMatter decided = matters(id).get(0);
        assertEquals(HeadDecision.CIRCULATION, decided.decision);
        assertEquals(LocalDate.parse("2024-04-12"), decided.decidedOn);

        FieldErrors again = accountability.decide(matterId, HeadDecision.CIRCULATION, "改变主意", meeting, null, null,
                "inspector-he");
        assertTrue(again.has("decision"));
        assertEquals(HeadDecision.CIRCULATION, matters(id).get(0).decision);
    }

    @Transactional
    long staffId(String badge) {
        return ((Number) em.createNativeQuery("select id from staff where badge_no = ?1").setParameter(1, badge)
                .getSingleResult()).longValue();
    }

    @Transactional
    List<Disposition> dispositions(long caseId) {
        List<Disposition> list = Disposition.ofCase(caseId);
        list.forEach(d -> d.staff.name.length());
        return list;
    }

    @Test
    void shouldRecordASanctionWithItsEffectPeriodOnlyForAFoundCase() {
        at("2026-03-02T10:00:00");
        long found = concluded(pettyCorruptionOn("2026-02-27"), "LL-JW", Conclusion.SUBSTANTIATED);
        long staff = staffId("LL0301");
        FieldErrors future = accountability.dispose(found, staff, DispositionKind.WARNING, LocalDate.parse("2026-03-03"),
                null, "inspector-he");
        assertTrue(future.has("decidedOn"));
        assertEquals(List.of(), dispositions(found));

        assertTrue(accountability.dispose(found, staff, DispositionKind.DEMERIT, LocalDate.parse("2026-03-02"),
                "记过处分", "inspector-he").isEmpty());
        Disposition d = dispositions(found).get(0);
        assertEquals(LocalDate.parse("2027-03-01"), d.effectUntil);
        assertTrue(d.inEffectOn(LocalDate.parse("2027-03-01")));
        assertFalse(d.inEffectOn(LocalDate.parse("2027-03-02")));
        assertTrue(accountability.dispose(found, staff, DispositionKind.DEMERIT, LocalDate.parse("2026-03-02"),
                null, "inspector-he").has("kind"), "the same disposition twice is refused");

        long unfounded = concluded(pettyCorruptionOn("2026-02-27"), "LL-JW", Conclusion.UNSUBSTANTIATED);
        assertTrue(accountability.dispose(unfounded, staff, DispositionKind.WARNING, LocalDate.parse("2026-03-02"),
                null, "inspector-he").has("case"));
    }
}
