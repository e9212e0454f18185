package cn.gov.yongzhou.qingfeng.casework;

/**
 * Fired inside the transaction of a step, so what reacts (the reporter's mail in the outbox) commits with it.
 */
public record CaseMoved(long caseId, long reportId, Transition transition, CaseState state, String toReporter,
        RejectionGround ground, String channel) {

    public CaseMoved(long caseId, long reportId, Transition transition, CaseState state, String toReporter) {
        this(caseId, reportId, transition, state, toReporter, null, null);
    }

    public CaseMoved(long caseId, long reportId, Transition transition, CaseState state) {
        this(caseId, reportId, transition, state, null);
    }
}
