package cn.gov.yongzhou.qingfeng.desk;

import cn.gov.yongzhou.qingfeng.casework.BriefRules;
import cn.gov.yongzhou.qingfeng.casework.Briefs;
import cn.gov.yongzhou.qingfeng.casework.CaseAction;
import cn.gov.yongzhou.qingfeng.casework.CaseDeadline;
import cn.gov.yongzhou.qingfeng.casework.CaseEvent;
import cn.gov.yongzhou.qingfeng.casework.CaseFile;
import cn.gov.yongzhou.qingfeng.casework.CaseOfficers;
import cn.gov.yongzhou.qingfeng.casework.CaseRole;
import cn.gov.yongzhou.qingfeng.casework.CaseState;
import cn.gov.yongzhou.qingfeng.casework.Casework;
import cn.gov.yongzhou.qingfeng.casework.Conclusion;
import cn.gov.yongzhou.qingfeng.casework.DeadlineExtension;
import cn.gov.yongzhou.qingfeng.casework.DeadlineStage;
import cn.gov.yongzhou.qingfeng.casework.FindingAttachment;
import cn.gov.yongzhou.qingfeng.casework.Jurisdiction;
import cn.gov.yongzhou.qingfeng.casework.Transition;
import cn.gov.yongzhou.qingfeng.category.Category;
import cn.gov.yongzhou.qingfeng.category.Subcategory;
import cn.gov.yongzhou.qingfeng.directory.Unit;
import cn.gov.yongzhou.qingfeng.intake.Evidence;
import cn.gov.yongzhou.qingfeng.intake.RepeatTargets;
import cn.gov.yongzhou.qingfeng.intake.RepeatedReports;
import cn.gov.yongzhou.qingfeng.intake.Report;
import cn.gov.yongzhou.qingfeng.intake.ReportCorrection;
import cn.gov.yongzhou.qingfeng.routing.Conflict;
import cn.gov.yongzhou.qingfeng.routing.Route;
import cn.gov.yongzhou.qingfeng.routing.RoutingService;
import cn.gov.yongzhou.qingfeng.shared.audit.SecurityLog;
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
import java.util.Set;

/** What the inspector's pages show and do: the queue, one case, the reveal of an identity. */
@ApplicationScoped
public class CaseDesk {

    public static final int PAGE_SIZE = 50;
    private static final LocalDate NO_DUE = LocalDate.of(9999, 12, 31);

    public record QueueRow(long caseId, String receiptNo, CaseState state, Category category, Subcategory subcategory,
            String unitName, String unitNameEn, LocalDate nextDue, boolean overdue, OffsetDateTime receivedAt,
            RepeatTargets.Cluster cluster, String reference, String handlerName, String handlerNameEn,
            Long daysLeft, boolean anonymous, CaseOfficers.Officer officer) {

        /** Calendar days past the next limit (the queue says "超期 3 天"). */
        public long daysOverdue() {
            return daysLeft == null ? 0 : -daysLeft;
        }
    }

    /** A page of the queue and the key of the next page (null on the last). */
    public record QueuePage(List<QueueRow> rows, String next) {
    }

    /** The reporter as the page shows them: masked, or in full after a recorded reveal. */
    /**
     * The reporter as an inspector sees them, masked until revealed. An anonymous report has none of it ({@code
     * anonymous}); a unit reports with its 经办人 ({@code agent}); {@code behalfOf} and {@code behalfRelation} when the
     * report is made for someone else; {@code idType} names the document of {@code idNumber}.
     */
    public record Reporter(boolean revealed, String name, String idNumber, String phone, String email,
            String contactPreference, boolean directlyServed, boolean anonymous, boolean unit, String agent,
            String behalfOf, String behalfRelation, cn.gov.yongzhou.qingfeng.intake.IdType idType, boolean awaiting) {
    }

    public record EvidenceRow(long id, String fileName, String mediaType, long sizeBytes, String sha256) {
    }

