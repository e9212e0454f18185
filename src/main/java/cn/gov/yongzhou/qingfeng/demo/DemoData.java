package cn.gov.yongzhou.qingfeng.demo;

import cn.gov.yongzhou.qingfeng.accountability.Accountability;
import cn.gov.yongzhou.qingfeng.accountability.AccountabilityMatter;
import cn.gov.yongzhou.qingfeng.accountability.DispositionKind;
import cn.gov.yongzhou.qingfeng.accountability.DispositionWaiver;
import cn.gov.yongzhou.qingfeng.accountability.HeadDecision;
import cn.gov.yongzhou.qingfeng.accountability.WaiverReason;
import cn.gov.yongzhou.qingfeng.casework.CaseFile;
import cn.gov.yongzhou.qingfeng.casework.CaseRole;
import cn.gov.yongzhou.qingfeng.casework.CaseState;
import cn.gov.yongzhou.qingfeng.casework.Casework;
import cn.gov.yongzhou.qingfeng.casework.Chasing;
import cn.gov.yongzhou.qingfeng.casework.Conclusion;
import cn.gov.yongzhou.qingfeng.casework.DeadlineStage;
import cn.gov.yongzhou.qingfeng.casework.RejectionGround;
import cn.gov.yongzhou.qingfeng.casework.ReporterNotice;
import cn.gov.yongzhou.qingfeng.casework.Telling;
import cn.gov.yongzhou.qingfeng.casework.Transition;
import cn.gov.yongzhou.qingfeng.desk.CaseDesk;
import cn.gov.yongzhou.qingfeng.directory.ServiceWindow;
import cn.gov.yongzhou.qingfeng.directory.Staff;
import cn.gov.yongzhou.qingfeng.disclosure.Disclosure;
import cn.gov.yongzhou.qingfeng.disclosure.TypicalCase;
import cn.gov.yongzhou.qingfeng.followthrough.FollowThrough;
import cn.gov.yongzhou.qingfeng.followthrough.SatisfactionLevel;
import cn.gov.yongzhou.qingfeng.intake.Channel;
import cn.gov.yongzhou.qingfeng.intake.IntakeService;
import cn.gov.yongzhou.qingfeng.intake.Report;
import cn.gov.yongzhou.qingfeng.intake.ReportForm;
import cn.gov.yongzhou.qingfeng.intake.ResidentIdNumber;
import cn.gov.yongzhou.qingfeng.intake.Submission;
import cn.gov.yongzhou.qingfeng.routing.RoutingService;
import cn.gov.yongzhou.qingfeng.shared.ClockProducer;
import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * A year of cases for dev mode, made on first start when the database holds no report: received through intake,
 * moved through the life cycle by the casework, desk, accountability and disclosure services (so every rule holds),
 * each step on its own day (the {@link DemoClock} stands at it). A fixed seed makes the same year every time,
 * counted back from the day dev mode first starts. What it makes: every state of a case, limits met and missed,
 * escalations, conclusions with the result told to the reporter, dispositions, a head's accountability matter
 * decided collectively, ratings (some bad, so follow-ups), an objection under review, a published typical case.
 */
@IfBuildProfile("dev")
@ApplicationScoped
public class DemoData {

    static final String INSPECTOR = "jiwei";
    /** A second inspector: approvals that must not be the preparer's own. */
    static final String INSPECTOR_2 = "jiwei2";
    static final String SUPERVISOR = "ducha";

    private final DemoConfig config;
    private final DemoClock clock;
    private final IntakeService intake;
    private final Casework casework;
    private final CaseDesk desk;
    private final RoutingService routing;
    private final Chasing chasing;
    private final FollowThrough followThrough;
    private final Accountability accountability;
    private final Disclosure disclosure;
    private final Telling telling;

