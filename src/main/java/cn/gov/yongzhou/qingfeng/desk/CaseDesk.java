package cn.gov.yongzhou.qingfeng.desk;

import cn.gov.yongzhou.qingfeng.casework.CaseDeadline;
import cn.gov.yongzhou.qingfeng.casework.CaseEvent;
import cn.gov.yongzhou.qingfeng.casework.CaseFile;
import cn.gov.yongzhou.qingfeng.casework.CaseState;
import cn.gov.yongzhou.qingfeng.casework.Casework;
import cn.gov.yongzhou.qingfeng.casework.StaffRole;
import cn.gov.yongzhou.qingfeng.casework.Transition;
import cn.gov.yongzhou.qingfeng.intake.Category;
import cn.gov.yongzhou.qingfeng.intake.Evidence;
import cn.gov.yongzhou.qingfeng.intake.Subcategory;
import cn.gov.yongzhou.qingfeng.intake.Report;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What the inspector's pages show and do: the queue, one case, the reveal of an identity. */
@ApplicationScoped
public class CaseDesk {

    public static final int PAGE_SIZE = 50;
    private static final LocalDate NO_DUE = LocalDate.of(9999, 12, 31);

    public record QueueRow(long caseId, String receiptNo, CaseState state, Category category, Subcategory subcategory,
            String unitName, String unitNameEn, LocalDate nextDue, boolean overdue, OffsetDateTime receivedAt) {
    }

    /** A page of the queue and the key of the next page (null on the last). */
    public record QueuePage(List<QueueRow> rows, String next) {
    }

    /** The reporter as the page shows them: masked, or in full after a recorded reveal. */
    public record Reporter(boolean revealed, String name, String idNumber, String phone, String email,
            String contactPreference, boolean directlyServed) {
    }

    public record EvidenceRow(long id, String fileName, String mediaType, long sizeBytes, String sha256) {
    }

    public record CaseView(long caseId, int version, CaseState state, Report report, Reporter reporter,
            List<EvidenceRow> evidence, List<CaseDeadline> deadlines, List<CaseEvent> timeline,
            List<Transition> actions, LocalDate today) {
    }

    private final EntityManager em;
    private final Casework casework;
    private final Clock clock;

    CaseDesk(EntityManager em, Casework casework, Clock clock) {
        this.em = em;
        this.casework = casework;
        this.clock = clock;
    }

    /**
     * The queue sorted by the next limit, paged by key: the page after {@code after} ("yyyy-MM-dd:id" of the last
     * row seen), never by OFFSET, so the thousandth page costs what the first does.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public QueuePage queue(CaseState state, boolean overdueOnly, String after) {
        LocalDate today = LocalDate.now(clock);
        LocalDate afterDue = LocalDate.of(1, 1, 1);
        long afterId = 0;
        if (after != null && after.matches("\\d{4}-\\d{2}-\\d{2}:\\d{1,18}")) {
            afterDue = LocalDate.parse(after.substring(0, 10));
            afterId = Long.parseLong(after.substring(11));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> keys = em.createNativeQuery("""
                select c.id, coalesce(c.next_due, date '9999-12-31') from case_file c
                where (cast(?1 as varchar) is null or c.state = ?1)
                  and (not ?2 or c.next_due < ?3)
                  and (coalesce(c.next_due, date '9999-12-31'), c.id) > (?4, ?5)
                order by coalesce(c.next_due, date '9999-12-31'), c.id
                limit ?6""")
                .setParameter(1, state == null ? null : state.name()).setParameter(2, overdueOnly)
                .setParameter(3, today).setParameter(4, afterDue).setParameter(5, afterId)
                .setParameter(6, PAGE_SIZE + 1).getResultList();
        boolean more = keys.size() > PAGE_SIZE;
        List<Long> ids = keys.stream().limit(PAGE_SIZE).map(k -> ((Number) k[0]).longValue()).toList();
        if (ids.isEmpty()) {
            return new QueuePage(List.of(), null);
        }
        Map<Long, CaseFile> cases = CaseFile.<CaseFile>list("id in ?1", ids).stream()
                .collect(Collectors.toMap(c -> c.id, Function.identity()));
        Map<Long, Report> reports = em.createQuery(
                "from Report r join fetch r.unit where r.id in ?1", Report.class)
                .setParameter(1, cases.values().stream().map(c -> c.reportId).toList()).getResultList().stream()
                .collect(Collectors.toMap(r -> r.id, Function.identity()));
        List<QueueRow> rows = ids.stream().map(cases::get).map(c -> {
            Report r = reports.get(c.reportId);
            return new QueueRow(c.id, r.receiptNo, c.state, r.category, r.subcategory, r.unit.name,
                    r.unit.nameEn, c.nextDue, c.nextDue != null && c.nextDue.isBefore(today), r.receivedAt);
        }).toList();
        QueueRow last = rows.get(rows.size() - 1);
        String next = more ? (last.nextDue() == null ? NO_DUE : last.nextDue()) + ":" + last.caseId() : null;
        return new QueuePage(rows, next);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CaseView> view(long caseId, String viewer, StaffRole role) {
        CaseFile file = CaseFile.findById(caseId);
        if (file == null) {
            return Optional.empty();
        }
        Report report = Report.findById(file.reportId);
        boolean revealed = IdentityReveal.count("caseId = ?1 and actor = ?2", caseId, viewer) > 0;
        Reporter reporter = revealed
                ? new Reporter(true, report.reporterName, report.reporterIdNumber, report.reporterPhone,
                        report.reporterEmail, report.contactPreference.name(), report.directlyServed)
                : new Reporter(false, Masks.name(report.reporterName), Masks.idNumber(report.reporterIdNumber),
                        Masks.phone(report.reporterPhone), Masks.email(report.reporterEmail),
                        report.contactPreference.name(), report.directlyServed);
        List<EvidenceRow> evidence = Evidence.listFor(report).stream()
                .map(e -> new EvidenceRow(e.id, e.fileName, e.mediaType, e.sizeBytes, e.sha256)).toList();
        List<CaseDeadline> deadlines = CaseDeadline.of(file).stream()
                .sorted(Comparator.comparing((CaseDeadline d) -> d.closedAt != null).thenComparing(d -> d.dueOn))
                .toList();
        List<CaseEvent> timeline = CaseEvent.list("caseFile = ?1 order by at, id", file);
        return Optional.of(new CaseView(file.id, file.version, file.state, report, reporter, evidence, deadlines,
                timeline, Transition.available(file.state, role), LocalDate.now(clock)));
    }

    /** Records who looked at the reporter's identity and why, on the case's (internal) timeline too. */
    @Transactional
    public void reveal(long caseId, String viewer, String reason) {
        CaseFile file = CaseFile.findById(caseId);
        IdentityReveal reveal = new IdentityReveal();
        reveal.caseId = caseId;
        reveal.actor = viewer;
        reveal.reason = reason.strip();
        reveal.at = OffsetDateTime.now(clock);
        reveal.persist();
        casework.record(file, cn.gov.yongzhou.qingfeng.casework.CaseAction.IDENTITY_REVEALED, viewer, false,
                reveal.reason);
    }
}
