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
            "REGISTERED,         INSPECTOR, ACCEPT,          ACCEPTED",
            "REGISTERED,         INSPECTOR, REJECT,          REJECTED",
            "REGISTERED,         INSPECTOR, TRANSFER,        TRANSFERRED",
            "ACCEPTED,           INSPECTOR, ASSIGN,          ASSIGNED",
            "ASSIGNED,           HANDLER,   SIGN_FOR,        SIGNED_FOR",
            "SIGNED_FOR,         HANDLER,   SUBMIT_FINDINGS, FINDINGS_SUBMITTED",
            "FINDINGS_SUBMITTED, INSPECTOR, APPROVE,         CONCLUDED",
            "FINDINGS_SUBMITTED, INSPECTOR, SEND_BACK,       SIGNED_FOR",
            "CONCLUDED,          REPORTER,  OBJECT,          UNDER_REVIEW",
            "CLOSED,             REPORTER,  OBJECT,          UNDER_REVIEW",
            "UNDER_REVIEW,       INSPECTOR, UPHOLD,          CONCLUDED",
            "UNDER_REVIEW,       INSPECTOR, ASSIGN,          ASSIGNED",
            "CONCLUDED,          INSPECTOR, CLOSE,           CLOSED"
    })
    void shouldAllow(CaseState state, StaffRole role, Transition transition, CaseState next) {
        assertNull(transition.check(state, role, "理由", Conclusion.PARTLY_SUBSTANTIATED));
        assertEquals(next, transition.to);
    }

    static final Set<String> ALLOWED = Set.of(
            "REGISTERED/INSPECTOR/ACCEPT", "REGISTERED/INSPECTOR/REJECT", "REGISTERED/INSPECTOR/TRANSFER",
            "ACCEPTED/INSPECTOR/ASSIGN", "ASSIGNED/HANDLER/SIGN_FOR", "SIGNED_FOR/HANDLER/SUBMIT_FINDINGS",
            "FINDINGS_SUBMITTED/INSPECTOR/APPROVE", "FINDINGS_SUBMITTED/INSPECTOR/SEND_BACK",
            "CONCLUDED/REPORTER/OBJECT", "CLOSED/REPORTER/OBJECT", "UNDER_REVIEW/INSPECTOR/UPHOLD", "UNDER_REVIEW/INSPECTOR/ASSIGN",
            "CONCLUDED/INSPECTOR/CLOSE");

    @Test
    void shouldRefuseEveryOtherCombination() {
        List<String> wronglyAllowed = new ArrayList<>();
        int refused = 0;
        for (CaseState state : CaseState.values()) {
            for (StaffRole role : StaffRole.values()) {
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
        assertEquals(CaseState.values().length * StaffRole.values().length * Transition.values().length
                - ALLOWED.size(), refused);
    }

    @Test
    void shouldSayWhyATransitionIsRefused() {
        assertEquals(Transition.Refusal.WRONG_ROLE, Transition.ACCEPT.check(CaseState.REGISTERED, StaffRole.HANDLER, null));
        assertEquals(Transition.Refusal.WRONG_STATE, Transition.ACCEPT.check(CaseState.ASSIGNED, StaffRole.INSPECTOR, null));
        assertEquals(Transition.Refusal.REASON_REQUIRED, Transition.REJECT.check(CaseState.REGISTERED, StaffRole.INSPECTOR, "  "));
        assertEquals(Transition.Refusal.REASON_TOO_LONG,
                Transition.REJECT.check(CaseState.REGISTERED, StaffRole.INSPECTOR, "长".repeat(2001)));
        assertNull(Transition.ACCEPT.check(CaseState.REGISTERED, StaffRole.INSPECTOR, null), "accepting needs no reason");
        assertEquals(Transition.Refusal.CONCLUSION_REQUIRED,
                Transition.SUBMIT_FINDINGS.check(CaseState.SIGNED_FOR, StaffRole.HANDLER, "经核查……", null));
        assertEquals(Transition.Refusal.CONCLUSION_REQUIRED,
                Transition.APPROVE.check(CaseState.FINDINGS_SUBMITTED, StaffRole.INSPECTOR, null, null));
    }

    @Test
    void shouldOfferTheActionsOfTheRoleInTheState() {
        assertEquals(List.of(Transition.ACCEPT, Transition.REJECT, Transition.TRANSFER),
                Transition.available(CaseState.REGISTERED, StaffRole.INSPECTOR));
        assertEquals(List.of(), Transition.available(CaseState.REGISTERED, StaffRole.HANDLER));
        assertEquals(List.of(Transition.ASSIGN, Transition.UPHOLD),
                Transition.available(CaseState.UNDER_REVIEW, StaffRole.INSPECTOR));
    }
}
