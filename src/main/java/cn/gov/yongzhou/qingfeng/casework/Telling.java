package cn.gov.yongzhou.qingfeng.casework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * 告知 and 反馈 (纪检监察机关处理检举控告工作规则 arts. 21-22): a real-name reporter is told whether the report was
 * accepted and given the result, and that is recorded. The limits close here and only here: when a notice was
 * delivered (notify reads it back from the gateway) or when an inspector records a call, a letter or a visit.
 */
@ApplicationScoped
public class Telling {

    /** The limits that are met by telling the reporter. */
    public static final Set<DeadlineStage> STAGES = EnumSet.of(DeadlineStage.ACCEPTANCE_NOTICE,
            DeadlineStage.RESULT_NOTICE);

    /** Why a record of a call, letter or visit is refused; null when it is not. */
    public enum Refusal {
        NOT_A_NOTICE_STAGE,
        METHOD_REQUIRED,
        WHEN_REQUIRED,
        WHEN_IN_FUTURE,
        SAID_REQUIRED,
        TOO_LONG
    }

    public static final int MAX_TEXT = 1000;

    private final Deadlines deadlines;
    private final Casework casework;
    private final Clock clock;

    Telling(Deadlines deadlines, Casework casework, Clock clock) {
        this.deadlines = deadlines;
        this.casework = casework;
        this.clock = clock;
    }

    /** A notice reached the reporter: the gateway said so ({@code channel} SMS or MAIL). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void toldByNotice(long caseId, DeadlineStage stage, String channel, String template, OffsetDateTime at) {
        told(caseId, stage, ReporterNotice.Method.valueOf(channel), at, template, null, null);
    }

    /** An inspector told the reporter by call, letter or visit, and records how, when, what was said and the answer. */
    @Transactional
    public Refusal recordByStaff(long caseId, DeadlineStage stage, ReporterNotice.Method method, OffsetDateTime at,
            String said, String response, String actor) {
        if (!STAGES.contains(stage)) {
            return Refusal.NOT_A_NOTICE_STAGE;
        }
        if (method == null || !method.byStaff()) {
            return Refusal.METHOD_REQUIRED;
        }
        if (at == null) {
            return Refusal.WHEN_REQUIRED;
        }
        if (at.isAfter(OffsetDateTime.now(clock).plusMinutes(5))) {
            return Refusal.WHEN_IN_FUTURE;
        }
        if (said == null || said.isBlank()) {
            return Refusal.SAID_REQUIRED;
        }
        if (said.strip().length() > MAX_TEXT || (response != null && response.strip().length() > MAX_TEXT)) {
            return Refusal.TOO_LONG;
        }
        told(caseId, stage, method, at, said.strip(), response == null || response.isBlank() ? null : response.strip(),
                actor);
        return null;
    }

    private void told(long caseId, DeadlineStage stage, ReporterNotice.Method method, OffsetDateTime at, String said,
            String response, String actor) {
        CaseFile file = CaseFile.findById(caseId);
        ReporterNotice notice = new ReporterNotice();
        notice.caseId = caseId;
        notice.stage = stage;
        notice.method = method;
        notice.toldAt = at;
        notice.said = said;
        notice.response = response;
        notice.recordedBy = actor;
        notice.persist();
        deadlines.close(file, stage);
        if (stage == DeadlineStage.RESULT_NOTICE && Transition.OBJECT.from.contains(file.state) && !Casework.objected(file)
                && CaseDeadline.of(file).stream().noneMatch(d -> d.stage == DeadlineStage.OBJECTION)) {
            // art. 22: the objection window runs from the day the reporter received the result
            deadlines.start(file, DeadlineStage.OBJECTION, file.category, file.subcategory,
                    at.atZoneSameInstant(cn.gov.yongzhou.qingfeng.shared.ClockProducer.ZONE).toLocalDate());
        }
        NoticeTask.open(caseId, stage).ifPresent(t -> t.doneAt = OffsetDateTime.now(clock));
        casework.record(file, CaseAction.REPORTER_TOLD, actor == null ? Casework.SYSTEM : actor, true,
                stage.name() + " " + method.name());
    }

    /**
     * A notice could not be delivered. While its limit is still open and no task waits already, the inspectors get
     * one: tell the reporter by phone.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void notReached(long caseId, DeadlineStage stage, String channel, String reason) {
        CaseFile file = CaseFile.findById(caseId);
        if (file == null || CaseDeadline.open(file, stage).isEmpty() || NoticeTask.open(caseId, stage).isPresent()) {
            return;
        }
        NoticeTask task = new NoticeTask();
        task.caseId = caseId;
        task.stage = stage;
        task.channel = channel;
        task.reason = reason == null ? null : reason.length() > 200 ? reason.substring(0, 200) : reason;
        task.createdAt = OffsetDateTime.now(clock);
        task.persist();
        casework.record(file, CaseAction.NOTICE_UNDELIVERED, Casework.SYSTEM, false, stage.name() + " " + channel);
    }

    /** What the reporter was told of this case, in order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReporterNotice> of(long caseId) {
        return ReporterNotice.of(caseId);
    }

    /** The open 请电话告知 tasks, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<NoticeTask> openTasks() {
        return NoticeTask.allOpen();
    }
}
