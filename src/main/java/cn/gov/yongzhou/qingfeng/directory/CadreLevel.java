package cn.gov.yongzhou.qingfeng.directory;

/**
 * What the accused is, as far as the reporter knows (干部管理权限 decides which body handles a cadre): words in
 * {@code cadreLevel.*}. A 县处级 cadre is managed by the city (市管干部), so the city's discipline body holds the case.
 */
public enum CadreLevel {
    /** 窗口工作人员 */
    WINDOW_STAFF,
    /** 一般干部 */
    GENERAL,
    /** 科级 */
    SECTION,
    /** 县处级（市管） */
    COUNTY,
    /** 不清楚 */
    UNKNOWN;

    /** Whether the city manages such a cadre (市管干部): their case belongs to the city's discipline body. */
    public boolean cityManaged() {
        return this == COUNTY;
    }
}
