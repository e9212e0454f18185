package cn.gov.yongzhou.qingfeng.casework;

/**
 * A feature's reason to keep a case past the retention period ({@link Retention}): accountability keeps a case whose
 * people were dealt with, because a sanction's appeal, a review or the archive may need the whole file. A held case
 * is kept sealed for the archive period, then erased like any other.
 */
public interface RetentionHold {

    /** Whether this feature needs the case kept as an archive; read inside the caller's transaction. */
    boolean holds(long caseId);
}
