package cn.gov.yongzhou.qingfeng.directory;

import java.util.Arrays;
import java.util.List;

public enum UnitKind {
    CITY_DEPARTMENT,
    COUNTY_GOVERNMENT,
    MANAGEMENT_ZONE,
    DEVELOPMENT_ZONE,
    SERVICE_CENTER,
    DISCIPLINE_BODY,
    SUPERVISION_OFFICE;

    /**
     * Counties, districts and zones: the areas under which the form groups their units, and by which the ledger and
     * the statistics count (the view {@code unit_area} names the same kinds).
     */
    public boolean isArea() {
        return this == COUNTY_GOVERNMENT || this == MANAGEMENT_ZONE || this == DEVELOPMENT_ZONE;
    }

    /** The kinds that are areas. */
    public static List<UnitKind> areas() {
        return Arrays.stream(values()).filter(UnitKind::isArea).toList();
    }
}
