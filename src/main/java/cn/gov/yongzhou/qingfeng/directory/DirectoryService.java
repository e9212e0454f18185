package cn.gov.yongzhou.qingfeng.directory;

import cn.gov.yongzhou.qingfeng.shared.web.Bilingual;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The public directory as the report form and the API show it: units grouped by area, windows by unit. */
@ApplicationScoped
public class DirectoryService {

    public record UnitOption(String code, String name, String nameEn, String kind, String areaCode)
            implements Bilingual {
    }

    /** 市直 (city level, {@code code} null) or one county, district or zone with its units. */
    public record AreaGroup(String code, String name, String nameEn, List<UnitOption> units) implements Bilingual {
    }

    public record WindowOption(String code, String name, String nameEn, String unitCode, String unitName,
            String unitNameEn) implements Bilingual {

        public Bilingual unit() {
            return Bilingual.of(unitName, unitNameEn);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AreaGroup> unitsByArea() {
        Map<String, AreaGroup> groups = new LinkedHashMap<>();
        groups.put("", new AreaGroup(null, "市直单位", "City-level units", new ArrayList<>()));
        List<Unit> units = Unit.listActive();
        for (Unit area : Unit.listActiveAreas()) {
            groups.putIfAbsent(area.code, new AreaGroup(area.code, area.name, area.nameEn, new ArrayList<>()));
        }
        for (Unit unit : units) {
            String areaCode = unit.area().map(a -> a.code).orElse("");
            groups.computeIfAbsent(areaCode, c -> new AreaGroup(c, c, c, new ArrayList<>())).units()
                    .add(new UnitOption(unit.code, unit.name, unit.nameEn, unit.kind.name(),
                            areaCode.isEmpty() ? null : areaCode));
        }
        return new ArrayList<>(groups.values());
    }

    /** A service center with its windows, for the form's window list. */
    public record WindowGroup(String unitCode, String name, String nameEn, List<WindowOption> windows)
            implements Bilingual {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<WindowGroup> windowsByUnit() {
        Map<String, WindowGroup> groups = new LinkedHashMap<>();
        for (WindowOption w : windows()) {
            groups.computeIfAbsent(w.unitCode(), c -> new WindowGroup(c, w.unitName(), w.unitNameEn(), new ArrayList<>()))
                    .windows().add(w);
        }
        return new ArrayList<>(groups.values());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<WindowOption> windows() {
        return ServiceWindow.listActive().stream()
                .map(w -> new WindowOption(w.code, w.name, w.nameEn, w.unit.code, w.unit.name, w.unit.nameEn))
                .toList();
    }
}
