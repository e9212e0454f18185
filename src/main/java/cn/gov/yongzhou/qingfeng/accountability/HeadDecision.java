package cn.gov.yongzhou.qingfeng.accountability;

import io.quarkus.qute.TemplateEnum;

/** How a unit head is held accountable (问责方式), or exempted under 容错纠错 with written reasons. */
@TemplateEnum
public enum HeadDecision {
    /** 检查 (a written self-examination) */
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
    EXEMPTED;
}