    public record CaseView(long caseId, int version, CaseState state, Report report, Reporter reporter,
            List<EvidenceRow> evidence, List<CaseDeadline> deadlines, List<CaseEvent> timeline,
            List<Transition> actions, LocalDate today, Unit assignedUnit, Route route, List<Unit> units,
            ExtensionState extension, FindingsView findings, RepeatTargets.Cluster cluster,
            List<RepeatTargets.Related> related, String reference, Briefs.BriefView brief,
            boolean handlerView, CaseLink mergedInto, List<CaseLink> repeats, List<EarlierRow> earlier,
            ReclassifyForm reclassify, List<ReportCorrection> corrections, Unit body, List<Unit> bodyChoices,
            OfficerDesk.OfficerPanel officer) {

        /** The same view with the 更正 form as the inspector typed it, and the messages beside its fields. */
        CaseView withReclassify(ReclassifyForm form) {
            return new CaseView(caseId, version, state, report, reporter, evidence, deadlines, timeline, actions, today,
                    assignedUnit, route, units, extension, findings, cluster, related, reference, brief, handlerView,
                    mergedInto, repeats, earlier, form, corrections, body, bodyChoices, officer);
        }

        /** The grounds on which an inspector may look at once (紧急查看). */
        public List<EmergencyGround> emergencyGrounds() {
            return List.of(EmergencyGround.values());
        }
    }

    /** Another case as a link: the case a report was merged into, or one merged into this case. */
    public record CaseLink(long caseId, String reference, String receiptNo, CaseState state) {
    }

    /**
     * Another report of the same person (found by the keyed indexes of ID number and phone), with the case it opened:
     * the inspector sees what the reporter said before, and whether it is the same matter.
     */
    public record EarlierRow(long caseId, String receiptNo, OffsetDateTime receivedAt, Category category,
            Subcategory subcategory, String unitName, String unitNameEn, CaseState state) {
    }

    /** The conclusion decided on approval, the one the unit proposed with its latest findings, and its material. */
    public record FindingsView(Conclusion decided, Conclusion proposed, List<AttachmentRow> files) {
    }

    public record AttachmentRow(long id, String fileName, String mediaType, long sizeBytes, String sha256,
            String uploadedBy, OffsetDateTime at) {
    }

    /**
     * The extension of the verification stage: none asked yet ({@code canRequest}), pending, or decided. (Not named
     * Extension: Qute names its resolver for a nested type so that it clashes with template-extension resolvers.)
     */
    public record ExtensionState(boolean canRequest, int maxDays, DeadlineExtension request) {
        public boolean pending() {
            return request != null && request.approved == null;
        }
    }

    /**
     * What became of an assignment: done, refused by the conflict rule, an override without reasons, no approved
     * 交办 summary yet, or stale.
     */
    public record Assignment(Casework.Outcome outcome, Conflict conflict, boolean reasonMissing, boolean briefMissing) {

        Assignment(Casework.Outcome outcome, Conflict conflict, boolean reasonMissing) {
            this(outcome, conflict, reasonMissing, false);
        }
    }

    /**
     * The steps a handler sees on the timeline: from the assignment on, the ones their work is about. Not the
     * registration (the time of receipt), the notes to and from the reporter, reveals or downloads.
     */
    static final Set<CaseAction> HANDLER_STEPS = java.util.EnumSet.of(CaseAction.ASSIGNED, CaseAction.SIGNED_FOR,
            CaseAction.FINDINGS_SUBMITTED, CaseAction.APPROVED, CaseAction.SENT_BACK, CaseAction.EXTENSION_REQUESTED,
            CaseAction.EXTENSION_APPROVED, CaseAction.EXTENSION_REFUSED, CaseAction.REMINDED, CaseAction.ESCALATED,
            CaseAction.RECORDED_OVERDUE, CaseAction.OBJECTED, CaseAction.CLOSED);

    private final EntityManager em;
    private final Casework casework;
    private final RoutingService routing;
    private final cn.gov.yongzhou.qingfeng.calendar.CalendarService calendar;
    private final Clock clock;
    private final RepeatTargets repeats;
    private final SecurityLog securityLog;
    private final Briefs briefs;
    private final OfficerDesk officers;

    @jakarta.inject.Inject
    Reveals reveals;

    @jakarta.inject.Inject
    RepeatedReports repeatedReports;

