package cn.gov.yongzhou.qingfeng.disclosure;

import cn.gov.yongzhou.qingfeng.category.Category;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Public statistics of a year: reports by month and category, and per county, district or zone the share of
 * concluded cases found (partly) true and the share of time limits met. Counts only, never a case or a person.
 *
 * <p>A report counts in the month it was received (Beijing time); a case counts as concluded in the year of its
 * approval; a limit counts in the year it was met or missed: met when it was closed on or before its due day.
 * City-level units (市直) make the row without an area.
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

    /** The unit's county, district or zone (at most two levels up), or null for a city-level unit. */
    private static final String AREA_OF = """
            (select coalesce(case when u.kind in ('COUNTY_GOVERNMENT', 'MANAGEMENT_ZONE', 'DEVELOPMENT_ZONE') then u.id end,
                             case when p.kind in ('COUNTY_GOVERNMENT', 'MANAGEMENT_ZONE', 'DEVELOPMENT_ZONE') then p.id end,
                             case when g.kind in ('COUNTY_GOVERNMENT', 'MANAGEMENT_ZONE', 'DEVELOPMENT_ZONE') then g.id end)
             from unit u left join unit p on p.id = u.parent_id left join unit g on g.id = p.parent_id
             where u.id = r.unit_id)""";

    private final EntityManager em;

    PublicStatistics(EntityManager em) {
        this.em = em;
    }

    public Year of(int year) {
        ZonedDateTime from = LocalDate.of(year, 1, 1).atStartOfDay(ClockProducer.ZONE);
        ZonedDateTime to = from.plusYears(1);
        @SuppressWarnings("unchecked")
        List<Object[]> monthly = em.createNativeQuery("""
                select cast(extract(month from r.received_at at time zone 'Asia/Shanghai') as int), r.category, count(*)
                from report r where r.received_at >= ?1 and r.received_at < ?2 group by 1, 2""")
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
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                with cases as (
                    select %s as area_id, r.received_at, c.id as case_id, c.conclusion,
                           (select min(e.at) from case_event e where e.case_id = c.id and e.action = 'APPROVED') as concluded_at
                    from report r join case_file c on c.report_id = r.id),
                limits as (
                    select cs.area_id, d.due_on, (d.closed_at at time zone 'Asia/Shanghai')::date as closed_on
                    from cases cs join case_deadline d on d.case_id = cs.case_id
                    where d.closed_at >= ?1 and d.closed_at < ?2 and d.stage <> 'OBJECTION')
                select a.code, a.name, a.name_en,
                       (select count(*) from cases cs where cs.area_id is not distinct from a.id
                            and cs.received_at >= ?1 and cs.received_at < ?2),
                       (select count(*) from cases cs where cs.area_id is not distinct from a.id
                            and cs.concluded_at >= ?1 and cs.concluded_at < ?2),
                       (select count(*) from cases cs where cs.area_id is not distinct from a.id
                            and cs.concluded_at >= ?1 and cs.concluded_at < ?2
                            and cs.conclusion in ('SUBSTANTIATED', 'PARTLY_SUBSTANTIATED')),
                       (select count(*) from limits l where l.area_id is not distinct from a.id),
                       (select count(*) from limits l where l.area_id is not distinct from a.id and l.closed_on <= l.due_on)
                from (select id, code, name, name_en from unit
                      where kind in ('COUNTY_GOVERNMENT', 'MANAGEMENT_ZONE', 'DEVELOPMENT_ZONE') and active
                      union all select null, null, null, null) a
                order by a.code nulls first""".formatted(AREA_OF))
                .setParameter(1, from.toOffsetDateTime()).setParameter(2, to.toOffsetDateTime()).getResultList();
        List<AreaRow> areas = rows.stream().map(r -> new AreaRow((String) r[0], (String) r[1], (String) r[2],
                n(r[3]), n(r[4]), n(r[5]), n(r[6]), n(r[7]))).toList();
        return new Year(year, months, areas);
    }

    private static long n(Object value) {
        return ((Number) value).longValue();
    }
}
