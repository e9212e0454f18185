package cn.gov.yongzhou.qingfeng.casework;

import static cn.gov.yongzhou.qingfeng.casework.CaseState.ACCEPTED;
import static cn.gov.yongzhou.qingfeng.casework.CaseState.ASSIGNED;
import static cn.gov.yongzhou.qingfeng.casework.CaseState.CLOSED;
import static cn.gov.yongzhou.qingfeng.casework.CaseState.CONCLUDED;
import static cn.gov.yongzhou.qingfeng.casework.CaseState.FINDINGS_SUBMITTED;
import static cn.gov.yongzhou.qingfeng.casework.CaseState.REGISTERED;
import static cn.gov.yongzhou.qingfeng.casework.CaseState.REJECTED;
import static cn.gov.yongzhou.qingfeng.casework.CaseState.SIGNED_FOR;
import static cn.gov.yongzhou.qingfeng.casework.CaseState.TRANSFERRED;
import static cn.gov.yongzhou.qingfeng.casework.CaseState.UNDER_REVIEW;

import static cn.gov.yongzhou.qingfeng.casework.DeadlineStage.ACCEPTANCE;
import static cn.gov.yongzhou.qingfeng.casework.DeadlineStage.ACCEPTANCE_NOTICE;
import static cn.gov.yongzhou.qingfeng.casework.DeadlineStage.INVESTIGATION;
import static cn.gov.yongzhou.qingfeng.casework.DeadlineStage.OBJECTION;
import static cn.gov.yongzhou.qingfeng.casework.DeadlineStage.RESULT_NOTICE;
import static cn.gov.yongzhou.qingfeng.casework.DeadlineStage.REVIEW;
import static cn.gov.yongzhou.qingfeng.casework.DeadlineStage.REVIEW_DECISION;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The life cycle of a case as one table: from which states, by which role, to which state, whether a
 * reason must be given, whether the reporter sees it on the tracking page, and which limits it meets and
 * starts. Nothing else moves a case.
 */
public enum Transition {
    /** 受理 */
    ACCEPT(Set.of(REGISTERED), ACCEPTED, StaffRole.INSPECTOR, false, true, CaseAction.ACCEPTED,
            Set.of(ACCEPTANCE), List.of()),
    /** 不予受理, with grounds */
    REJECT(Set.of(REGISTERED), REJECTED, StaffRole.INSPECTOR, true, true, CaseAction.REJECTED,
            Set.of(ACCEPTANCE), List.of()),
    /** 转办 to another competent body, with the reason */
    TRANSFER(Set.of(REGISTERED), TRANSFERRED, StaffRole.INSPECTOR, true, true, CaseAction.TRANSFERRED,
            Set.of(ACCEPTANCE), List.of()),
    /** 交办 to a handling unit; again after a review that calls for new verification */
    ASSIGN(Set.of(ACCEPTED, UNDER_REVIEW), ASSIGNED, StaffRole.INSPECTOR, false, true, CaseAction.ASSIGNED,
            Set.of(REVIEW_DECISION), List.of(INVESTIGATION)),
    /** 签收 by the handling unit */
    SIGN_FOR(Set.of(ASSIGNED), SIGNED_FOR, StaffRole.HANDLER, false, true, CaseAction.SIGNED_FOR,
            Set.of(), List.of()),
    /** 核查结果 submitted for review; the findings are the reason text, with the conclusion the unit proposes */
    SUBMIT_FINDINGS(Set.of(SIGNED_FOR), FINDINGS_SUBMITTED, StaffRole.HANDLER, true, true,
            CaseAction.FINDINGS_SUBMITTED,
            Set.of(INVESTIGATION), List.of(REVIEW)),
    /** 审核通过: the case is concluded, with the conclusion the inspector decides */
    APPROVE(Set.of(FINDINGS_SUBMITTED), CONCLUDED, StaffRole.INSPECTOR, false, true, CaseAction.APPROVED,
            Set.of(REVIEW), List.of(RESULT_NOTICE, OBJECTION)),
    /** 发回重办, with what is missing; an internal matter, not shown to the reporter */
    SEND_BACK(Set.of(FINDINGS_SUBMITTED), SIGNED_FOR, StaffRole.INSPECTOR, true, false, CaseAction.SENT_BACK,
            Set.of(REVIEW), List.of(INVESTIGATION)),
    /** 异议 / 申请复核 by the reporter, with what they object to; also after 结案, while the objection window is open */
    OBJECT(Set.of(CONCLUDED, CLOSED), UNDER_REVIEW, StaffRole.REPORTER, true, true, CaseAction.OBJECTED,
            Set.of(OBJECTION), List.of(REVIEW_DECISION)),
    /** The review keeps the conclusion, with the reasons */
    UPHOLD(Set.of(UNDER_REVIEW), CONCLUDED, StaffRole.INSPECTOR, true, true, CaseAction.UPHELD,
            Set.of(REVIEW_DECISION), List.of(RESULT_NOTICE)),
    /** 结案 */
    CLOSE(Set.of(CONCLUDED), CLOSED, StaffRole.INSPECTOR, false, true, CaseAction.CLOSED,
            Set.of(), List.of());

