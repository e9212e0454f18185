package cn.gov.yongzhou.qingfeng.directory;

public enum UnitKind {
    CITY_DEPARTMENT,
    COUNTY_GOVERNMENT,
    MANAGEMENT_ZONE,
    DEVELOPMENT_ZONE,
    SERVICE_CENTER,
    DISCIPLINE_BODY,
    SUPERVISION_OFFICE;

    /** Counties, districts and zones: the areas under which the form groups their units. */
    public boolean isArea() {
        return this == COUNTY_GOVERNMENT || this == MANAGEMENT_ZONE || this == DEVELOPMENT_ZONE;
    }
}
