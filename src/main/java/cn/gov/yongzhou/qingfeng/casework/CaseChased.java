package cn.gov.yongzhou.qingfeng.casework;

import java.time.LocalDate;

/**
 * A limit was chased: a reminder before it (催办, {@link CaseAction#REMINDED}), an escalation after it (督办,
 * {@link CaseAction#ESCALATED}), or the record against the unit ({@link CaseAction#RECORDED_OVERDUE}); by the sweep
 * ({@code actor} "system") or by someone on the supervision board. Fired inside the transaction that stamps the
 * deadline, so the mails it causes commit with the stamp, and only once per stamp.
 */
public record CaseChased(long caseId, long reportId, DeadlineStage stage, LocalDate dueOn, boolean provisional,
        CaseAction step, String actor) {
}
