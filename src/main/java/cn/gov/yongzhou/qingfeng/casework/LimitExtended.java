package cn.gov.yongzhou.qingfeng.casework;

import java.time.LocalDate;

/** Fired inside the transaction that granted an extension, with the new date and the words for the reporter. */
public record LimitExtended(long caseId, long reportId, DeadlineStage stage, LocalDate newDue, String toReporter) {
}