    CaseDesk(EntityManager em, Casework casework, RoutingService routing,
            cn.gov.yongzhou.qingfeng.calendar.CalendarService calendar, Clock clock, RepeatTargets repeats,
            SecurityLog securityLog, Briefs briefs, OfficerDesk officers) {
        this.em = em;
        this.officers = officers;
        this.briefs = briefs;
        this.securityLog = securityLog;
        this.repeats = repeats;
        this.casework = casework;
        this.routing = routing;
        this.calendar = calendar;
        this.clock = clock;
    }

    /**
     * The queue sorted by the next limit, paged by key: the page after {@code after} ("yyyy-MM-dd:id" of the last
     * row seen), never by OFFSET, so the thousandth page costs what the first does.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public QueuePage queue(QueueFilter filter, String after) {
        return queue(filter, after, null, null);
    }

    /** The same queue limited to the cases assigned to {@code units} (a handler's), when given. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public QueuePage queue(QueueFilter filter, String after, Set<Long> units) {
        return queue(filter, after, units, null);
    }

    /**
     * The same queue limited to the cases assigned to {@code units} (a handler's) and to the cases held by the
     * discipline body {@code body} (an inspector's {@link Jurisdiction.Scope#filter()}), each when given.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public QueuePage queue(QueueFilter filter, String after, Set<Long> units, Long body) {
        LocalDate today = LocalDate.now(clock);
        LocalDate dueBy = filter.dueWithinDays() == null ? null
                : calendar.addWorkingDays(today, filter.dueWithinDays()).date();
        LocalDate afterDue = LocalDate.of(1, 1, 1);
        long afterId = 0;
        // real-name cases first, anonymous ones after them (real-name reports are handled first): "a:" marks a page
        // that ended among the anonymous ones
        boolean afterAnonymous = after != null && after.startsWith("a:");
        String key = afterAnonymous ? after.substring(2) : after;
        if (key != null && key.matches("\\d{4}-\\d{2}-\\d{2}:\\d{1,18}")) {
            afterDue = LocalDate.parse(key.substring(0, 10));
            afterId = Long.parseLong(key.substring(11));
        }
        // the area as the directory defines it (unit_area): a code that is no county, district or zone matches nothing
        Long areaId = filter.area() == null ? null : Unit.findArea(filter.area()).map(u -> u.id).orElse(-1L);
        @SuppressWarnings("unchecked")
        List<Object[]> found = em.createNativeQuery("""
                select f.case_id, f.receipt_no, f.state, f.category, f.subcategory, f.unit_id, f.next_due,
                       f.received_at, f.report_id, f.assigned_unit_id, f.anonymous
                from case_fact f
                where (cast(?1 as varchar) is null or f.state = ?1)
                  and (not ?7 or f.assigned_unit_id in (?8))
                  and (not ?2 or f.next_due < ?3)
                  and (cast(?9 as varchar) is null or f.category = ?9)
                  and (cast(?10 as varchar) is null or f.channel = ?10)
                  and (cast(?11 as date) is null or f.next_due <= ?11)
                  and (cast(?12 as bigint) is null or f.unit_id in (select unit_id from unit_area where area_id = ?12))
                  and (cast(?14 as bigint) is null or f.body_id = ?14)
                  and (f.anonymous, coalesce(f.next_due, date '9999-12-31'), f.case_id) > (?13, ?4, ?5)
                order by f.anonymous, coalesce(f.next_due, date '9999-12-31'), f.case_id
                limit ?6""")
                .setParameter(1, filter.state() == null ? null : filter.state().name())
                .setParameter(2, filter.overdue())
                .setParameter(3, today).setParameter(4, afterDue).setParameter(5, afterId)
                .setParameter(6, PAGE_SIZE + 1).setParameter(7, units != null)
                .setParameter(8, units == null || units.isEmpty() ? List.of(-1L) : List.copyOf(units))
                .setParameter(9, filter.category() == null ? null : filter.category().name())
                .setParameter(10, filter.channel() == null ? null : filter.channel().name())
                .setParameter(11, dueBy).setParameter(12, areaId).setParameter(13, afterAnonymous)
                .setParameter(14, body).getResultList();
        boolean more = found.size() > PAGE_SIZE;
        List<Object[]> page = found.stream().limit(PAGE_SIZE).toList();
        if (page.isEmpty()) {
            return new QueuePage(List.of(), null);
        }
        Map<Long, Unit> accused = Unit.byIds(page.stream().map(o -> ((Number) o[5]).longValue()).toList());
        // a handler's queue shows only their own cases: no hint of reports they may not see
        Map<Long, RepeatTargets.Cluster> clusters = units == null
                ? repeats.of(page.stream().map(o -> ((Number) o[8]).longValue()).toList())
                : Map.of();
        // the inspectors' queue names each case's officer (承办人); a handler's does not
        Map<Long, CaseOfficers.Officer> officerOf = units == null
                ? this.officers.officersOf(page.stream().map(o -> ((Number) o[0]).longValue()).toList())
                : Map.of();
        Map<Long, Unit> handling = Unit.byIds(page.stream().filter(o -> o[9] != null)
                .map(o -> ((Number) o[9]).longValue()).toList());
        List<QueueRow> rows = page.stream().map(o -> {
            Unit unit = accused.get(((Number) o[5]).longValue());
            Unit handler = o[9] == null ? null : handling.get(((Number) o[9]).longValue());
            LocalDate nextDue = date(o[6]);
            long caseId = ((Number) o[0]).longValue();
            // a handler's queue names the case by its reference, never by the reporter's receipt number
            String receiptNo = units == null ? (String) o[1] : null;
            return new QueueRow(caseId, receiptNo, CaseState.valueOf((String) o[2]),
                    Category.valueOf((String) o[3]), Subcategory.valueOf((String) o[4]), unit.name, unit.nameEn,
                    nextDue, nextDue != null && nextDue.isBefore(today), moment(o[7]),
                    clusters.get(((Number) o[8]).longValue()), receiptNo == null ? CaseFile.reference(caseId) : receiptNo,
                    handler == null ? null : handler.name, handler == null ? null : handler.nameEn,
                    nextDue == null ? null : java.time.temporal.ChronoUnit.DAYS.between(today, nextDue),
                    Boolean.TRUE.equals(o[10]), officerOf.get(caseId));
        }).toList();
        QueueRow last = rows.get(rows.size() - 1);
        String next = more ? (last.anonymous() ? "a:" : "") + (last.nextDue() == null ? NO_DUE : last.nextDue()) + ":"
                + last.caseId() : null;
        return new QueuePage(rows, next);
    }

    private static LocalDate date(Object o) {
        return o == null ? null : o instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) o;
    }

    private static OffsetDateTime moment(Object o) {
        if (o instanceof OffsetDateTime t) {
            return t;
        }
        java.time.Instant instant = o instanceof java.sql.Timestamp t ? t.toInstant() : (java.time.Instant) o;
        return instant.atZone(cn.gov.yongzhou.qingfeng.shared.ClockProducer.ZONE).toOffsetDateTime();
    }

    /** Whether the case is there at all: an inspector's step on an id that is not answers 404, not an error. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean exists(long caseId) {
        return CaseFile.findById(caseId) != null;
    }

    /**
     * One case as {@code role} may see it. A handler gets nothing for a case not assigned to one of their units
     * (not even a hint that it exists), and never the reporter.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CaseView> view(long caseId, String viewer, CaseRole role, Set<Long> handlerUnits) {
        return view(caseId, viewer, role, handlerUnits, null);
    }

    /**
     * One case as an inspector of this jurisdiction sees it: nothing, as for a missing id, when the case is held by
     * another body; with the bodies it may be handed to.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CaseView> view(long caseId, String viewer, CaseRole role, Set<Long> handlerUnits,
            Jurisdiction.Scope scope) {
        CaseFile file = CaseFile.findById(caseId);
        if (file == null) {
            return Optional.empty();
        }
        if (scope != null && !scope.covers(file.bodyId)) {
            return Optional.empty();
        }
        boolean handler = role == CaseRole.HANDLER;
        if (handler && (file.assignedUnitId == null || !handlerUnits.contains(file.assignedUnitId))) {
            return Optional.empty();
        }
        Report report = Report.findById(file.reportId);
        // a look a director approved (or an emergency look) for this viewer on this case, until it expires
        boolean revealed = !handler && reveals.revealed(caseId, viewer);
        String contact = report.contactPreference == null ? null : report.contactPreference.name();
        boolean unitReports = report.reporterKind == cn.gov.yongzhou.qingfeng.intake.ReporterKind.UNIT;
        Reporter reporter = handler ? null
                : report.anonymous
                        ? new Reporter(true, null, null, null, null, null, report.directlyServed, true, false, null, null, null,
                                null, false)
                        : revealed
                                ? new Reporter(true, report.reporterName, report.reporterIdNumber, report.reporterPhone,
                                        report.reporterEmail, contact, report.directlyServed, false, unitReports,
                                        report.reporterAgent,
                                        report.onBehalfOf, report.onBehalfRelation, report.idType, false)
                                : new Reporter(false, unitReports ? report.reporterName : report.maskedReporterName(),
                                        report.reporterIdNumber == null ? null : Masks.idNumber(report.reporterIdNumber),
                                        Masks.phone(report.reporterPhone), Masks.email(report.reporterEmail), contact,
                                        report.directlyServed, false, unitReports,
                                        report.reporterAgent == null ? null : Report.masked(report.reporterAgent),
                                        report.onBehalfOf == null ? null : Report.masked(report.onBehalfOf),
                                        report.onBehalfRelation,
                                        report.idType, reveals.awaiting(caseId, viewer));
        List<EvidenceRow> evidence = Evidence.listFor(report).stream()
                .map(e -> new EvidenceRow(e.id, e.fileName == null ? "—" : e.fileName, e.mediaType, e.sizeBytes, e.sha256))
                .toList();
        List<CaseDeadline> deadlines = CaseDeadline.of(file).stream()
                .filter(d -> !handler || d.stage == DeadlineStage.INVESTIGATION
                        || d.stage == DeadlineStage.UNIT_ACCEPTANCE)
                .sorted(Comparator.comparing((CaseDeadline d) -> d.closedAt != null).thenComparing(d -> d.dueOn))
                .toList();
        List<CaseEvent> all = CaseEvent.timeline(file);
        List<CaseEvent> timeline = handler ? handlerSteps(all) : all;
        List<Transition> actions = Transition.available(file.state, role);
        RepeatTargets.Cluster cluster = handler ? null : repeats.cluster(report.id).orElse(null);
        boolean assigning = actions.contains(Transition.ASSIGN);
        return Optional.of(new CaseView(file.id, file.version, file.state, report, reporter,
                handler ? List.of() : evidence, deadlines, timeline, actions, LocalDate.now(clock),
                file.assignedUnitId == null ? null : Unit.findById(file.assignedUnitId),
                assigning ? routing.route(report) : null, assigning ? Unit.listActive() : List.of(),
                extension(file), findings(file, timeline), cluster,
                cluster == null ? List.of() : repeats.related(report.id, cluster.reason()),
                handler ? file.reference() : report.receiptNo, briefs.of(caseId).orElse(null), handler,
                handler || file.mergedIntoId == null ? null : link(CaseFile.findById(file.mergedIntoId)),
                handler ? List.of() : CaseFile.mergedInto(file.id).stream().map(CaseDesk::link).toList(),
                handler ? List.of() : earlier(report.id),
                handler || !Casework.RECLASSIFIABLE.contains(file.state) ? null
                        : ReclassifyForm.of(report, Unit.listActive()),
                handler ? List.of() : ReportCorrection.of(report.id),
                handler || file.bodyId == null ? null : Unit.findById(file.bodyId),
                scope == null ? List.of() : bodyChoices(file, report, scope),
                handler ? null : officers.panel(file, viewer)));
    }

    private static CaseLink link(CaseFile file) {
        Report report = Report.findById(file.reportId);
        return new CaseLink(file.id, file.reference(), report.receiptNo, file.state);
    }

    /** The reporter's other reports, through the keyed index; never by decrypting anyone's data. */
    private List<EarlierRow> earlier(long reportId) {
        List<RepeatedReports.Earlier> found = repeatedReports.ofSamePerson(reportId);
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, Unit> units = Unit.byIds(found.stream().map(RepeatedReports.Earlier::unitId).distinct().toList());
        return found.stream().map(e -> {
            CaseFile other = CaseFile.findByReport(e.reportId()).orElse(null);
            Unit unit = units.get(e.unitId());
            return other == null ? null
                    : new EarlierRow(other.id, e.receiptNo(), e.receivedAt(), e.category(),
                            e.subcategory(), unit == null ? "" : unit.name, unit == null ? "" : unit.nameEn, other.state);
        }).filter(java.util.Objects::nonNull).toList();
    }

