package cn.gov.yongzhou.qingfeng.intake;

/**
 * The retention job erased a report's personal data. Fired inside its transaction, so features that keep copies of
 * the reporter's data (the documents addressed to them) erase theirs with it.
 */
public record PersonalDataErased(long reportId, long caseId) {
}
