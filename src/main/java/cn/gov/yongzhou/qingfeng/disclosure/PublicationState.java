package cn.gov.yongzhou.qingfeng.disclosure;

/** Where a typical case stands: written, out in public, taken down. */
public enum PublicationState {
    DRAFT,
    PUBLISHED,
    WITHDRAWN
}
