package cn.gov.yongzhou.qingfeng.intake;

/**
 * Fired inside the transaction that stored a new report, so what reacts to it (the receipt mail in the
 * outbox) commits or rolls back with the report. Carries the password in memory only: it is never stored.
 */
public record ReportReceived(long reportId, String receiptNo, String password, String email, String locale) {
}
