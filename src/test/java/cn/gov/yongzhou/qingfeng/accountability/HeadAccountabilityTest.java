package cn.gov.yongzhou.qingfeng.accountability;

import static cn.gov.yongzhou.qingfeng.support.TestClock.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Head accountability as the 问责条例 has it: collective, the employing unit's head, no way out of rule 9. */
@QuarkusTest
class HeadAccountabilityTest {

    static final Accountability.Collective MEETING = new Accountability.Collective("区纪委常委会会议",
            LocalDate.parse("2026-04-20"), "示例书记甲、示例副书记乙");

    @Inject
    Casework casework;

    @Inject
    Accountability accountability;

    @Inject
    EntityManager em;

    long found(String window, String badge, String occurred) {
        Map<String, String> form = TestReports.valid();
        form.put("window", window);
        form.put("accusedBadge", badge);
        form.put("occurredDate", occurred);
        String receipt = TestReports.api(form).post("/api/v1/reports").then().statusCode(201).extract().path("receipt");
        long id = TestReports.caseOf(em, receipt);
        TestCases.conclude(casework, em, id, "LL-JW", Conclusion.SUBSTANTIATED);
        return id;
    }

    record Matter(long id, String unit, String head, HeadDecision decision, boolean decided, boolean awaiting,
            HeadDecision before, long documents) {
    }

    Matter matter(long caseId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            AccountabilityMatter m = AccountabilityMatter.ofCase(caseId).get(0);
            long docs = ((Number) em.createNativeQuery(
                    "select count(*) from case_document where case_id = ?1 and kind = 'ACCOUNTABILITY_DECISION'")
                    .setParameter(1, caseId).getSingleResult()).longValue();
            return new Matter(m.id, m.unit.code, m.head == null ? null : m.head.name, m.decision, m.decided(),
                    m.awaitingApproval(), m.decisionBeforeAppeal, docs);
        });
    }

    static List<String> fields(FieldErrors errors) {
        return errors.all().stream().map(FieldErrors.Error::field).toList();
    }

    @ParameterizedTest(name = "conduct on {0}: {1} of {2}")
    @CsvSource({
            // the police household window of the centre is staffed by 零陵区公安分局: its head of the day answers
            "2021-12-30, LL-GA, 示例局长甲",
            "2022-01-04, LL-GA, 示例局长乙" })
    void shouldHoldTheHeadOfTheEmployingUnitOnTheDayOfTheConductAccountable(String occurred, String unit,
            String head) {
        at("2022-01-10T10:00:00");
        Matter m = matter(found("LL-05", "LL0501", occurred));
        assertEquals(unit, m.unit());
        assertEquals(head, m.head());
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            // a collective decision names the meeting, its day and two approvers at least
            "CIRCULATION |               |                  | 会议 | 2026-04-20 | 甲、乙 | ",
            "CIRCULATION |               |                  |      | 2026-04-20 | 甲、乙 | meeting",
            "CIRCULATION |               |                  | 会议 |            | 甲、乙 | meetingOn",
            "CIRCULATION |               |                  | 会议 | 2026-04-22 | 甲、乙 | meetingOn",
            "CIRCULATION |               |                  | 会议 | 2026-04-20 | 甲     | approvers",
            "CIRCULATION |               |                  | 会议 | 2026-04-20 | 甲, 甲 | approvers",
            // 检查 is for Party organisations, not offered for a head
            "SELF_CRITICISM |            |                  | 会议 | 2026-04-20 | 甲、乙 | decision",
            // 容错纠错 is applied for by the head; for petty corruption it also needs a justification
            "EXEMPTED    |               | 改革探索中的失误 | 会议 | 2026-04-20 | 甲、乙 | toleranceAppliedOn",
            "EXEMPTED    | 2026-04-15    |                  | 会议 | 2026-04-20 | 甲、乙 | justification",
            "NOT_ACCOUNTABLE |           |                  | 会议 | 2026-04-20 | 甲、乙 | justification",
            "EXEMPTED    | 2026-04-15    | 改革探索中的失误 | 会议 | 2026-04-20 | 甲、乙 | " })
    void shouldRefuseAnIncompleteDecision(HeadDecision decision, LocalDate applied, String justification,
            String meeting, LocalDate meetingOn, String approvers, String error) {
        at("2026-04-21T10:00:00");
        long caseId = found("LL-03", "LL0301", "2026-04-10");
        FieldErrors errors = accountability.decide(matter(caseId).id(), decision, "理由", new Accountability.Collective(
                meeting, meetingOn, approvers), applied, justification, "insp-a");
        assertEquals(error == null ? List.of() : List.of(error), fields(errors));
    }

    @Test
    void shouldLetNoPettyCorruptionMatterEndWithoutAccountabilityUntilASecondInspectorApproves() {
        at("2026-04-21T10:00:00");
        long caseId = found("LL-03", "LL0301", "2026-04-10");
        long id = matter(caseId).id();
        assertEquals(List.of(), fields(accountability.decide(id, HeadDecision.NOT_ACCOUNTABLE,
                "该负责人已建立窗口廉政制度并多次检查。", MEETING, null, "事发前已按规定开展廉政教育和明察暗访，履职到位。", "insp-a")));
        Matter waiting = matter(caseId);
        assertTrue(waiting.awaiting());
        assertFalse(waiting.decided(), "still open until approved");
        assertEquals(0, waiting.documents(), "no 问责决定书 before approval");
        assertTrue(AccountabilityMatter.open().stream().anyMatch(m -> m.id.equals(id)));
        assertEquals(List.of("approval"), fields(accountability.approveDecision(id, "insp-a")));
        assertEquals(List.of(), fields(accountability.approveDecision(id, "insp-b")));
        Matter approved = matter(caseId);
        assertTrue(approved.decided());
        assertEquals(1, approved.documents());
    }

    @Test
    void shouldRecordTheHeadsAppealAndKeepTheDecisionItChanged() {
        at("2026-04-21T10:00:00");
        long caseId = found("LL-03", "LL0301", "2026-04-10");
        long id = matter(caseId).id();
        assertEquals(List.of(), fields(accountability.decide(id, HeadDecision.ORGANISATIONAL, "失管失察。", MEETING,
                null, null, "insp-a")));
        assertEquals(1, matter(caseId).documents(), "the 问责决定书 drafted at once");
        at("2026-05-06T10:00:00");
        assertEquals(List.of("lodgedOn", "grounds"), fields(accountability.lodgeHeadAppeal(id, null, "", "insp-a")));
        assertEquals(List.of(), fields(accountability.lodgeHeadAppeal(id, LocalDate.parse("2026-04-30"),
                "事发时本人在外学习，已委托副主任主持工作。", "insp-a")));
        assertEquals(List.of("changedTo"), fields(accountability.decideHeadAppeal(id, AppealOutcome.CHANGED,
                HeadDecision.EXEMPTED, LocalDate.parse("2026-05-06"), "改为诫勉", "insp-c")));
        assertEquals(List.of(), fields(accountability.decideHeadAppeal(id, AppealOutcome.CHANGED,
                HeadDecision.ADMONITION, LocalDate.parse("2026-05-06"), "情节较轻，改为诫勉。", "insp-c")));
        Matter changed = matter(caseId);
        assertEquals(HeadDecision.ADMONITION, changed.decision());
        assertEquals(HeadDecision.ORGANISATIONAL, changed.before());
    }
}
