package cn.gov.yongzhou.qingfeng.accountability;

import io.quarkus.qute.TemplateEnum;

/** Why a found case records no disposition for a staff member (不予处理的理由), approved by a second inspector. */
@TemplateEnum
public enum WaiverReason {
    /** 无法确定责任人 */
    PERSON_UNKNOWN,
    /** 已离职或调出 */
    LEFT_SERVICE,
    /** 已死亡 */
    DECEASED,
    /** 经查不是责任人 */
    NOT_RESPONSIBLE,
    /** 其他 */
    OTHER
}
