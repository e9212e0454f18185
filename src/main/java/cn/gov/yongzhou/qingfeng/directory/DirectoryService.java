package cn.gov.yongzhou.qingfeng.directory;

import cn.gov.yongzhou.qingfeng.shared.cache.Cached;
import cn.gov.yongzhou.qingfeng.shared.cache.ChangeFeed;
import cn.gov.yongzhou.qingfeng.shared.web.Bilingual;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The public directory as the report form and the API show it: units grouped by area, windows by unit. Kept in memory
 * (every form shows it, admins change it rarely) until {@code unit} or {@code service_window} changes on any instance.
 */
@ApplicationScoped
public class DirectoryService {

    static final String UNIT = "unit";
    static final String WINDOW = "service_window";

    private final Cached<List<AreaGroup>> areas;
    private final Cached<Windows> windows;

    DirectoryService(ChangeFeed feed) {
        this.areas = feed.cache(DirectoryService::loadUnitsByArea, UNIT);
        this.windows = feed.cache(DirectoryService::loadWindows, UNIT, WINDOW);
    }

    /** The active windows of active units, in the form's order, grouped and by code. */
    private record Windows(List<WindowOption> all, List<WindowGroup> groups, Map<String, WindowOption> byCode) {
    }

    public record UnitOption(String code, String name, String nameEn, String kind, String areaCode)
            implements
                Bilingual {
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
        return areas.get();
    }

    private static List<AreaGroup> loadUnitsByArea() {
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
        return groups.values().stream()
                .map(g -> new AreaGroup(g.code(), g.name(), g.nameEn(), List.copyOf(g.units()))).toList();
    }

    /** A service center with its windows, for the form's window list. */
    public record WindowGroup(String unitCode, String name, String nameEn, List<WindowOption> windows)
            implements
                Bilingual {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<WindowGroup> windowsByUnit() {
        return windows.get().groups();
    }

    /** The active windows of active units. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<WindowOption> windows() {
        return windows.get().all();
    }

    /** The window a QR code names, if it is in service (active, of an active unit); codes are upper case. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<WindowOption> window(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(windows.get().byCode().get(code.strip().toUpperCase(Locale.ROOT)));
    }

    private static Windows loadWindows() {
        List<WindowOption> all = ServiceWindow.listActive().stream()
                .map(w -> new WindowOption(w.code, w.name, w.nameEn, w.unit.code, w.unit.name, w.unit.nameEn))
                .toList();
        Map<String, WindowGroup> groups = new LinkedHashMap<>();
        Map<String, WindowOption> byCode = new HashMap<>();
        for (WindowOption w : all) {
            groups.computeIfAbsent(w.unitCode(), c -> new WindowGroup(c, w.unitName(), w.unitNameEn(), new ArrayList<>()))
                    .windows().add(w);
            byCode.put(w.code(), w);
        }
        return new Windows(all, groups.values().stream()
                .map(g -> new WindowGroup(g.unitCode(), g.name(), g.nameEn(), List.copyOf(g.windows()))).toList(),
                Map.copyOf(byCode));
    }
}
