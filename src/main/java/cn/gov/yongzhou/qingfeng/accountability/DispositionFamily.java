package cn.gov.yongzhou.qingfeng.accountability;

import io.quarkus.qute.TemplateEnum;

/** The body of rules a disposition comes from, as the form groups them. */
@TemplateEnum
public enum DispositionFamily {
    /** 批评教育、诫勉等（非处分） */
    EDUCATION,
    /** 组织处理 */
    ORGANISATIONAL,
    /** 政务处分（公职人员政务处分法） */
    GOVERNMENT_SANCTION,
    /** 党纪处分（中国共产党纪律处分条例） */
    PARTY_DISCIPLINE,
    /** 事业单位工作人员处分 */
    INSTITUTION_SANCTION,
    /** 劳动合同、劳务派遣或外包的窗口人员：用人单位的措施 */
    CONTRACT_MEASURE,
    /** 移送 */
    TRANSFER;

    /** Its kinds, in order. */
    public java.util.List<DispositionKind> kinds() {
        return DispositionKind.of(this);
    }
}
