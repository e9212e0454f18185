package cn.gov.yongzhou.qingfeng.shared.audit;

/** What an admin did to a thing: created it, changed it, ended it (a head's term, a mapping), removed it. */
public enum AdminAction {
    CREATED,
    CHANGED,
    ENDED,
    REMOVED
}
