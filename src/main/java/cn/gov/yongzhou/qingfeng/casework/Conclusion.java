package cn.gov.yongzhou.qingfeng.casework;

/** 核查结论: what the verification found about the report. */
public enum Conclusion {
    /** 属实 */
    SUBSTANTIATED,
    /** 部分属实 */
    PARTLY_SUBSTANTIATED,
    /** 不属实 */
    UNSUBSTANTIATED;

    /**
     * Whether the verification found the report (partly) true: what opens a head's matter, allows a disposition or a
     * typical case, and what the figures count as found ({@code case_fact.found} says the same in SQL).
     */
    public boolean found() {
        return this == SUBSTANTIATED || this == PARTLY_SUBSTANTIATED;
    }

    /** {@link #found()} for a conclusion that may not be there yet. */
    public static boolean found(Conclusion conclusion) {
        return conclusion != null && conclusion.found();
    }
}
