package cn.gov.yongzhou.qingfeng.casework;

/**
 * A feature's part of {@link Retention}: erases the personal data it holds of one report and its case, in the
 * caller's transaction. Each feature erases only its own rows.
 */
public interface PersonalDataEraser {

    void erase(long reportId, long caseId);
}
