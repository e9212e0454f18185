package cn.gov.yongzhou.qingfeng.desk;

import cn.gov.yongzhou.qingfeng.casework.CaseDeadline;
import cn.gov.yongzhou.qingfeng.casework.CaseFile;
import cn.gov.yongzhou.qingfeng.casework.DeadlineStage;
import cn.gov.yongzhou.qingfeng.casework.NoticeTask;
import cn.gov.yongzhou.qingfeng.casework.ReporterNotice;
import cn.gov.yongzhou.qingfeng.casework.Telling;
import cn.gov.yongzhou.qingfeng.intake.Report;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/** 告知 on the inspector's desk: what the reporter was told and how, the limits still to meet, the 请电话告知 tasks. */
@ApplicationScoped
public class Tellings {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    /** One case's telling: the record, the open tasks, the stages an inspector may record a call for. */
    public record CaseTelling(List<ReporterNotice> told, List<NoticeTask> tasks, List<DeadlineStage> open,
            String now) {
    }

    /** A task on the queue, with the receipt number to find the case by. */
    public record TaskRow(long caseId, String receiptNo, DeadlineStage stage, String channel, OffsetDateTime since) {
    }

    private final Telling telling;
    private final Clock clock;

    Tellings(Telling telling, Clock clock) {
        this.telling = telling;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CaseTelling of(long caseId) {
        CaseFile file = CaseFile.findById(caseId);
        List<DeadlineStage> open = Telling.STAGES.stream()
                .filter(s -> CaseDeadline.open(file, s).isPresent()).sorted().toList();
        List<NoticeTask> tasks = telling.openTasks().stream().filter(t -> t.caseId == caseId).toList();
        return new CaseTelling(telling.of(caseId), tasks, open,
                LocalDateTime.now(clock.withZone(BEIJING)).truncatedTo(ChronoUnit.MINUTES).toString());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TaskRow> tasks(cn.gov.yongzhou.qingfeng.casework.Jurisdiction.Scope scope) {
        List<NoticeTask> all = telling.openTasks();
        if (all.isEmpty()) {
            return List.of();
        }
        Map<Long, CaseFile> files = CaseFile.byIds(all.stream().map(t -> t.caseId).toList());
        // the tasks of the cases this inspector's body holds: no hint of the others
        List<NoticeTask> open = all.stream().filter(t -> scope.covers(files.get(t.caseId).bodyId)).toList();
        Map<Long, Report> reports = Report.byIds(files.values().stream().map(f -> f.reportId).toList());
        return open.stream().map(t -> new TaskRow(t.caseId, reports.get(files.get(t.caseId).reportId).receiptNo,
                t.stage, t.channel, t.createdAt)).toList();
    }

    /** An inspector's record of a call, letter or visit; the time as typed on the form (Beijing, to the minute). */
    public Telling.Refusal record(long caseId, String stage, String method, String at, String said, String response,
            String actor) {
        DeadlineStage s;
        ReporterNotice.Method m;
        try {
            s = DeadlineStage.valueOf(stage == null ? "" : stage);
        } catch (IllegalArgumentException e) {
            return Telling.Refusal.NOT_A_NOTICE_STAGE;
        }
        try {
            m = ReporterNotice.Method.valueOf(method == null ? "" : method);
        } catch (IllegalArgumentException e) {
            return Telling.Refusal.METHOD_REQUIRED;
        }
        OffsetDateTime when;
        try {
            when = at == null || at.isBlank() ? null : LocalDateTime.parse(at.strip()).atZone(BEIJING).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            return Telling.Refusal.WHEN_REQUIRED;
        }
        return telling.recordByStaff(caseId, s, m, when, said, response, actor);
    }
}
