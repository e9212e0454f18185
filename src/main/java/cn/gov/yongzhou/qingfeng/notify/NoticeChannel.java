package cn.gov.yongzhou.qingfeng.notify;

/** How a notice travels. Features never choose: notify does, from the recipient and what they asked for. */
public enum NoticeChannel {
    MAIL,
    SMS
}
