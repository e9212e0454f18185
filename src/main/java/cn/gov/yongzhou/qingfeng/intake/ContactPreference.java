package cn.gov.yongzhou.qingfeng.intake;

public enum ContactPreference {
    PHONE,
    SMS,
    EMAIL
}
