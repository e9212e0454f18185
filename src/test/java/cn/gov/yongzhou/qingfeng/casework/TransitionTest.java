package cn.gov.yongzhou.qingfeng.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The life cycle of DOMAIN.md, written out by hand, against every state × role × transition. */
class TransitionTest {

    /** state, role, transition → new state: everything that is allowed. Anything else is refused. */
    @ParameterizedTest(name = "{1} may {2} a {0} case → {3}")
    @CsvSource({
            "REGISTERED,         INSPECTOR, ACCEPT,           ACCEPTED",
            "REGISTERED,         INSPECTOR, REJECT,           REJECTED",
            "REGISTERED,         INSPECTOR, TRANSFER,         TRANSFERRED",
            // art. 17: the four ways after acceptance, and 移送
            "ACCEPTED,           INSPECTOR, INQUIRE,          INQUIRING",
            "ACCEPTED,           INSPECTOR, ASSIGN,           ASSIGNED",
            "ACCEPTED,           INSPECTOR, HOLD,             HELD",
            "ACCEPTED,           INSPECTOR, DISMISS,          CONCLUDED",
            "ACCEPTED,           INSPECTOR, REFER,            REFERRED",
            "INQUIRING,          INSPECTOR, CONCLUDE_INQUIRY, CONCLUDED",
            "INQUIRING,          INSPECTOR, ASSIGN,           ASSIGNED",
            "INQUIRING,          INSPECTOR, HOLD,             HELD",
            "INQUIRING,          INSPECTOR, DISMISS,          CONCLUDED",
            "INQUIRING,          INSPECTOR, REFER,            REFERRED",
            "HELD,               INSPECTOR, INQUIRE,          INQUIRING",
            "HELD,               INSPECTOR, ASSIGN,           ASSIGNED",
            "HELD,               INSPECTOR, DISMISS,          CONCLUDED",
            "ASSIGNED,           HANDLER,   SIGN_FOR,         SIGNED_FOR",
            "SIGNED_FOR,         HANDLER,   SUBMIT_FINDINGS,  FINDINGS_SUBMITTED",
            "FINDINGS_SUBMITTED, INSPECTOR, APPROVE,          CONCLUDED",
            "FINDINGS_SUBMITTED, INSPECTOR, SEND_BACK,        SIGNED_FOR",
            "FINDINGS_SUBMITTED, INSPECTOR, REFER,            REFERRED",
            "CONCLUDED,          REPORTER,  OBJECT,           UNDER_REVIEW",
            "CLOSED,             REPORTER,  OBJECT,           UNDER_REVIEW",
            "UNDER_REVIEW,       INSPECTOR, UPHOLD,           CONCLUDED",
            "UNDER_REVIEW,       INSPECTOR, ASSIGN,           ASSIGNED",
            "CONCLUDED,          INSPECTOR, CLOSE,            CLOSED",
            // art. 14: a repeat of the same matter merged (并案) before any verification of its own, and split off again
            "REGISTERED,         INSPECTOR, MERGE,            MERGED",
            "ACCEPTED,           INSPECTOR, MERGE,            MERGED",
            "HELD,               INSPECTOR, MERGE,            MERGED",
            "MERGED,             INSPECTOR, SPLIT,            REGISTERED",
            // art. 22: new facts or evidence reopen the verification
            "UNDER_REVIEW,       INSPECTOR, REOPEN,           ACCEPTED"
    })
    void shouldAllow(CaseState state, CaseRole role, Transition transition, CaseState next) {
        assertNull(transition.check(state, role, "理由", Conclusion.PARTLY_SUBSTANTIATED));
        assertEquals(next, transition.to);
    }

    static final Set<String> ALLOWED = Set.of(
            "REGISTERED/INSPECTOR/ACCEPT", "REGISTERED/INSPECTOR/REJECT", "REGISTERED/INSPECTOR/TRANSFER",
            "ACCEPTED/INSPECTOR/INQUIRE", "ACCEPTED/INSPECTOR/ASSIGN", "ACCEPTED/INSPECTOR/HOLD",
            "ACCEPTED/INSPECTOR/DISMISS", "ACCEPTED/INSPECTOR/REFER",
            "INQUIRING/INSPECTOR/CONCLUDE_INQUIRY", "INQUIRING/INSPECTOR/ASSIGN", "INQUIRING/INSPECTOR/HOLD",
            "INQUIRING/INSPECTOR/DISMISS", "INQUIRING/INSPECTOR/REFER",
            "HELD/INSPECTOR/INQUIRE", "HELD/INSPECTOR/ASSIGN", "HELD/INSPECTOR/DISMISS",
            "ASSIGNED/HANDLER/SIGN_FOR", "SIGNED_FOR/HANDLER/SUBMIT_FINDINGS",
            "FINDINGS_SUBMITTED/INSPECTOR/APPROVE", "FINDINGS_SUBMITTED/INSPECTOR/SEND_BACK",
            "FINDINGS_SUBMITTED/INSPECTOR/REFER",
            "CONCLUDED/REPORTER/OBJECT", "CLOSED/REPORTER/OBJECT", "UNDER_REVIEW/INSPECTOR/UPHOLD",
            "UNDER_REVIEW/INSPECTOR/ASSIGN",
            "CONCLUDED/INSPECTOR/CLOSE",
            "REGISTERED/INSPECTOR/MERGE", "ACCEPTED/INSPECTOR/MERGE", "HELD/INSPECTOR/MERGE", "MERGED/INSPECTOR/SPLIT",
            "UNDER_REVIEW/INSPECTOR/REOPEN");

