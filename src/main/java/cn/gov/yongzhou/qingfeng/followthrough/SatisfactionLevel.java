package cn.gov.yongzhou.qingfeng.followthrough;

import io.quarkus.qute.TemplateEnum;

/** The five levels of 政务服务“好差评”, best first. */
@TemplateEnum
public enum SatisfactionLevel {
    /** 非常满意 */
    VERY_SATISFIED,
    /** 满意 */
    SATISFIED,
    /** 基本满意 */
    BASICALLY_SATISFIED,
    /** 不满意 */
    DISSATISFIED,
    /** 非常不满意 */
    VERY_DISSATISFIED;

    /** A bad rating (差评): it must be followed up ({@code case_rating.dissatisfied} in SQL). */
    public boolean bad() {
        return this == DISSATISFIED || this == VERY_DISSATISFIED;
    }

    /**
     * Very satisfied, satisfied or basically satisfied: what the ledger's satisfaction counts ({@code case_rating.satisfied}).
     */
    public boolean satisfied() {
        return !bad();
    }
}
