package cn.gov.yongzhou.qingfeng.casework;

/** 核查结论: what the verification found about the report. */
public enum Conclusion {
    /** 属实 */
    SUBSTANTIATED,
    /** 部分属实 */
    PARTLY_SUBSTANTIATED,
    /** 不属实 */
    UNSUBSTANTIATED;
}
