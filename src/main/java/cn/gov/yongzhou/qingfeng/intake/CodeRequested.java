package cn.gov.yongzhou.qingfeng.intake;

/**
 * Fired inside the transaction that stored a new phone code, so the text that carries it is queued with it (and sent
 * right after the commit). The code travels in memory only; the table keeps its hash.
 */
public record CodeRequested(long codeId, String mobile, String code, String locale) {
}
