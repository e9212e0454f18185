package cn.gov.yongzhou.qingfeng.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 重复举报预警: reports naming the same staff member or window, or the same unit in a short time, seen together so
 * a pattern shows before the tenth report. Windows are counted around each report's receipt, both ways.
 */
@ApplicationScoped
public class RepeatTargets {

    /**
     * The strongest pattern a report is part of: why, how many reports make it (this one included) and from how many
     * people (by the keyed index of their ID numbers: six reports of one person are not six voices).
     */
    public record Cluster(ClusterReason reason, int size, int people) {
    }

    /** Another report of the cluster, as the case page lists it. */
    public record Related(long caseId, String receiptNo, OffsetDateTime receivedAt) {
    }

    private final EntityManager em;
    private final AlertConfig config;

    RepeatTargets(EntityManager em, AlertConfig config) {
        this.em = em;
        this.config = config;
    }

    private static final String RELATED = """
            from report r join report o on o.id <> r.id join case_fact c on c.report_id = o.id
            where r.id = ?1 and (
                  (?2 = 'SAME_STAFF' and ((r.accused_badge is not null and upper(o.accused_badge) = upper(r.accused_badge))
                                          or (r.accused_name is not null and o.unit_id = r.unit_id
                                              and o.accused_name = r.accused_name))
                   and o.received_at between r.received_at - make_interval(days => ?3)
                                         and r.received_at + make_interval(days => ?3))
               or (?2 = 'SAME_WINDOW' and o.window_id = r.window_id
                   and o.received_at between r.received_at - make_interval(days => ?3)
                                         and r.received_at + make_interval(days => ?3))
               or (?2 = 'SAME_UNIT' and o.unit_id = r.unit_id
                   and o.received_at between r.received_at - make_interval(days => ?3)
                                         and r.received_at + make_interval(days => ?3)))""";

    /** The clusters of the given reports (only those that make one), for a page of the queue: one query a page. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, Cluster> of(Collection<Long> reportIds) {
        Map<Long, Cluster> clusters = new HashMap<>();
        if (reportIds.isEmpty()) {
            return clusters;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select r.id,
                  (select count(*) from report o where o.id <> r.id
                     and ((r.accused_badge is not null and upper(o.accused_badge) = upper(r.accused_badge))
                          or (r.accused_name is not null and o.unit_id = r.unit_id and o.accused_name = r.accused_name))
                     and o.received_at between r.received_at - make_interval(days => ?2)
                                           and r.received_at + make_interval(days => ?2)),
                  (select count(*) from report o where o.id <> r.id and o.window_id = r.window_id
                     and o.received_at between r.received_at - make_interval(days => ?3)
                                           and r.received_at + make_interval(days => ?3)),
                  (select count(*) from report o where o.id <> r.id and o.unit_id = r.unit_id
                     and o.received_at between r.received_at - make_interval(days => ?4)
                                           and r.received_at + make_interval(days => ?4))
                from report r where r.id in (?1)""")
                .setParameter(1, List.copyOf(reportIds)).setParameter(2, config.sameStaffDays())
                .setParameter(3, config.sameWindowDays()).setParameter(4, config.sameUnitDays()).getResultList();
        for (Object[] row : rows) {
            for (ClusterReason reason : ClusterReason.values()) {
                int size = ((Number) row[1 + reason.ordinal()]).intValue() + 1;
                if (size >= threshold(reason)) {
                    long reportId = ((Number) row[0]).longValue();
                    clusters.put(reportId, new Cluster(reason, size, people(reportId, reason)));
                    break;
                }
            }
        }
        return clusters;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Cluster> cluster(long reportId) {
        for (ClusterReason reason : ClusterReason.values()) {
            int size = (int) count(reportId, reason) + 1;
            if (size >= threshold(reason)) {
                return Optional.of(new Cluster(reason, size, people(reportId, reason)));
            }
        }
        return Optional.empty();
    }

    /** The other reports of the report's cluster, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Related> related(long reportId, ClusterReason reason) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select c.case_id, o.receipt_no, o.received_at " + RELATED
                + " order by o.received_at desc limit 50")
                .setParameter(1, reportId).setParameter(2, reason.name()).setParameter(3, days(reason))
                .getResultList();
        return rows.stream().map(r -> new Related(((Number) r[0]).longValue(), (String) r[1], moment(r[2]))).toList();
    }

    private static OffsetDateTime moment(Object value) {
        if (value instanceof OffsetDateTime at) {
            return at;
        }
        java.time.Instant instant = value instanceof java.sql.Timestamp t ? t.toInstant() : (java.time.Instant) value;
        return instant.atOffset(java.time.ZoneOffset.UTC);
    }

    /** The people behind a report's cluster: distinct reporters of the related reports and of the report itself. */
    private int people(long reportId, ClusterReason reason) {
        return ((Number) em.createNativeQuery("select count(distinct x) from (select o.reporter_id_no_index as x "
                + RELATED + " union select reporter_id_no_index from report where id = ?1) s").setParameter(1, reportId)
                .setParameter(2, reason.name()).setParameter(3, days(reason)).getSingleResult()).intValue();
    }

    private long count(long reportId, ClusterReason reason) {
        return ((Number) em.createNativeQuery("select count(*) " + RELATED).setParameter(1, reportId)
                .setParameter(2, reason.name()).setParameter(3, days(reason)).getSingleResult()).longValue();
    }

    private int threshold(ClusterReason reason) {
        return switch (reason) {
            case SAME_STAFF -> config.sameStaff();
            case SAME_WINDOW -> config.sameWindow();
            case SAME_UNIT -> config.sameUnit();
        };
    }

    private int days(ClusterReason reason) {
        return switch (reason) {
            case SAME_STAFF -> config.sameStaffDays();
            case SAME_WINDOW -> config.sameWindowDays();
            case SAME_UNIT -> config.sameUnitDays();
        };
    }
}
