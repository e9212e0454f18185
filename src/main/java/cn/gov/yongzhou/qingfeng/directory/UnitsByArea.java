package cn.gov.yongzhou.qingfeng.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The admin's list of every unit, active or not, grouped by area, with its head today and its number of windows. */
@ApplicationScoped
public class UnitsByArea {

    private final Clock clock;

    UnitsByArea(Clock clock) {
        this.clock = clock;
    }

    /** A unit on the admin's list: its current head and how many active windows it has. */
    /** {@code windowWords}: the codes and names of the unit's windows, which the admin's search also looks in. */
    public record UnitRow(Unit unit, UnitHead head, long windows, List<String> windowWords) {
    }

    /** 市直 (code null) or one county, district or zone: its own unit first, then the units under it. */
    public record UnitGroup(String code, String name, String nameEn, List<UnitRow> rows)
            implements
                cn.gov.yongzhou.qingfeng.shared.web.Bilingual {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UnitGroup> groups() {
        List<Unit> units = Unit.listEvery();
        Map<Long, UnitHead> heads = UnitHead.allOnDate(LocalDate.now(clock));
        Map<Long, Long> windows = ServiceWindow.countActiveByUnit();
        Map<Long, List<String>> windowWords = ServiceWindow.wordsByUnit();
        Map<String, UnitGroup> groups = new LinkedHashMap<>();
        groups.put("", new UnitGroup(null, "市直单位", "City-level units", new ArrayList<>()));
        for (Unit area : Unit.listAreas()) {
            groups.put(area.code, new UnitGroup(area.code, area.name, area.nameEn, new ArrayList<>()));
        }
        for (Unit unit : units) {
            String area = unit.area().map(a -> a.code).orElse("");
            List<UnitRow> rows = groups.get(area).rows();
            UnitRow row = new UnitRow(unit, heads.get(unit.id), windows.getOrDefault(unit.id, 0L),
                    windowWords.getOrDefault(unit.id, List.of()));
            if (unit.code.equals(area)) {
                rows.add(0, row);
            } else {
                rows.add(row);
            }
        }
        groups.values().removeIf(g -> g.rows().isEmpty());
        return new ArrayList<>(groups.values());
    }
}
