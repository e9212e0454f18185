package cn.gov.yongzhou.qingfeng.intake;

/** How a report reached us: the public web form, or another intake channel through the API. */
public enum Channel {
    WEB,
    API,
    PHONE,
    LETTER,
    VISIT
}
