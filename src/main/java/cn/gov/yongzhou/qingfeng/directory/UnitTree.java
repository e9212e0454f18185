package cn.gov.yongzhou.qingfeng.directory;

import cn.gov.yongzhou.qingfeng.shared.cache.Cached;
import cn.gov.yongzhou.qingfeng.shared.cache.ChangeFeed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The directory as every report reads it: each unit with its place in the tree, its heads' terms with the badges the
 * staff list gives their names, and the windows. Intake checks a report's unit and window against it and routing
 * finds the holding body in it, so a submission reads none of these tables. Kept in memory until the change feed says
 * one of them changed on any instance (read afresh on every call while it cannot hear).
 */
@ApplicationScoped
public class UnitTree {

    static final String HEAD = "unit_head";
    static final String STAFF = "staff";

    /** A unit and the units it points at, by id. */
    public record Node(long id, String code, String name, String nameEn, UnitKind kind, boolean active, Long parentId,
            Long verifyingBodyId, Long headsManagedById) {
    }

    /** One term of a unit's head, with the badges the unit's staff list has under that name (inactive staff too). */
    public record Term(String name, LocalDate start, LocalDate end, List<String> badges) {

        boolean covers(LocalDate date) {
            return !start.isAfter(date) && (end == null || !end.isBefore(date));
        }
    }

    /** A service window and its unit. */
    public record Window(long id, String code, boolean active, long unitId) {
    }

    private record Snapshot(Map<Long, Node> byId, Map<String, Node> byCode, Map<Long, List<Term>> terms,
            Map<String, Window> windows) {
    }

    private final Cached<Snapshot> snapshot;

    UnitTree(ChangeFeed feed, EntityManager em) {
        this.snapshot = feed.cache(() -> load(em), DirectoryService.UNIT, DirectoryService.WINDOW, HEAD, STAFF);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Node> unit(long id) {
        return Optional.ofNullable(snapshot.get().byId().get(id));
    }

    /** The unit of this code (exactly as stored), active or not. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Node> unit(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(snapshot.get().byCode().get(code));
    }

    /** The window a code names (spaces and case as a QR code or a hand may give them), active or not. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Window> window(String code) {
        return code == null ? Optional.empty()
                : Optional.ofNullable(snapshot.get().windows().get(code.strip().toUpperCase(Locale.ROOT)));
    }

    /** The unit above, if any. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Node> parent(Node unit) {
        return unit.parentId() == null ? Optional.empty() : unit(unit.parentId());
    }

    /** The county, district or zone of the unit (itself or the nearest above that is one); empty for city level. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Node> area(Node unit) {
        Snapshot s = snapshot.get();
        for (Node u = unit; u != null; u = u.parentId() == null ? null : s.byId().get(u.parentId())) {
            if (u.kind().isArea()) {
                return Optional.of(u);
            }
        }
        return Optional.empty();
    }

    /** The term of whoever headed the unit on the date (the latest begun, as {@link UnitHead#onDate} finds it). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Term> headOn(long unitId, LocalDate date) {
        return snapshot.get().terms().getOrDefault(unitId, List.of()).stream().filter(t -> t.covers(date)).findFirst();
    }

    /** Every active unit of these kinds, in the order of their ids. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Node> active(java.util.Set<UnitKind> kinds) {
        return snapshot.get().byId().values().stream().filter(u -> u.active() && kinds.contains(u.kind())).toList();
    }

    private static Snapshot load(EntityManager em) {
        Map<Long, Node> byId = new LinkedHashMap<>();
        Map<String, Node> byCode = new HashMap<>();
        for (Object[] r : rows(em, """
                select id, code, name, name_en, kind, active, parent_id, verifying_body_id, heads_managed_by_id
                from unit order by id""")) {
            Node n = new Node(id(r[0]), (String) r[1], (String) r[2], (String) r[3], UnitKind.valueOf((String) r[4]),
                    (Boolean) r[5], idOrNull(r[6]), idOrNull(r[7]), idOrNull(r[8]));
            byId.put(n.id(), n);
            byCode.put(n.code(), n);
        }
        Map<Long, List<Term>> terms = new HashMap<>();
        long lastHead = -1;
        List<String> badges = null;
        for (Object[] r : rows(em, """
                select h.id, h.unit_id, h.name, h.start_date, h.end_date, s.badge_no
                from unit_head h left join staff s on s.unit_id = h.unit_id and s.name = h.name and s.badge_no is not null
                order by h.unit_id, h.start_date desc, h.id, s.id""")) {
            long head = id(r[0]);
            if (head != lastHead) {
                lastHead = head;
                badges = new ArrayList<>();
                terms.computeIfAbsent(id(r[1]), u -> new ArrayList<>())
                        .add(new Term((String) r[2], date(r[3]), date(r[4]), badges));
            }
            if (r[5] != null) {
                badges.add((String) r[5]);
            }
        }
        Map<String, Window> windows = new HashMap<>();
        for (Object[] r : rows(em, "select id, code, active, unit_id from service_window")) {
            windows.put((String) r[1], new Window(id(r[0]), (String) r[1], (Boolean) r[2], id(r[3])));
        }
        return new Snapshot(java.util.Collections.unmodifiableMap(byId), Map.copyOf(byCode), Map.copyOf(terms),
                Map.copyOf(windows));
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(EntityManager em, String sql) {
        return em.createNativeQuery(sql).getResultList();
    }

    private static long id(Object o) {
        return ((Number) o).longValue();
    }

    private static Long idOrNull(Object o) {
        return o == null ? null : ((Number) o).longValue();
    }

    private static LocalDate date(Object o) {
        return o == null ? null : o instanceof LocalDate d ? d : ((Date) o).toLocalDate();
    }
}