    /** What became of a merge asked for by hand: the outcome, or the case to merge into could not be found. */
    public record Merge(Casework.Outcome outcome, boolean targetUnknown) {
    }

    /**
     * 并案 by hand into the case named by its reference (QF-000042) or its receipt number, with the reason. A case
     * another discipline body holds is as unknown as one that does not exist: merging into it would hand this case
     * over, and the answer would tell that it exists.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Merge merge(long caseId, String into, String reason, int version, Jurisdiction.Scope scope, String actor) {
        String named = into == null ? "" : into.strip();
        Optional<CaseFile> target = CaseFile.findByReference(named)
                .or(() -> Report.findByReceipt(named).flatMap(r -> CaseFile.findByReport(r.id)))
                .filter(t -> scope.covers(t.bodyId));
        if (target.isEmpty()) {
            return new Merge(null, true);
        }
        return new Merge(casework.merge(caseId, target.get().id, new Casework.Actor(actor, CaseRole.INSPECTOR), reason,
                version), false);
    }

    /**
     * Where an inspector may send the case's jurisdiction: the city's body hands it down to any other discipline
     * body, a county's moves it up to the city's. Never to the body the report is about.
     */
    static List<Unit> bodyChoices(CaseFile file, Report report, Jurisdiction.Scope scope) {
        Set<Long> named = new java.util.HashSet<>();
        for (Unit u = report.unit; u != null; u = u.parent) {
            named.add(u.id);
        }
        return Unit.listActive(List.of(cn.gov.yongzhou.qingfeng.directory.UnitKind.DISCIPLINE_BODY)).stream()
                .filter(b -> !b.id.equals(file.bodyId) && !named.contains(b.id))
                .filter(b -> scope.city() || b.parent == null)
                .toList();
    }

