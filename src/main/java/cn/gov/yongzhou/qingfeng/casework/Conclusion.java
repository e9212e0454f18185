package cn.gov.yongzhou.qingfeng.casework;

/** 核查结论: what the verification found about the report. */
public enum Conclusion {
    /** 属实 */
    SUBSTANTIATED,
    /** 部分属实 */
    PARTLY_SUBSTANTIATED,
    /** 不属实 */
    UNSUBSTANTIATED;

    /** A conclusion posted by a form; null when none or unknown was chosen. */
    public static Conclusion parse(String value) {
        for (Conclusion c : values()) {
            if (c.name().equals(value)) {
                return c;
            }
        }
        return null;
    }
}
