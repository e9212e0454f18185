package cn.gov.yongzhou.qingfeng.routing;

/** What happened to a routing rule, as its history records it. */
public enum RuleChange {
    CREATED,
    UPDATED,
    DEACTIVATED
}