    /** What became of a move of jurisdiction: done, or refused for want of a reason or an allowed body. */
    public enum Move {
        DONE,
        STALE,
        REASON_REQUIRED,
        NOT_ALLOWED
    }

    /** 移交管辖: hands the case to another discipline body's inspectors, with the reason on the timeline. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Move moveBody(long caseId, String bodyCode, String reason, int version, Jurisdiction.Scope scope,
            String actor) {
        CaseFile file = CaseFile.findById(caseId);
        if (file == null || !scope.covers(file.bodyId)) {
            return Move.NOT_ALLOWED;
        }
        if (reason == null || reason.isBlank() || reason.strip().length() > 500) {
            return Move.REASON_REQUIRED;
        }
        Report report = Report.findById(file.reportId);
        Optional<Unit> target = bodyChoices(file, report, scope).stream()
                .filter(b -> b.code.equals(bodyCode)).findFirst();
        if (target.isEmpty()) {
            return Move.NOT_ALLOWED;
        }
        Casework.Outcome outcome = casework.changeBody(caseId, target.get().id,
                new Casework.Actor(actor, CaseRole.INSPECTOR), target.get().name + "：" + reason.strip(), version);
        return outcome instanceof Casework.Done ? Move.DONE : Move.STALE;
    }

    /**
     * The handler's part of the timeline: from the latest assignment to their unit on, their kind of steps; an
     * objection shows that one was raised, never its text.
     */
    static List<CaseEvent> handlerSteps(List<CaseEvent> all) {
        int from = 0;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).action == CaseAction.ASSIGNED) {
                from = i;
            }
        }
        return all.subList(from, all.size()).stream()
                .filter(e -> HANDLER_STEPS.contains(e.action) && !REPORTER_CONTACT.contains(e.action))
                .map(e -> REPORTER_TEXT.contains(e.action) ? withoutText(e) : e).toList();
    }

    /** 交办摘要: written and approved by the inspector; refused (with the fields' messages) when it exposes anything. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public cn.gov.yongzhou.qingfeng.shared.web.FieldErrors approveBrief(long caseId, BriefRules.Draft draft,
            String actor) {
        CaseFile file = CaseFile.findById(caseId);
        Report report = Report.findById(file.reportId);
        return briefs.approve(caseId, draft, new BriefRules.Source(report.narrative, report.reporterName,
                report.reporterIdNumber, report.reporterPhone, report.reporterEmail,
                java.util.Arrays.asList(report.reporterAgent, report.onBehalfOf)), actor);
    }

    /** Steps that tell how the reporter can be reached (a mail, a mobile on file): a handler does not see them. */
    private static final Set<CaseAction> REPORTER_CONTACT = Set.of(CaseAction.RECEIPT_MAILED,
            CaseAction.NOTICE_UNDELIVERED, CaseAction.PASSWORD_RESET);
    /** Steps whose text is the reporter's or names the channel used to reach them: a handler sees the step only. */
    private static final Set<CaseAction> REPORTER_TEXT = Set.of(CaseAction.OBJECTED, CaseAction.REPORTER_TOLD,
            CaseAction.RATED, CaseAction.FOLLOWED_UP);

    /**
     * An objection as the accused unit's handler sees it: that one was raised, never what the reporter wrote (art. 47:
     * the content of the report, and of what the reporter adds to it, is kept from the reported unit). What the
     * inspector asks the unit to verify again comes with the new assignment. A copy, never persisted.
     */
    private static CaseEvent withoutText(CaseEvent e) {
        CaseEvent copy = new CaseEvent();
        copy.id = e.id;
        copy.caseFile = e.caseFile;
        copy.at = e.at;
        copy.action = e.action;
        copy.actor = e.actor;
        copy.publicEvent = e.publicEvent;
        copy.deadlineStage = e.deadlineStage;
        copy.deadlineDue = e.deadlineDue;
        copy.conclusion = e.conclusion;
        return copy;
    }

    private static FindingsView findings(CaseFile file, List<CaseEvent> timeline) {
        Conclusion proposed = timeline.stream().filter(e -> e.action == CaseAction.FINDINGS_SUBMITTED)
                .reduce((a, b) -> b).map(e -> e.conclusion).orElse(null);
        List<AttachmentRow> files = FindingAttachment.of(file).stream()
                .map(a -> new AttachmentRow(a.id, a.fileName, a.mediaType, a.sizeBytes, a.sha256, a.uploadedBy,
                        a.createdAt))
                .toList();
        return new FindingsView(file.conclusion, proposed, files);
    }

    private static ExtensionState extension(CaseFile file) {
        return CaseDeadline.open(file, DeadlineStage.INVESTIGATION).map(d -> {
            DeadlineExtension request = DeadlineExtension.of(d).orElse(null);
            return new ExtensionState(request == null && d.policy.maxExtensionDays > 0, d.policy.maxExtensionDays, request);
        }).orElse(new ExtensionState(false, 0, null));
    }

    /**
     * 交办: to the unit routing proposes, or to another with reasons; never to a unit the conflict rule refuses.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Assignment assign(long caseId, String unitCode, String reason, int version, String actor) {
        CaseFile file = CaseFile.findById(caseId);
        Report report = Report.findById(file.reportId);
        Unit target = Unit.findByCode(unitCode == null ? "" : unitCode).orElse(null);
        if (target == null) {
            return new Assignment(null, null, true);
        }
        Conflict conflict = routing.conflict(target, report);
        if (conflict.refused()) {
            return new Assignment(null, conflict, false);
        }
        Route route = routing.route(report);
        boolean override = route.handler() == null || !route.handler().code().equals(target.code);
        if (override && (reason == null || reason.isBlank())) {
            return new Assignment(null, null, true);
        }
        if (briefs.of(caseId).isEmpty()) {
            // what leaves the discipline body is the summary, so there is nothing to send without one
            return new Assignment(null, null, false, true);
        }
        return new Assignment(casework.assign(caseId, target.id, new Casework.Actor(actor, CaseRole.INSPECTOR),
                override ? reason : null, version), Conflict.NONE, false);
    }
}
