package cn.gov.yongzhou.qingfeng.notify;

/**
 * What a notice to a reporter says, whatever the channel: the text message ({@code sms.*} in the message bundles,
 * short, signed), the mail ({@code mail.notice.*}, the same in more words), the cloud gateway's registered template
 * (qingfeng.sms.aliyun.templates.*). Stored as the outbox row's kind.
 */
public enum Template {
    /** 回执: the receipt number (never the query password in a text message). */
    RECEIPT,
    /** 受理 */
    ACCEPTED,
    /** 不予受理, with the reasons and where such a matter belongs */
    REJECTED,
    /** 转办: which body has it now */
    TRANSFERRED,
    /** 延期: the new date and why */
    EXTENDED,
    /** 反馈: the result is ready */
    RESULT,
    /** 评价: invitation to rate the handling */
    RATE,
    /** A verification code for the reporter's mobile. */
    CODE
}
