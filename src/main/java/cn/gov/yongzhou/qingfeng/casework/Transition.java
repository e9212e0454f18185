package cn.gov.yongzhou.qingfeng.casework;

import static cn.gov.yongzhou.qingfeng.casework.CaseState.ACCEPTED;
import static cn.gov.yongzhou.qingfeng.casework.CaseState.ASSIGNED;
import static cn.gov.yongzhou.qingfeng.casework.CaseState.CLOSED;
import static cn.gov.yongzhou.qingfeng.casework.CaseState.CONCLUDED;
import static cn.gov.yongzhou.qingfeng.casework.CaseState.FINDINGS_SUBMITTED;
import static cn.gov.yongzhou.qingfeng.casework.CaseState.HELD;
import static cn.gov.yongzhou.qingfeng.casework.CaseState.INQUIRING;
import static cn.gov.yongzhou.qingfeng.casework.CaseState.MERGED;
import static cn.gov.yongzhou.qingfeng.casework.CaseState.REFERRED;
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
import static cn.gov.yongzhou.qingfeng.casework.DeadlineStage.UNIT_ACCEPTANCE;

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
    ACCEPT(Set.of(REGISTERED), ACCEPTED, CaseRole.INSPECTOR, false, true, CaseAction.ACCEPTED,
            Set.of(ACCEPTANCE), List.of()),
    /** 不予受理, with grounds */
    REJECT(Set.of(REGISTERED), REJECTED, CaseRole.INSPECTOR, true, true, CaseAction.REJECTED,
            Set.of(ACCEPTANCE), List.of()),
    /**
     * 转办: hands the case over to another competent body, with the reason; it is no longer ours (unlike 交办, which keeps
     * it and has the receiving body sign for it and report back by a date)
     */
    TRANSFER(Set.of(REGISTERED), TRANSFERRED, CaseRole.INSPECTOR, true, true, CaseAction.TRANSFERRED,
            Set.of(ACCEPTANCE), List.of()),
    /** 谈话函询 (art. 17, the first way): the inspector asks the person reported to explain, against a limit */
    INQUIRE(Set.of(ACCEPTED, HELD), INQUIRING, CaseRole.INSPECTOR, false, true, CaseAction.INQUIRY_STARTED,
            Set.of(), List.of(INVESTIGATION)),
    /** The inquiry's outcome: 办结 with the conclusion and what the explanation showed */
    CONCLUDE_INQUIRY(Set.of(INQUIRING), CONCLUDED, CaseRole.INSPECTOR, true, true, CaseAction.INQUIRY_CONCLUDED,
            Set.of(INVESTIGATION), List.of(RESULT_NOTICE)),
    /**
     * 交办 for 初步核实 (art. 17, the second way): the case stays ours, the unit reports back by a date; also after an
     * inquiry that did not settle it, a clue held on file, or a review that calls for new verification
     */
    ASSIGN(Set.of(ACCEPTED, INQUIRING, HELD, UNDER_REVIEW), ASSIGNED, CaseRole.INSPECTOR, false, true,
            CaseAction.ASSIGNED, Set.of(REVIEW_DECISION), List.of(INVESTIGATION, UNIT_ACCEPTANCE)),
    /** 暂存待查 (art. 17, the third way), with the reason: kept on file until it can be verified */
    HOLD(Set.of(ACCEPTED, INQUIRING), HELD, CaseRole.INSPECTOR, true, true, CaseAction.HELD,
            Set.of(INVESTIGATION), List.of()),
    /** 予以了结 (art. 17, the fourth way), with the reason: 办结 without verification; the reporter is told why */
    DISMISS(Set.of(ACCEPTED, INQUIRING, HELD), CONCLUDED, CaseRole.INSPECTOR, true, true, CaseAction.DISMISSED,
            Set.of(INVESTIGATION), List.of(RESULT_NOTICE)),
    /** 签收 by the handling unit */
    SIGN_FOR(Set.of(ASSIGNED), SIGNED_FOR, CaseRole.HANDLER, false, true, CaseAction.SIGNED_FOR,
            Set.of(UNIT_ACCEPTANCE), List.of()),
    /** 核查结果 submitted for review; the findings are the reason text, with the conclusion the unit proposes */
    SUBMIT_FINDINGS(Set.of(SIGNED_FOR), FINDINGS_SUBMITTED, CaseRole.HANDLER, true, true,
            CaseAction.FINDINGS_SUBMITTED,
            Set.of(INVESTIGATION), List.of(REVIEW)),
    /** 审核通过: the case is concluded, with the conclusion the inspector decides */
    APPROVE(Set.of(FINDINGS_SUBMITTED), CONCLUDED, CaseRole.INSPECTOR, false, true, CaseAction.APPROVED,
            Set.of(REVIEW), List.of(RESULT_NOTICE)),
    /** 发回重办, with what is missing; an internal matter, not shown to the reporter */
    SEND_BACK(Set.of(FINDINGS_SUBMITTED), SIGNED_FOR, CaseRole.INSPECTOR, true, false, CaseAction.SENT_BACK,
            Set.of(REVIEW), List.of(INVESTIGATION)),
    /** 移送审查调查, with the reason: the clue needs 立案审查调查; final here, the reporter is told it was passed on */
    REFER(Set.of(ACCEPTED, INQUIRING, FINDINGS_SUBMITTED), REFERRED, CaseRole.INSPECTOR, true, true,
            CaseAction.REFERRED, Set.of(INVESTIGATION, REVIEW), List.of(RESULT_NOTICE)),
    /**
     * 异议 / 申请复核 by the reporter (art. 22), with what they object to and whether they bring new facts or evidence;
     * also after 归档. The window (the OBJECTION limit) starts when the reporter received the result ({@link Telling});
     * before that an objection is taken too. One objection a case: the answer to it is final here.
     */
    OBJECT(Set.of(CONCLUDED, CLOSED), UNDER_REVIEW, CaseRole.REPORTER, true, true, CaseAction.OBJECTED,
            Set.of(OBJECTION), List.of(REVIEW_DECISION)),
    /**
     * The review keeps the conclusion, with the reasons, and answers the reporter with an explanation (art. 22); not
     * while the objection brings new facts or evidence that were not verified ({@link Refusal#NEW_FACTS_TO_VERIFY})
     */
    UPHOLD(Set.of(UNDER_REVIEW), CONCLUDED, CaseRole.INSPECTOR, true, true, CaseAction.UPHELD,
            Set.of(REVIEW_DECISION), List.of(RESULT_NOTICE)),
    /** 归档: the concluded report is filed (a 信访件 is 办结 and 归档; 结案 is for 立案 cases) */
    CLOSE(Set.of(CONCLUDED), CLOSED, CaseRole.INSPECTOR, false, true, CaseAction.CLOSED,
            Set.of(), List.of()),
    /**
     * 并案 by hand, with the reason: the report concerns the same matter as another open case, which handles it from
     * now on; its own limits end (a repeat is not told again, art. 21). Before any verification of its own.
     */
    MERGE(Set.of(REGISTERED, ACCEPTED, HELD), MERGED, CaseRole.INSPECTOR, true, true, CaseAction.MERGED,
            Set.of(ACCEPTANCE, ACCEPTANCE_NOTICE, INVESTIGATION), List.of()),
    /** 拆分, with the reason: a merged report is not the same matter after all; registered again, its limits from today */
    SPLIT(Set.of(MERGED), REGISTERED, CaseRole.INSPECTOR, true, true, CaseAction.SPLIT,
            Set.of(), List.of(ACCEPTANCE, ACCEPTANCE_NOTICE)),
    /**
     * 重新核查 (art. 22): the objection brings new facts or evidence, or the review finds the verification wanting; the
     * clue is taken up again and disposed of anew in one of the four ways (or assigned straight from the review)
     */
    REOPEN(Set.of(UNDER_REVIEW), ACCEPTED, CaseRole.INSPECTOR, true, true, CaseAction.REOPENED,
            Set.of(REVIEW_DECISION), List.of());

    public final Set<CaseState> from;
    public final CaseState to;
    public final CaseRole role;
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
            case APPROVE, UPHOLD, CONCLUDE_INQUIRY, DISMISS, REFER -> RESULT_NOTICE;
            default -> null;
        };
    }

    /** Whether the inspector writes a text for the reporter with this step (reasons, the feedback). */
    public boolean toldWithText() {
        return tells() != null;
    }

    Transition(Set<CaseState> from, CaseState to, CaseRole role, boolean reasonRequired, boolean publicEvent,
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
        WRONG_STATE,
        WRONG_ROLE,
        REASON_REQUIRED,
        REASON_TOO_LONG,
        CONCLUSION_REQUIRED,
        GROUND_REQUIRED,
        CHANNEL_REQUIRED,
        /** A found case without a disposition for its people (or an approved reason why none): accountability's rule */
        DISPOSITION_MISSING,
        /** 并案 into a case that is not there, is this one, was merged itself or has ended */
        MERGE_TARGET,
        /** 并案 of a case other reports were merged into: split them off or merge the other case into this one */
        HAS_REPEATS,
        /** 维持 while the objection brings new facts or evidence: they are verified first (重新核查 or 交办) */
        NEW_FACTS_TO_VERIFY
    }

    /**
     * Whether the step carries a conclusion (属实 / 部分属实 / 不属实): proposed with the findings, decided on approval
     * or at the end of an inquiry. 予以了结 has none: nothing was verified.
     */
    public boolean needsConclusion() {
        return this == SUBMIT_FINDINGS || this == APPROVE || this == CONCLUDE_INQUIRY;
    }

    /**
     * Whether the inspector must write the reporter why (转办: to whom; 予以了结: why nothing more is done; 维持: the
     * answer to the objection, with the explanation art. 22 asks for). A refusal
     * (不予受理) tells its coded ground and the proper channel instead, with the inspector's words optional.
     */
    public boolean reporterTextRequired() {
        return this == TRANSFER || this == DISMISS || this == UPHOLD;
    }

    /** Whether the step decides the case's conclusion (approving findings, ending an inquiry). */
    public boolean decidesConclusion() {
        return this == APPROVE || this == CONCLUDE_INQUIRY;
    }

    /** The longest reason the timeline keeps. */
    public static final int MAX_REASON = 2000;

    /** The longest text for the reporter: it goes into a text message as well as onto the tracking page. */
    public static final int MAX_REPORTER_TEXT = 300;

    public Refusal check(CaseState state, CaseRole actor, String reason) {
        return check(state, actor, reason, null);
    }

    public Refusal check(CaseState state, CaseRole actor, String reason, Conclusion conclusion) {
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
    public static List<Transition> available(CaseState state, CaseRole actor) {
        return Arrays.stream(values()).filter(t -> t.role == actor && t.from.contains(state)).toList();
    }
}
