package cn.gov.yongzhou.qingfeng.disclosure;

import cn.gov.yongzhou.qingfeng.category.Category;
import cn.gov.yongzhou.qingfeng.directory.Unit;
import cn.gov.yongzhou.qingfeng.shared.ClockProducer;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Public statistics of a year: reports by month and category, and per county, district or zone the share of
 * concluded cases found (partly) true and the share of time limits met. Counts only, never a case or a person.
 *
 * <p>
 * A report counts in the month it was received (Beijing time); a case counts as concluded in the year of its
 * approval; a limit counts in the year it was met or missed: met when it was closed on or before its due day.
 * A unit counts in its area as the directory defines it ({@code unit_area}: the nearest county, district or zone
 * above it, however deep); city-level units (市直) make the row without an area. Read from casework's read model.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PublicStatistics {

    /** Reports received in one month, by category; in open data each category is a field of its own name. */
    public record Month(int month, @JsonIgnore Map<Category, Long> byCategory) {

        public long count(Category category) {
            return byCategory.getOrDefault(category, 0L);
        }

        /** {@code "arrogantService": 2, "pettyCorruption": 1}: one field per category, every category listed. */
        @JsonAnyGetter
        public Map<String, Long> categories() {
            Map<String, Long> fields = new LinkedHashMap<>();
            for (Category c : Category.values()) {
                fields.put(c.jsonName(), count(c));
            }
            return fields;
        }

        @JsonProperty
        public long total() {
            return byCategory.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    public record AreaRow(String code, String name, String nameEn, long received, long concluded, long found,
            long limitsClosed, long limitsMet) implements cn.gov.yongzhou.qingfeng.shared.web.Bilingual {

        /** Found (partly) true among the concluded, in percent; null when nothing was concluded. */
        @JsonProperty
        public Integer foundRate() {
            return concluded == 0 ? null : (int) Math.round(100.0 * found / concluded);
        }

        /** Limits met among the limits closed, in percent; null when none closed. */
        @JsonProperty
        public Integer onTimeRate() {
            return limitsClosed == 0 ? null : (int) Math.round(100.0 * limitsMet / limitsClosed);
        }
    }

    public record Year(int year, List<Month> months, List<AreaRow> areas) {
    }

    private final EntityManager em;

    PublicStatistics(EntityManager em) {
        this.em = em;
    }

    public Year of(int year) {
        ZonedDateTime from = LocalDate.of(year, 1, 1).atStartOfDay(ClockProducer.ZONE);
        ZonedDateTime to = from.plusYears(1);
        @SuppressWarnings("unchecked")
        List<Object[]> monthly = em.createNativeQuery("""
                select cast(extract(month from f.received_on) as int), f.category, count(*)
                from case_fact f where f.received_at >= ?1 and f.received_at < ?2 group by 1, 2""")
                .setParameter(1, from.toOffsetDateTime()).setParameter(2, to.toOffsetDateTime()).getResultList();
        List<Map<Category, Long>> counts = new ArrayList<>();
        for (int m = 0; m <= 12; m++) {
            counts.add(new EnumMap<>(Category.class));
        }
        for (Object[] row : monthly) {
            counts.get(((Number) row[0]).intValue()).put(Category.valueOf((String) row[1]), ((Number) row[2]).longValue());
        }
        List<Month> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            months.add(new Month(m, counts.get(m)));
        }
        // per area (null: city-level units), from casework's read model and the directory's unit_area
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                with cases as (
                    select f.case_id, f.received_at, f.found, ua.area_id
                    from case_fact f join unit_area ua on ua.unit_id = f.unit_id),
                received as (
                    select area_id, count(*) as n from cases where received_at >= ?1 and received_at < ?2
                    group by area_id),
                concluded as (
                    select c.area_id, count(*) as n, count(*) filter (where c.found) as found
                    from case_conclusion k join cases c on c.case_id = k.case_id
                    where k.concluded_at >= ?1 and k.concluded_at < ?2 group by c.area_id),
                closed as (
                    select c.area_id, count(*) as n, count(*) filter (where l.met) as met
                    from case_limit l join cases c on c.case_id = l.case_id
                    where l.closed_at >= ?1 and l.closed_at < ?2 and l.counted group by c.area_id)
                select a.area_id, coalesce(r.n, 0), coalesce(k.n, 0), coalesce(k.found, 0), coalesce(l.n, 0),
                       coalesce(l.met, 0)
                from (select area_id from received union select area_id from concluded union select area_id from closed) a
                left join received r on r.area_id is not distinct from a.area_id
                left join concluded k on k.area_id is not distinct from a.area_id
                left join closed l on l.area_id is not distinct from a.area_id""")
                .setParameter(1, from.toOffsetDateTime()).setParameter(2, to.toOffsetDateTime()).getResultList();
        Map<Long, Object[]> byArea = new HashMap<>();
        rows.forEach(r -> byArea.put(r[0] == null ? null : n(r[0]), r));
        List<AreaRow> areas = new ArrayList<>();
        areas.add(row(null, null, null, byArea.get(null)));
        for (Unit area : Unit.listActiveAreas()) {
            areas.add(row(area.code, area.name, area.nameEn, byArea.get(area.id)));
        }
        return new Year(year, months, areas);
    }

    private static AreaRow row(String code, String name, String nameEn, Object[] figures) {
        return figures == null ? new AreaRow(code, name, nameEn, 0, 0, 0, 0, 0)
                : new AreaRow(code, name, nameEn, n(figures[1]), n(figures[2]), n(figures[3]), n(figures[4]),
                        n(figures[5]));
    }

    private static long n(Object value) {
        return ((Number) value).longValue();
    }
}
