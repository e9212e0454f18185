package cn.gov.yongzhou.qingfeng.documents;

/**
 * A document was approved: numbered, signed and stored. Fired inside the approving transaction, so what reacts
 * (the reporter's notice in the outbox) commits with it.
 */
public record DocumentIssued(long documentId, long caseId, long reportId, DocumentKind kind, String number) {
}