    @Test
    void shouldRefuseEveryOtherCombination() {
        List<String> wronglyAllowed = new ArrayList<>();
        int refused = 0;
        for (CaseState state : CaseState.values()) {
            for (CaseRole role : CaseRole.values()) {
                for (Transition t : Transition.values()) {
                    String key = state + "/" + role + "/" + t;
                    if (ALLOWED.contains(key)) {
                        continue;
                    }
                    if (t.check(state, role, "理由") == null) {
                        wronglyAllowed.add(key);
                    } else {
                        refused++;
                    }
                }
            }
        }
        assertEquals(List.of(), wronglyAllowed);
        assertEquals(CaseState.values().length * CaseRole.values().length * Transition.values().length
                - ALLOWED.size(), refused);
    }

    @Test
    void shouldSayWhyATransitionIsRefused() {
        assertEquals(Transition.Refusal.WRONG_ROLE, Transition.ACCEPT.check(CaseState.REGISTERED, CaseRole.HANDLER, null));
        assertEquals(Transition.Refusal.WRONG_STATE, Transition.ACCEPT.check(CaseState.ASSIGNED, CaseRole.INSPECTOR, null));
        assertEquals(Transition.Refusal.REASON_REQUIRED,
                Transition.REJECT.check(CaseState.REGISTERED, CaseRole.INSPECTOR, "  "));
        assertEquals(Transition.Refusal.REASON_TOO_LONG,
                Transition.REJECT.check(CaseState.REGISTERED, CaseRole.INSPECTOR, "长".repeat(2001)));
        assertNull(Transition.ACCEPT.check(CaseState.REGISTERED, CaseRole.INSPECTOR, null), "accepting needs no reason");
        assertEquals(Transition.Refusal.CONCLUSION_REQUIRED,
                Transition.SUBMIT_FINDINGS.check(CaseState.SIGNED_FOR, CaseRole.HANDLER, "经核查……", null));
        assertEquals(Transition.Refusal.CONCLUSION_REQUIRED,
                Transition.APPROVE.check(CaseState.FINDINGS_SUBMITTED, CaseRole.INSPECTOR, null, null));
    }

    @Test
    void shouldDecideAConclusionOnlyWhereSomethingWasVerifiedOrExplained() {
        assertEquals(Transition.Refusal.CONCLUSION_REQUIRED,
                Transition.CONCLUDE_INQUIRY.check(CaseState.INQUIRING, CaseRole.INSPECTOR, "经谈话……", null));
        assertNull(Transition.DISMISS.check(CaseState.ACCEPTED, CaseRole.INSPECTOR, "反映笼统，无可查内容", null),
                "予以了结 verifies nothing, so it decides no conclusion");
        assertEquals(Transition.Refusal.REASON_REQUIRED, Transition.HOLD.check(CaseState.ACCEPTED, CaseRole.INSPECTOR, " "));
        assertEquals(Transition.Refusal.REASON_REQUIRED, Transition.REFER.check(CaseState.ACCEPTED, CaseRole.INSPECTOR, null));
    }

    @Test
    void shouldTellTheReporterTheResultOfEveryWayThatEndsHere() {
        for (Transition t : Transition.values()) {
            boolean endsHandlingHere = t.to == CaseState.CONCLUDED || t.to == CaseState.REFERRED;
            assertEquals(endsHandlingHere, t.tells() == DeadlineStage.RESULT_NOTICE, t.name());
        }
        assertEquals(Set.of(Transition.TRANSFER, Transition.DISMISS, Transition.UPHOLD),
                java.util.Arrays.stream(Transition.values()).filter(Transition::reporterTextRequired)
                        .collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void shouldOfferTheActionsOfTheRoleInTheState() {
        assertEquals(List.of(Transition.ACCEPT, Transition.REJECT, Transition.TRANSFER, Transition.MERGE),
                Transition.available(CaseState.REGISTERED, CaseRole.INSPECTOR));
        assertEquals(List.of(Transition.INQUIRE, Transition.ASSIGN, Transition.HOLD, Transition.DISMISS, Transition.REFER,
                Transition.MERGE),
                Transition.available(CaseState.ACCEPTED, CaseRole.INSPECTOR), "the four ways of art. 17, 移送, and 并案");
        assertEquals(List.of(Transition.SPLIT), Transition.available(CaseState.MERGED, CaseRole.INSPECTOR));
        assertEquals(List.of(), Transition.available(CaseState.MERGED, CaseRole.REPORTER),
                "a merged repeat is not objected to: its result is the result of the case it went into");
        assertEquals(List.of(), Transition.available(CaseState.REGISTERED, CaseRole.HANDLER));
        assertEquals(List.of(Transition.ASSIGN, Transition.UPHOLD, Transition.REOPEN),
                Transition.available(CaseState.UNDER_REVIEW, CaseRole.INSPECTOR));
    }
}
