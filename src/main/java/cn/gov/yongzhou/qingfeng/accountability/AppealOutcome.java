package cn.gov.yongzhou.qingfeng.accountability;

import io.quarkus.qute.TemplateEnum;

/** What an appeal decided about the disposition. */
@TemplateEnum
public enum AppealOutcome {
    /** 维持 */
    UPHELD,
    /** 变更 */
    CHANGED,
    /** 撤销 */
    REVOKED
}