    public final Set<CaseState> from;
    public final CaseState to;
    public final StaffRole role;
    public final boolean reasonRequired;
    public final boolean publicEvent;
    public final CaseAction action;
    /** The limits this step meets. */
    public final Set<DeadlineStage> closes;
    /** The limits this step starts, the first of them written on the timeline entry. */
    public final List<DeadlineStage> starts;

    /**
     * The reporter-facing limit that telling the reporter of this step meets (告知 whether accepted, 反馈 of the
     * result); null when the step is not told. The step itself never meets it: only the telling does ({@link Telling}).
     */
    public DeadlineStage tells() {
        return switch (this) {
            case ACCEPT, REJECT, TRANSFER -> ACCEPTANCE_NOTICE;
            case APPROVE, UPHOLD -> RESULT_NOTICE;
            default -> null;
        };
    }

    /** Whether the inspector writes a text for the reporter with this step (reasons, the feedback). */
    public boolean toldWithText() {
        return tells() != null;
    }

    Transition(Set<CaseState> from, CaseState to, StaffRole role, boolean reasonRequired, boolean publicEvent,
            CaseAction action, Set<DeadlineStage> closes, List<DeadlineStage> starts) {
        this.from = from;
        this.to = to;
        this.role = role;
        this.reasonRequired = reasonRequired;
        this.publicEvent = publicEvent;
        this.action = action;
        this.closes = closes;
        this.starts = starts;
    }

    /** Why a transition may not happen now; null when it may. */
    public enum Refusal {
        WRONG_STATE, WRONG_ROLE, REASON_REQUIRED, REASON_TOO_LONG, CONCLUSION_REQUIRED,
        /** A found case without a disposition for its people (or an approved reason why none): accountability's rule */
        DISPOSITION_MISSING
    }

    /** Whether the step carries a conclusion (属实 / 部分属实 / 不属实): proposed with the findings, decided on approval. */
    public boolean needsConclusion() {
        return this == SUBMIT_FINDINGS || this == APPROVE;
    }

    /** The longest reason the timeline keeps. */
    public static final int MAX_REASON = 2000;

    /** The longest text for the reporter: it goes into a text message as well as onto the tracking page. */
    public static final int MAX_REPORTER_TEXT = 300;

    public Refusal check(CaseState state, StaffRole actor, String reason) {
        return check(state, actor, reason, null);
    }

    public Refusal check(CaseState state, StaffRole actor, String reason, Conclusion conclusion) {
        if (actor != role) {
            return Refusal.WRONG_ROLE;
        }
        if (!from.contains(state)) {
            return Refusal.WRONG_STATE;
        }
        if (reasonRequired && (reason == null || reason.isBlank())) {
            return Refusal.REASON_REQUIRED;
        }
        if (reason != null && reason.strip().length() > MAX_REASON) {
            return Refusal.REASON_TOO_LONG;
        }
        if (needsConclusion() && conclusion == null) {
            return Refusal.CONCLUSION_REQUIRED;
        }
        return null;
    }

    /** The transitions this role may take from this state: the buttons a case page offers. */
    public static List<Transition> available(CaseState state, StaffRole actor) {
        return Arrays.stream(values()).filter(t -> t.role == actor && t.from.contains(state)).toList();
    }
}