    DemoData(DemoConfig config, DemoClock clock, IntakeService intake, Casework casework, CaseDesk desk,
            RoutingService routing, Chasing chasing, FollowThrough followThrough, Accountability accountability,
            Disclosure disclosure, Telling telling) {
        this.telling = telling;
        this.config = config;
        this.clock = clock;
        this.intake = intake;
        this.casework = casework;
        this.desk = desk;
        this.routing = routing;
        this.chasing = chasing;
        this.followThrough = followThrough;
        this.accountability = accountability;
        this.disclosure = disclosure;
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.enabled()) {
            return;
        }
        long reports = QuarkusTransaction.requiringNew().call(() -> Report.count());
        if (reports > 0) {
            Log.infof("Demo data: the database already holds %d reports, none added", reports);
            return;
        }
        long started = System.nanoTime();
        try {
            Map<CaseState, Integer> made = make(config.reports(), config.seed());
            Log.infof("Demo data: %d reports of the past year made in %d s (qingfeng.demo.enabled=false to start "
                    + "empty), by state: %s", config.reports(), (System.nanoTime() - started) / 1_000_000_000L, made);
        } finally {
            clock.release();
        }
    }

    /** A window of the sample directory and the staff who work at it (badge numbers). */
    record Place(String unitCode, String windowCode, String windowName, String unitName, List<Long> staffIds,
            List<String> badges) {
    }

    /** One report's story: received when, by which channel, about whom. */
    record Story(LocalDateTime receivedAt, Place place, boolean corruption, int subject) {
    }

    Map<CaseState, Integer> make(int count, long seed) {
        Random random = new Random(seed);
        List<Place> places = QuarkusTransaction.requiringNew().call(DemoData::places);
        LocalDate today = LocalDate.now(ClockProducer.ZONE);
        List<Story> stories = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            // more reports in recent months, as a new portal becomes known; never on a weekend
            int daysAgo = (int) Math.floor(365 * Math.pow(random.nextDouble(), 1.3));
            LocalDate day = workday(today.minusDays(daysAgo), -1);
            LocalTime time = LocalTime.of(8, 30).plusMinutes(random.nextInt(9 * 60));
            Place place = places.get(random.nextInt(places.size()));
            // the windows with staff on record (the centres' windows) draw most reports, as the QR codes hang there
            if (place.staffIds().isEmpty() && random.nextDouble() < 0.55) {
                List<Place> staffed = places.stream().filter(p -> !p.staffIds().isEmpty()).toList();
                place = staffed.get(random.nextInt(staffed.size()));
            }
            stories.add(new Story(LocalDateTime.of(day, time), place, random.nextDouble() < 0.45,
                    random.nextInt(1000)));
        }
        stories.sort(java.util.Comparator.comparing(Story::receivedAt));
        Map<CaseState, Integer> made = new EnumMap<>(CaseState.class);
        Map<Long, String> receipts = new java.util.LinkedHashMap<>();
        List<Long> substantiatedCorruption = new ArrayList<>();
        for (int i = 0; i < stories.size(); i++) {
            try {
                Long caseId = tell(stories.get(i), new Random(seed * 31 + i), i, substantiatedCorruption);
                if (caseId != null) {
                    receipts.put(caseId, QuarkusTransaction.requiringNew().call(() -> Report.<Report> findById(
                            CaseFile.<CaseFile> findById(caseId).reportId).receiptNo));
                }
            } catch (RuntimeException e) {
                Log.warnf("Demo data: report %d not completed (%s)", i, e.getClass().getSimpleName());
            } finally {
                clock.release();
            }
        }
        publishATypicalCase(substantiatedCorruption);
        decideAHeadsMatter();
        clock.release();
        fillGaps(receipts);
        for (long caseId : receipts.keySet()) {
            made.merge(QuarkusTransaction.requiringNew().call(() -> CaseFile.<CaseFile> findById(caseId).state), 1,
                    Integer::sum);
        }
        // the deadline sweep at today: reminders and escalations for what is overdue now, as every night
        chasing.sweep();
        return new TreeMap<>(made);
    }

    private static List<Place> places() {
        Map<Long, List<Staff>> byWindow = new java.util.HashMap<>();
        for (Staff s : Staff.listOf(null)) {
            if (s.active && s.window != null && s.badgeNo != null) {
                byWindow.computeIfAbsent(s.window.id, k -> new ArrayList<>()).add(s);
            }
        }
        List<Place> places = new ArrayList<>();
        for (ServiceWindow w : ServiceWindow.listActive()) {
            List<Staff> staff = byWindow.getOrDefault(w.id, List.of());
            places.add(new Place(w.unit.code, w.code, w.name, w.unit.name, staff.stream().map(s -> s.id).toList(),
                    staff.stream().map(s -> s.badgeNo).toList()));
        }
        return places;
    }

    /** Takes one report as far as its story and today allow; the case's id, or null when intake refused it. */
    private Long tell(Story story, Random random, int n, List<Long> substantiatedCorruption) {
        Steps steps = new Steps(story.receivedAt(), random);
        clock.at(steps.now());
        Texts.Report text = Texts.report(story.corruption(), story.subject());
        ReportForm form = new ReportForm();
        form.category = story.corruption() ? "PETTY_CORRUPTION" : "ARROGANT_SERVICE";
        form.subcategory = text.subcategory();
        form.unit = story.place().unitCode();
        form.window = story.place().windowCode();
        LocalDate occurred = workday(story.receivedAt().toLocalDate().minusDays(random.nextInt(4)), -1);
        form.occurredDate = occurred.toString();
        form.occurredTime = LocalTime.of(9, 0).plusMinutes(15L * random.nextInt(30)).toString();
        form.place = story.place().unitName() + " " + story.place().windowName();
        int staffIndex = story.place().badges().isEmpty() ? -1 : random.nextInt(story.place().badges().size());
        if (staffIndex >= 0) {
            form.accusedBadge = story.place().badges().get(staffIndex);
        }
        form.accusedDescription = Texts.DESCRIPTIONS.get(random.nextInt(Texts.DESCRIPTIONS.size()));
        form.narrative = text.narrative();
        form.reporterName = Texts.name(random);
        form.idNumber = idNumber(random);
        form.phone = "139" + String.format("%08d", random.nextInt(100_000_000));
        form.directlyServed = "yes";
        // by phone: the inspector's calls are recorded on their days (text messages would go out today, late)
        form.contactPreference = "PHONE";
        form.declaration = "on";
        form.consent = "on";
        double via = random.nextDouble();
        Channel channel = via < 0.72 ? Channel.WEB
                : via < 0.86 ? Channel.PHONE
                        : via < 0.94 ? Channel.VISIT
                                : Channel.LETTER;
        Submission outcome = intake.submit(form, channel, channel == Channel.WEB ? "web" : "staff:" + INSPECTOR, null,
                Locale.SIMPLIFIED_CHINESE);
        if (!(outcome instanceof Submission.Accepted accepted)) {
            Log.debugf("Demo data: report %d refused by intake: %s", n, outcome);
            return null;
        }
        String receipt = accepted.receiptNo();
        long caseId = QuarkusTransaction.requiringNew().call(() -> CaseFile.findByReport(
                Report.findByReceipt(receipt).orElseThrow().id).orElseThrow().id);
        Casework.Actor inspector = new Casework.Actor(random.nextDouble() < 0.8 ? INSPECTOR : INSPECTOR_2,
                CaseRole.INSPECTOR);
        int v = 0;

        double fate = random.nextDouble();
        // a few reports wait too long for acceptance: the acceptance limit runs out
        if (!steps.later(random.nextDouble() < 0.08 ? 9 : 1 + random.nextInt(3))) {
            return caseId;
        }
        if (fate < 0.06) {
            RejectionGround ground = random.nextBoolean() ? RejectionGround.NO_SUBSTANCE : RejectionGround.OTHER_BODY;
            casework.reject(caseId, inspector, ground, ground.namesChannel() ? "拨打12345政务服务便民热线反映" : null,
                    "所反映问题不属于窗口工作人员作风问题", "您反映的事项不属于本平台受理范围，已告知可以反映的渠道。", v);
            call(caseId, DeadlineStage.ACCEPTANCE_NOTICE, steps, random, inspector, "电话告知不予受理的理由和可以反映的渠道");
            return caseId;
        }
        if (fate < 0.10) {
            casework.perform(caseId, Transition.TRANSFER, inspector, "转往：永州市市场监督管理局。涉及经营者价格问题",
                    null, "您反映的问题已转永州市市场监督管理局处理，该机关将直接与您联系。", v);
            call(caseId, DeadlineStage.ACCEPTANCE_NOTICE, steps, random, inspector, "电话告知已转永州市市场监督管理局处理");
            return caseId;
        }
        v = casework.perform(caseId, Transition.ACCEPT, inspector, null, v).version();
        call(caseId, DeadlineStage.ACCEPTANCE_NOTICE, steps, random, inspector, "电话告知已受理，将依规核查并反馈结果");
        boolean recent = story.receivedAt().isAfter(LocalDateTime.now(ClockProducer.ZONE).minusDays(20));
        if (recent && random.nextDouble() < 0.3) {
            return caseId; // accepted, the way of handling not yet chosen
        }

        double way = random.nextDouble();
        if (way < (recent ? 0.3 : 0.10)) {
            if (!steps.later(1)) {
                return caseId;
            }
            v = casework.perform(caseId, Transition.INQUIRE, inspector, null, v).version();
            if (!steps.later(6 + random.nextInt(10))) {
                return caseId;
            }
            Conclusion c = random.nextDouble() < 0.7 ? Conclusion.UNSUBSTANTIATED : Conclusion.PARTLY_SUBSTANTIATED;
            v = casework.perform(caseId, Transition.CONCLUDE_INQUIRY, inspector, Texts.inquiry(c), c, Texts.result(c),
                    v).version();
            call(caseId, DeadlineStage.RESULT_NOTICE, steps, random, inspector, "电话反馈函询核实的结果");
            return afterConclusion(caseId, receipt, c, story, staffIndex, steps, random, v, inspector,
                    substantiatedCorruption);
        }
        if (way < 0.15) {
            if (!steps.later(2)) {
                return caseId;
            }
            casework.perform(caseId, Transition.DISMISS, inspector, "经初步了解，反映的办理延误系系统故障所致，已恢复办理",
                    null, "经了解，您反映的办理延误系业务系统故障所致，现已恢复正常办理，本件予以了结。", v);
            call(caseId, DeadlineStage.RESULT_NOTICE, steps, random, inspector, "电话告知予以了结的理由");
            rate(caseId, steps, random);
            return caseId;
        }
        if (way < 0.18) {
            if (steps.later(2)) {
                casework.perform(caseId, Transition.HOLD, inspector, "反映的时间、窗口不具体，暂存待查，待补充线索后核实",
                        null, null, v);
            }
            return caseId;
        }
        if (way < 0.20 && story.corruption()) {
            if (steps.later(3)) {
                casework.perform(caseId, Transition.REFER, inspector, "线索涉嫌违纪，需立案审查调查", null,
                        "您反映的问题已移送有关部门依规依纪处理。", v);
                call(caseId, DeadlineStage.RESULT_NOTICE, steps, random, inspector, "电话告知已移送有关部门处理");
            }
            return caseId;
        }

        // 交办: the summary first, then to the body routing proposes
        if (!steps.later(1)) {
            return caseId;
        }
        desk.approveBrief(caseId, Texts.brief(story.corruption(), form.place), inspector.name());
        String handling = QuarkusTransaction.requiringNew().call(() -> {
            var route = routing.route(Report.findByReceipt(receipt).orElseThrow());
            return route.handler() == null ? null : route.handler().code();
        });
        if (handling == null) {
            return caseId;
        }
        CaseDesk.Assignment assignment = desk.assign(caseId, handling, null, v, inspector.name());
        if (assignment.outcome() == null) {
            return caseId;
        }
        v = assignment.outcome().version();
        Casework.Actor handler = new Casework.Actor("hc-" + handling.toLowerCase(Locale.ROOT), CaseRole.HANDLER);
        // now and then a unit signs late, or verifies far past its limit and is escalated
        if (!steps.later(random.nextDouble() < 0.1 ? 6 : 1 + random.nextInt(2))) {
            return caseId;
        }
        v = casework.perform(caseId, Transition.SIGN_FOR, handler, null, v).version();
        boolean slow = random.nextDouble() < 0.14;
        if (slow) {
            if (!steps.later(35)) {
                return caseId;
            }
            chasing.chase(caseId, DeadlineStage.INVESTIGATION, SUPERVISOR);
            if (!steps.later(3)) {
                return caseId;
            }
            chasing.escalate(caseId, DeadlineStage.INVESTIGATION, SUPERVISOR);
        }
        if (!steps.later(8 + random.nextInt(16))) {
            return caseId;
        }
        double found = random.nextDouble();
        Conclusion proposed = found < (story.corruption() ? 0.35 : 0.4) ? Conclusion.SUBSTANTIATED
                : found < 0.62 ? Conclusion.PARTLY_SUBSTANTIATED : Conclusion.UNSUBSTANTIATED;
        v = casework.submitFindings(caseId, handler, Texts.findings(proposed, story.corruption()), proposed, List.of(),
                v).version();
        if (!steps.later(2 + random.nextInt(recent ? 5 : 3))) {
            return caseId;
        }
        v = casework.perform(caseId, Transition.APPROVE, inspector, null, proposed, Texts.result(proposed), v)
                .version();
        call(caseId, DeadlineStage.RESULT_NOTICE, steps, random, inspector, "电话反馈核查结果和处理情况");
        return afterConclusion(caseId, receipt, proposed, story, staffIndex, steps, random, v, inspector,
                substantiatedCorruption);
    }

    /** What follows a conclusion: dispositions, the reporter's rating or objection, filing. */
    private Long afterConclusion(long caseId, String receipt, Conclusion conclusion, Story story, int staffIndex,
            Steps steps, Random random, int version, Casework.Actor inspector, List<Long> substantiatedCorruption) {
        int v = version;
        if (Conclusion.found(conclusion)) {
            if (!steps.later(3 + random.nextInt(6))) {
                return caseId;
            }
            if (staffIndex >= 0) {
                DispositionKind kind = story.corruption()
                        ? (conclusion == Conclusion.SUBSTANTIATED ? DispositionKind.WARNING : DispositionKind.ADMONITION)
                        : (random.nextBoolean() ? DispositionKind.CRITICISM_EDUCATION : DispositionKind.TALK_REMINDER);
                accountability.dispose(caseId, story.place().staffIds().get(staffIndex), kind,
                        steps.now().atZone(ClockProducer.ZONE).toLocalDate(), "经集体研究决定", inspector.name());
            } else {
                accountability.proposeWaiver(caseId, null, WaiverReason.PERSON_UNKNOWN,
                        "窗口当日排班记录缺失，无法确定具体工作人员", inspector.name());
                Long waiver = QuarkusTransaction.requiringNew().call(() -> DispositionWaiver.ofCase(caseId).stream()
                        .filter(w -> !w.approved()).map(w -> w.id).findFirst().orElse(null));
                if (waiver != null) {
                    accountability.approveWaiver(caseId, waiver,
                            INSPECTOR.equals(inspector.name()) ? INSPECTOR_2 : INSPECTOR);
                }
            }
            if (story.corruption() && conclusion == Conclusion.SUBSTANTIATED) {
                substantiatedCorruption.add(caseId);
            }
        }
        boolean objects = conclusion != Conclusion.SUBSTANTIATED && random.nextDouble() < 0.05;
        if (objects) {
            if (!steps.later(4) || !followThrough.object(caseId,
                    "核查时没有调取当天窗口的监控录像，也没有找我了解情况，我对结论有异议。").isEmpty()) {
                return caseId;
            }
            // the review: the conclusion kept, with reasons, and the reporter told (an objection of the last days
            // is still under review)
            if (!steps.later(5 + random.nextInt(8))) {
                return caseId;
            }
            int reviewed = QuarkusTransaction.requiringNew().call(() -> CaseFile.<CaseFile> findById(caseId).version);
            casework.perform(caseId, Transition.UPHOLD, inspector, "复核调取了当日录像并询问举报人，原结论无误", null,
                    "经复核，调取了当日窗口录像并向您了解了情况，原核查结论无误，予以维持。", reviewed);
            call(caseId, DeadlineStage.RESULT_NOTICE, steps, random, inspector, "电话告知复核结果");
            return caseId;
        }
        rate(caseId, steps, random);
        if (!steps.later(10 + random.nextInt(25))) {
            return caseId;
        }
        casework.perform(caseId, Transition.CLOSE, inspector, null, v);
        return caseId;
    }

    /**
     * 告知 by phone, recorded by the inspector within a working day or two (now and then weeks late); nothing when that
     * moment has not come yet.
     */
    private void call(long caseId, DeadlineStage stage, Steps steps, Random random, Casework.Actor inspector,
            String said) {
        // now and then the call comes weeks late: the limit is missed, and the board and ledger count it
        if (!steps.later(random.nextDouble() < 0.05 ? 20 : random.nextInt(2))) {
            return;
        }
        telling.recordByStaff(caseId, stage, ReporterNotice.Method.CALL, steps.now().atZone(ClockProducer.ZONE)
                .toOffsetDateTime(), said, random.nextDouble() < 0.3 ? "举报人表示知悉" : null, inspector.name());
    }

    private void rate(long caseId, Steps steps, Random random) {
        if (random.nextDouble() < 0.4 || !steps.later(2 + random.nextInt(6))) {
            return;
        }
        double r = random.nextDouble();
        SatisfactionLevel level = r < 0.35 ? SatisfactionLevel.VERY_SATISFIED
                : r < 0.7 ? SatisfactionLevel.SATISFIED
                        : r < 0.85 ? SatisfactionLevel.BASICALLY_SATISFIED
                                : r < 0.95 ? SatisfactionLevel.DISSATISFIED
                                        : SatisfactionLevel.VERY_DISSATISFIED;
        String comment = switch (level) {
            case DISSATISFIED, VERY_DISSATISFIED -> "只告诉我核查属实，没说对窗口怎么整改，问题还在。";
            case VERY_SATISFIED -> "处理及时，窗口服务明显好转。";
            default -> null;
        };
        followThrough.rate(caseId, level, comment);
    }

    /**
     * Every state on the desks whatever the seed left: today, the newest accepted case goes to an inquiry, the newest
     * signed-for case gets its findings, and the reporter of the newest concluded case still within its window objects.
     */
    private void fillGaps(Map<Long, String> receipts) {
        List<Long> newestFirst = new ArrayList<>(receipts.keySet());
        java.util.Collections.reverse(newestFirst);
        Map<CaseState, List<Long>> byState = new EnumMap<>(CaseState.class);
        for (long caseId : newestFirst) {
            CaseState state = QuarkusTransaction.requiringNew().call(() -> CaseFile.<CaseFile> findById(caseId).state);
            byState.computeIfAbsent(state, k -> new ArrayList<>()).add(caseId);
        }
        Casework.Actor inspector = new Casework.Actor(INSPECTOR, CaseRole.INSPECTOR);
        if (!byState.containsKey(CaseState.INQUIRING) && byState.getOrDefault(CaseState.ACCEPTED, List.of()).size() > 1) {
            long caseId = byState.get(CaseState.ACCEPTED).get(1);
            casework.perform(caseId, Transition.INQUIRE, inspector, null, version(caseId));
        }
        if (!byState.containsKey(CaseState.FINDINGS_SUBMITTED) && byState.containsKey(CaseState.SIGNED_FOR)) {
            long caseId = byState.get(CaseState.SIGNED_FOR).get(0);
            String unit = QuarkusTransaction.requiringNew()
                    .call(() -> cn.gov.yongzhou.qingfeng.directory.Unit.<cn.gov.yongzhou.qingfeng.directory.Unit> findById(
                            CaseFile.<CaseFile> findById(caseId).assignedUnitId).code);
            casework.submitFindings(caseId, new Casework.Actor("hc-" + unit.toLowerCase(Locale.ROOT), CaseRole.HANDLER),
                    Texts.findings(Conclusion.PARTLY_SUBSTANTIATED, false), Conclusion.PARTLY_SUBSTANTIATED, List.of(),
                    version(caseId));
        }
        if (!byState.containsKey(CaseState.UNDER_REVIEW)) {
            for (long caseId : byState.getOrDefault(CaseState.CONCLUDED, List.of())) {
                if (followThrough.object(caseId, "核查时没有找我了解情况，也没有调取当天的录像，我对结论有异议。")
                        .isEmpty()) {
                    break;
                }
            }
        }
    }

    private static int version(long caseId) {
        return QuarkusTransaction.requiringNew().call(() -> CaseFile.<CaseFile> findById(caseId).version);
    }

    /** A substantiated petty-corruption case, closed, written up in 通报 style and approved by a second inspector. */
    private void publishATypicalCase(List<Long> candidates) {
        for (long caseId : candidates) {
            boolean closed = QuarkusTransaction.requiringNew()
                    .call(() -> CaseFile.<CaseFile> findById(caseId).state == CaseState.CLOSED);
            if (!closed) {
                continue;
            }
            var draft = disclosure.draftText(caseId);
            if (draft.isEmpty()) {
                continue;
            }
            // the inspector writes out what the draft leaves blank
            String body = draft.get()[1].replace("（查证的事实）", "经调取窗口录像、询问当事人，反映的问题属实")
                    .replace("（处理或处分）", "相应处理").replace("（问责情况）", "被约谈提醒");
            if (!disclosure.prepare(caseId, draft.get()[0], body, INSPECTOR).isEmpty()) {
                continue;
            }
            Long id = QuarkusTransaction.requiringNew().call(() -> TypicalCase.ofCase(caseId).map(t -> t.id)
                    .orElse(null));
            if (id != null && disclosure.approve(id, INSPECTOR_2).isEmpty()) {
                return;
            }
        }
    }

    /** The oldest open matter of a unit head, decided collectively (通报) on a meeting three weeks after it opened. */
    private void decideAHeadsMatter() {
        record Open(long id, Instant openedAt) {
        }
        List<Open> open = QuarkusTransaction.requiringNew().call(() -> AccountabilityMatter.open().stream()
                .map(m -> new Open(m.id, m.openedAt.toInstant())).sorted(java.util.Comparator.comparing(Open::openedAt))
                .toList());
        if (open.isEmpty()) {
            return;
        }
        Open first = open.get(0);
        Instant meeting = workdayAt(first.openedAt().atZone(ClockProducer.ZONE).plusDays(21));
        clock.at(meeting);
        LocalDate on = meeting.atZone(ClockProducer.ZONE).toLocalDate();
        accountability.decide(first.id(), HeadDecision.CIRCULATION,
                "单位窗口工作人员索拿卡要问题查证属实，单位主要负责人履行管理监督职责不力。",
                new Accountability.Collective("市纪委监委" + on.getYear() + "年第" + (on.getMonthValue() + 2) + "次常委会会议", on,
                        "示例检查员甲、示例检查员乙"),
                null, null, INSPECTOR);
        clock.release();
    }

    /** The moments of a case, one after another in working days; never past now. */
    final class Steps {
        private ZonedDateTime at;
        private final Random random;

        Steps(LocalDateTime start, Random random) {
            this.at = start.atZone(ClockProducer.ZONE);
            this.random = random;
        }

        Instant now() {
            return at.toInstant();
        }

        /**
         * Moves {@code days} working days on, to a time in office hours, and stands the clock there; false (and the
         * clock untouched) when that moment has not come yet: the case waits there today.
         */
        boolean later(int days) {
            ZonedDateTime next = at;
            for (int i = 0; i < days; i++) {
                next = next.plusDays(1);
                while (next.getDayOfWeek() == DayOfWeek.SATURDAY || next.getDayOfWeek() == DayOfWeek.SUNDAY) {
                    next = next.plusDays(1);
                }
            }
            next = days == 0 ? next.plusMinutes(20 + random.nextInt(100))
                    : next.with(LocalTime.of(8, 45).plusMinutes(random.nextInt(8 * 60)));
            if (next.toInstant().isAfter(Instant.now().minusSeconds(3600))) {
                return false;
            }
            at = next;
            clock.at(at.toInstant());
            return true;
        }
    }

    private static LocalDate workday(LocalDate day, int direction) {
        LocalDate d = day;
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(direction);
        }
        return d;
    }

    private static Instant workdayAt(ZonedDateTime at) {
        LocalDate day = workday(at.toLocalDate(), 1);
        return day.atTime(10, 0).atZone(ClockProducer.ZONE).toInstant();
    }

    /** A resident ID number of Yongzhou (4311xx), born 1960–2000, with its check character. */
    static String idNumber(Random random) {
        String[] areas = { "431102", "431103", "431121", "431122", "431123", "431124", "431125", "431126", "431127",
                "431128", "431181" };
        LocalDate born = LocalDate.of(1960, 1, 1).plusDays(random.nextInt(40 * 365));
        String first17 = areas[random.nextInt(areas.length)] + born.toString().replace("-", "")
                + String.format("%03d", random.nextInt(1000));
        return first17 + ResidentIdNumber.checkChar(first17);
    }
}
