package cn.gov.yongzhou.qingfeng.casework;

import cn.gov.yongzhou.qingfeng.category.Category;
import cn.gov.yongzhou.qingfeng.category.Subcategory;
import cn.gov.yongzhou.qingfeng.directory.Unit;
import cn.gov.yongzhou.qingfeng.directory.UnitKind;
import cn.gov.yongzhou.qingfeng.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** 案件: the case opened for one report; its state changes only through {@link Casework}. */
@Entity
@Table(name = "case_file")
public class CaseFile extends BaseEntity {

    @Column(name = "report_id", nullable = false, unique = true)
    public Long reportId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CaseState state;

    /** The report's category and subcategory, copied when the case opens: they choose the deadline policy. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Category category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Subcategory subcategory;

    @Column(name = "opened_at", nullable = false)
    public OffsetDateTime openedAt;

    /** The report gave no name: nobody to tell (no 告知 or 反馈 limits), and it ranks after real-name cases. */
    @Column(nullable = false)
    public boolean anonymous;

    /** The unit handling the case since it was assigned (交办); null before. */
    @Column(name = "assigned_unit_id")
    public Long assignedUnitId;

    /**
     * The discipline body that holds the case (管辖): its inspectors see and act on it, the city's body sees all.
     * Null only for cases older than the rule whose body the directory could not tell (the city's then).
     */
    @Column(name = "body_id")
    public Long bodyId;

    /** The conclusion decided on approval (核查结论); null until then. */
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Conclusion conclusion;

    /** The earliest due date among the open limits (kept by {@link Deadlines}); the queues sort by it. */
    @Column(name = "next_due")
    @org.hibernate.annotations.OptimisticLock(excluded = true) // bookkeeping, not a step anyone could collide with
    public java.time.LocalDate nextDue;

    /** Two people acting on one case at once: the second sees a conflict, not a silent overwrite. */
    @Version
    public int version;

    /**
     * 档案保管: kept sealed until this day instead of being erased when the retention period ended, because another
     * feature holds it ({@link RetentionHold}: a disposition, a head held to account); null for any other case.
     */
    @Column(name = "archived_until")
    public java.time.LocalDate archivedUntil;

    /** 并案: the case this one was merged into (a repeat of the same matter); set exactly while the state is MERGED. */
    @Column(name = "merged_into_id")
    public Long mergedIntoId;

    /**
     * The body that must meet a limit of this case: the handling unit for signing and verifying, otherwise the
     * discipline body of the accused unit's area (or the city's). Empty only when the directory has neither.
     */
    public Optional<Unit> responsibleFor(DeadlineStage stage, Unit accusedUnit) {
        if ((stage == DeadlineStage.INVESTIGATION || stage == DeadlineStage.UNIT_ACCEPTANCE) && assignedUnitId != null) {
            return Optional.ofNullable(Unit.findById(assignedUnitId));
        }
        if (bodyId != null) {
            return Optional.ofNullable(Unit.findById(bodyId)); // the body holding the case (管辖), as case_limit says
        }
        return Unit.nearest(UnitKind.DISCIPLINE_BODY, accusedUnit.area().orElse(null));
    }

    /**
     * 案件编号: how staff outside the discipline body (handlers, units, mails and papers to them, exports) name the
     * case. Never the receipt number: with it, whoever learns it can try the reporter's query password.
     */
    public static String reference(long caseId) {
        return String.format("QF-%06d", caseId);
    }

    public String reference() {
        return reference(id);
    }

    /** These cases by id, in one query. */
    public static Map<Long, CaseFile> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return CaseFile.<CaseFile> list("id in ?1", List.copyOf(ids)).stream()
                .collect(Collectors.toMap(f -> f.id, f -> f));
    }

    /** The cases merged into this one (its repeats), oldest first. */
    public static List<CaseFile> mergedInto(long caseId) {
        return list("mergedIntoId = ?1 order by id", caseId);
    }

    /** The case named by its reference ({@code QF-000042}, as staff write it); empty for anything else. */
    public static Optional<CaseFile> findByReference(String reference) {
        String r = reference == null ? "" : reference.strip().toUpperCase(java.util.Locale.ROOT);
        if (!r.matches("QF-\\d{1,15}")) {
            return Optional.empty();
        }
        return Optional.ofNullable(findById(Long.parseLong(r.substring(3))));
    }

    /** Whether the case can still take in a repeat: not merged itself and not ended (refused, passed on, filed). */
    public boolean open() {
        return !ENDED.contains(state);
    }

    static final java.util.Set<CaseState> ENDED = java.util.EnumSet.of(CaseState.MERGED, CaseState.REJECTED,
            CaseState.TRANSFERRED, CaseState.REFERRED, CaseState.CLOSED);

    public static Optional<CaseFile> findByReport(long reportId) {
        return find("reportId", reportId).firstResultOptional();
    }

    /**
     * The id of a report's case, without loading the case: a page that looks the case up before a write in its own
     * transaction and shows it after would otherwise show the state it had before.
     */
    public static Optional<Long> idOfReport(long reportId) {
        return getEntityManager().createQuery("select c.id from CaseFile c where c.reportId = ?1", Long.class)
                .setParameter(1, reportId).getResultStream().findFirst();
    }
}
