package cn.gov.yongzhou.qingfeng.accountability;

import io.quarkus.qute.TemplateEnum;

/** How a sanctioned person contests a disposition. */
@TemplateEnum
public enum AppealKind {
    /** 申诉 */
    APPEAL,
    /** 复审 (the deciding body again) */
    REEXAMINATION,
    /** 复核 (the body above) */
    REVIEW
}
