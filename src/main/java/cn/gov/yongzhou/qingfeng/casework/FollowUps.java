package cn.gov.yongzhou.qingfeng.casework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** 回访: an inspector records that a dissatisfied reporter was followed up, and what came of it. */
@ApplicationScoped
public class FollowUps {

    public static final int MAX_NOTE = 1000;

    public enum Result {
        DONE,
        NOTE_REQUIRED,
        NOTE_TOO_LONG,
        NOT_OPEN,
        KIND_REQUIRED,
        ALREADY_APPEALED,
        NO_APPEAL,
        OWN_APPEAL,
        APPEAL_PENDING
    }

    private final Casework casework;
    private final Deadlines deadlines;
    private final Clock clock;

    FollowUps(Casework casework, Deadlines deadlines, Clock clock) {
        this.casework = casework;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    /**
     * A bad rating was given: the follow-up task and its two limits, the visit (回访) and the rectification (整改), from
     * the policy in force (5 and 15 working days by default), chased and counted like every limit.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void open(long caseId, OffsetDateTime ratedAt) {
        CaseFile file = CaseFile.findById(caseId);
        FollowUp task = new FollowUp();
        task.caseId = caseId;
        task.openedAt = ratedAt;
        task.persist();
        LocalDate today = deadlines.today();
        deadlines.start(file, DeadlineStage.RATING_VISIT, file.category, file.subcategory, today);
        deadlines.start(file, DeadlineStage.RATING_RECTIFICATION, file.category, file.subcategory, today);
    }

    /** 整改: what the bad rating was about was put right; the note says what was done. */
    @Transactional
    public Result rectified(long followUpId, String actor, String note) {
        FollowUp task = FollowUp.findById(followUpId);
        if (task == null || task.rectifiedAt != null || Boolean.TRUE.equals(task.appealUpheld)) {
            return Result.NOT_OPEN;
        }
        Result bad = checkNote(note);
        if (bad != null) {
            return bad;
        }
        task.rectifiedAt = OffsetDateTime.now(clock);
        task.rectifiedBy = actor;
        task.rectification = note.strip();
        CaseFile file = CaseFile.findById(task.caseId);
        deadlines.close(file, DeadlineStage.RATING_RECTIFICATION);
        casework.record(file, CaseAction.RATING_RECTIFIED, actor, false, null);
        return Result.DONE;
    }

    /** 申诉复核: the rating is held mistaken or malicious, with the reasons; a second inspector decides. */
    @Transactional
    public Result appeal(long followUpId, FollowUp.RatingAppeal kind, String reason, String actor) {
        FollowUp task = FollowUp.findById(followUpId);
        if (task == null || task.finished()) {
            return Result.NOT_OPEN;
        }
        if (task.appealedAt != null) {
            return Result.ALREADY_APPEALED;
        }
        if (kind == null) {
            return Result.KIND_REQUIRED;
        }
        Result bad = checkNote(reason);
        if (bad != null) {
            return bad;
        }
        task.appealKind = kind;
        task.appealReason = reason.strip();
        task.appealedBy = actor;
        task.appealedAt = OffsetDateTime.now(clock);
        casework.record(CaseFile.findById(task.caseId), CaseAction.RATING_APPEALED, actor, false, null);
        return Result.DONE;
    }

    /**
     * The appeal decided by an inspector other than the one who made it. Upheld: the rating no longer counts
     * ({@code case_rating} leaves it out) and its limits end; refused: the rating stands and the limits run on.
     */
    @Transactional
    public Result decideAppeal(long followUpId, boolean upheld, String reason, String actor) {
        FollowUp task = FollowUp.findById(followUpId);
        if (task == null || !task.appealPending()) {
            return task == null ? Result.NOT_OPEN : Result.NO_APPEAL;
        }
        if (actor.equals(task.appealedBy)) {
            return Result.OWN_APPEAL;
        }
        Result bad = checkNote(reason);
        if (bad != null) {
            return bad;
        }
        task.appealUpheld = upheld;
        task.appealDecidedBy = actor;
        task.appealDecidedAt = OffsetDateTime.now(clock);
        task.appealDecision = reason.strip();
        CaseFile file = CaseFile.findById(task.caseId);
        if (upheld) {
            deadlines.close(file, DeadlineStage.RATING_VISIT);
            deadlines.close(file, DeadlineStage.RATING_RECTIFICATION);
        }
        casework.record(file, CaseAction.RATING_APPEAL_DECIDED, actor, false, null);
        return Result.DONE;
    }

    private static Result checkNote(String note) {
        String text = note == null ? "" : note.strip();
        if (text.isEmpty()) {
            return Result.NOTE_REQUIRED;
        }
        return text.length() > MAX_NOTE ? Result.NOTE_TOO_LONG : null;
    }

    @Transactional
    public Result complete(long followUpId, String actor, String note) {
        FollowUp task = FollowUp.findById(followUpId);
        if (task == null || task.doneAt != null || Boolean.TRUE.equals(task.appealUpheld)) {
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
        CaseFile file = CaseFile.findById(task.caseId);
        deadlines.close(file, DeadlineStage.RATING_VISIT);
        casework.record(file, CaseAction.FOLLOWED_UP, actor, true, null);
        return Result.DONE;
    }
}
