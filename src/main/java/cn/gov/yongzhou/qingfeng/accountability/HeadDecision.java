package cn.gov.yongzhou.qingfeng.accountability;

import io.quarkus.qute.TemplateEnum;
import java.util.Arrays;
import java.util.List;

/**
 * How a unit head is held accountable: the forms of the 问责条例 (2019) for leading cadres, or one of the two outcomes
 * without accountability: 免予问责 under 容错纠错 (an honest mistake in reform or pioneering work, applied for by the
 * person) and 不予问责 (the head did their duty). Reasons always written.
 */
@TemplateEnum
public enum HeadDecision {
    /** 检查: a form for Party organisations, not leading cadres; kept for decisions recorded before, not offered */
    SELF_CRITICISM,
    /** 通报 */
    CIRCULATION,
    /** 诫勉 */
    ADMONITION,
    /** 组织调整或组织处理 */
    ORGANISATIONAL,
    /** 纪律处分 */
    DISCIPLINARY,
    /** 免予问责 (容错纠错) */
    EXEMPTED,
    /** 不予问责 (履职尽责) */
    NOT_ACCOUNTABLE;

    /** Whether the head is held to account (not an exemption and not 不予问责). */
    public boolean holdsAccountable() {
        return this != EXEMPTED && this != NOT_ACCOUNTABLE;
    }

    /** The choices the decision form offers. */
    public static List<HeadDecision> offered() {
        return Arrays.stream(values()).filter(d -> d != SELF_CRITICISM).toList();
    }
}
