package cn.gov.yongzhou.qingfeng.casework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;

/** 回访: an inspector records that a dissatisfied reporter was followed up, and what came of it. */
@ApplicationScoped
public class FollowUps {

    public static final int MAX_NOTE = 1000;

    public enum Result { DONE, NOTE_REQUIRED, NOTE_TOO_LONG, NOT_OPEN }

    private final Casework casework;
    private final Clock clock;

    FollowUps(Casework casework, Clock clock) {
        this.casework = casework;
        this.clock = clock;
    }

    @Transactional
    public Result complete(long followUpId, String actor, String note) {
        FollowUp task = FollowUp.findById(followUpId);
        if (task == null || task.doneAt != null) {
            return Result.NOT_OPEN;
        }
        String text = note == null ? "" : note.strip();
        if (text.isEmpty()) {
            return Result.NOTE_REQUIRED;
        }
        if (text.length() > MAX_NOTE) {
            return Result.NOTE_TOO_LONG;
        }
        task.doneAt = OffsetDateTime.now(clock);
        task.doneBy = actor;
        task.note = text;
        casework.record(CaseFile.findById(task.caseId), CaseAction.FOLLOWED_UP, actor, true, null);
        return Result.DONE;
    }
}
