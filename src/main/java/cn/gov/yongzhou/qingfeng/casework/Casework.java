package cn.gov.yongzhou.qingfeng.casework;

import cn.gov.yongzhou.qingfeng.category.Category;
import cn.gov.yongzhou.qingfeng.category.Subcategory;
import cn.gov.yongzhou.qingfeng.shared.crypto.PersonalDataCipher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** The one place where cases are opened and their timeline written. */
@ApplicationScoped
public class Casework {

    public static final String SYSTEM = "system";

    private final Clock clock;
    private final Deadlines deadlines;
    private final jakarta.enterprise.event.Event<CaseMoved> moved;
    private final PersonalDataCipher cipher;
    private final jakarta.enterprise.inject.Instance<TransitionGuard> guards;

    Casework(Clock clock, Deadlines deadlines, jakarta.enterprise.event.Event<CaseMoved> moved,
            PersonalDataCipher cipher, jakarta.enterprise.inject.Instance<TransitionGuard> guards) {
        this.clock = clock;
        this.deadlines = deadlines;
        this.moved = moved;
        this.cipher = cipher;
        this.guards = guards;
    }

    /**
     * Opens the case of a report just stored, in the same transaction, and starts the limits that run from
     * receipt: accepting it (5 working days) and telling the real-name reporter (15).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CaseFile open(long reportId, OffsetDateTime receivedAt, Category category, Subcategory subcategory) {
        return open(reportId, receivedAt, category, subcategory, false, null);
    }

    /**
     * The same for a report that may be anonymous, held by a discipline body (管辖): an anonymous reporter is told
     * nothing but through the receipt and the query password, so no limit to tell them runs (告知 and 反馈 are owed to
     * real-name reporters, arts. 21–22).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CaseFile open(long reportId, OffsetDateTime receivedAt, Category category, Subcategory subcategory,
            boolean anonymous, Long bodyId) {
        CaseFile file = new CaseFile();
        file.anonymous = anonymous;
        file.bodyId = bodyId;
        file.reportId = reportId;
        file.state = CaseState.REGISTERED;
        file.category = category;
        file.subcategory = subcategory;
        file.openedAt = receivedAt;
        // the first limits reckoned before the case is written, so its next due day goes in with it
        java.time.LocalDate receivedOn = receivedAt.atZoneSameInstant(clock.getZone()).toLocalDate();
        Deadlines.Due acceptance = deadlines.due(DeadlineStage.ACCEPTANCE, category, subcategory, receivedOn);
        Deadlines.Due notice = anonymous ? null
                : deadlines.due(DeadlineStage.ACCEPTANCE_NOTICE, category, subcategory, receivedOn);
        file.nextDue = acceptance.nextDue(null);
        if (notice != null) {
            file.nextDue = notice.nextDue(file.nextDue);
        }
        file.persist();
        CaseDeadline started = deadlines.begin(file, acceptance);
        if (notice != null) {
            deadlines.begin(file, notice);
        }
        record(file, CaseAction.REGISTERED, SYSTEM, true, null, started);
        return file;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(CaseFile file, CaseAction action, String actor, boolean publicEvent, String note) {
        record(file, action, actor, publicEvent, note, null);
    }

    private CaseEvent record(CaseFile file, CaseAction action, String actor, boolean publicEvent, String note,
            CaseDeadline started) {
        CaseEvent event = new CaseEvent();
        if (started != null) {
            event.deadlineStage = started.stage;
            event.deadlineDue = started.dueOn;
        }
        event.caseFile = file;
        event.at = OffsetDateTime.now(clock);
        event.action = action;
        event.actor = actor;
        event.publicEvent = publicEvent;
        event.note = note;
        event.persist();
        return event;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(long reportId, CaseAction action, String actor, boolean publicEvent) {
        CaseFile file = CaseFile.findByReport(reportId)
                .orElseThrow(() -> new IllegalStateException("report " + reportId + " has no case"));
        record(file, action, actor, publicEvent, null);
    }

    /** Who acts: the signed-in name (or {@link #SYSTEM}) and the role they act in. */
    public record Actor(String name, CaseRole role) {
    }

    public sealed interface Outcome {
        CaseState state();

        int version();
    }

    /** Done: the case is in its new state, written on the timeline. */
    public record Done(CaseState state, int version) implements Outcome {
    }

    /** Not allowed now, and why; nothing changed. */
    public record Refused(Transition.Refusal refusal, CaseState state, int version) implements Outcome {
    }

    /** Someone else acted first: nothing changed, here is the state they left. */
    public record Stale(CaseState state, int version) implements Outcome {
    }

    /**
     * The one place a case moves: checks the transition for this role and state, performs it and appends it to
     * the timeline, all in one transaction. {@code expectedVersion} is the version the actor saw; if the case has
     * moved since, nothing happens and the fresh state comes back. Two people at the same instant: the database's
     * version check lets one commit, and the other gets {@link Stale}.
     */
    public Outcome perform(long caseId, Transition transition, Actor actor, String reason, int expectedVersion) {
        return perform(caseId, transition, actor, reason, null, expectedVersion);
    }

    /** As {@link #perform(long, Transition, Actor, String, int)}, for a step that carries a conclusion (approval). */
    public Outcome perform(long caseId, Transition transition, Actor actor, String reason, Conclusion conclusion,
            int expectedVersion) {
        return perform(caseId, transition, actor, reason, conclusion, null, expectedVersion);
    }

    /**
     * As above, with what the inspector writes <em>for the reporter</em> (the reasons for a refusal or transfer, the
     * feedback of the result): kept apart from the staff note, shown on the tracking page and sent in the notice.
     */
    public Outcome perform(long caseId, Transition transition, Actor actor, String reason, Conclusion conclusion,
            String toReporter, int expectedVersion) {
        if (transition == Transition.ASSIGN) {
            throw new IllegalArgumentException("assigning needs a unit: use assign()");
        }
        if (transition == Transition.MERGE) {
            throw new IllegalArgumentException("merging needs the case to merge into: use merge()");
        }
        if (transition == Transition.REJECT) {
            return reject(caseId, actor, null, null, reason, toReporter, expectedVersion);
        }
        String told = toReporter == null || toReporter.isBlank() || !transition.toldWithText() ? null
                : toReporter.strip();
        if (told != null && told.length() > Transition.MAX_REPORTER_TEXT) {
            CaseFile fresh = current(caseId);
            return new Refused(Transition.Refusal.REASON_TOO_LONG, fresh.state, fresh.version);
        }
        return performWith(caseId, transition, actor, reason, expectedVersion,
                new Extras(null, conclusion, List.of(), told, null, null));
    }

    /**
     * 不予受理 on a coded ground; when the ground says the matter belongs elsewhere, {@code channel} names where (for the
     * reporter, on the tracking page and in the notice). {@code toReporter} is what else the inspector writes them.
     */
    public Outcome reject(long caseId, Actor actor, RejectionGround ground, String channel, String reason,
            String toReporter, int expectedVersion) {
        String where = channel == null || channel.isBlank() ? null : channel.strip();
        String told = toReporter == null || toReporter.isBlank() ? null : toReporter.strip();
        if ((where != null && where.length() > RejectionGround.MAX_CHANNEL)
                || (told != null && told.length() > Transition.MAX_REPORTER_TEXT)) {
            CaseFile fresh = current(caseId);
            return new Refused(Transition.Refusal.REASON_TOO_LONG, fresh.state, fresh.version);
        }
        return performWith(caseId, Transition.REJECT, actor, reason, expectedVersion,
                new Extras(null, null, List.of(), told, ground,
                        ground != null && ground.namesChannel() ? where : null));
    }

    /**
     * 交办: assigns the case to a handling unit. Whether that unit may have it (the accused's own unit, the unit the
     * accused heads) is routing's decision, made by the caller before this.
     */
    public Outcome assign(long caseId, long unitId, Actor actor, String reason, int expectedVersion) {
        return performWith(caseId, Transition.ASSIGN, actor, reason, expectedVersion,
                new Extras(unitId, null, List.of(), null, null, null));
    }

    /**
     * 并案 by hand: the case goes into {@code intoCaseId}, an open case of the same matter, which handles it from now
     * on. Both timelines record it; the merged case's own limits end.
     */
    public Outcome merge(long caseId, long intoCaseId, Actor actor, String reason, int expectedVersion) {
        return performWith(caseId, Transition.MERGE, actor, reason, expectedVersion,
                new Extras(null, null, List.of(), null, null, null, intoCaseId));
    }

    /**
     * Opens the case of a report recognised as a repeat of the same matter from the same person (art. 14): registered
     * and kept on file, merged at once into the open case {@code into}, with no limits of its own and no notice of
     * acceptance (art. 21: repeats are not told again). Both timelines record it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CaseFile openRepeat(long reportId, OffsetDateTime receivedAt, Category category, Subcategory subcategory,
            CaseFile into) {
        if (!into.open()) {
            throw new IllegalArgumentException("case " + into.id + " cannot take in a repeat");
        }
        CaseFile file = new CaseFile();
        file.reportId = reportId;
        file.bodyId = into.bodyId;
        file.state = CaseState.REGISTERED;
        file.category = category;
        file.subcategory = subcategory;
        file.openedAt = receivedAt;
        file.persist();
        record(file, CaseAction.REGISTERED, SYSTEM, true, null, null);
        file.state = CaseState.MERGED;
        file.mergedIntoId = into.id;
        record(file, CaseAction.REPEAT_REGISTERED, SYSTEM, true, into.reference(), null);
        record(into, CaseAction.REPEAT_MERGED, SYSTEM, false, file.reference(), null);
        return file;
    }

    /**
     * The steps in which an inspector may still correct what the report is about (更正): after reading it and before a
     * conclusion; not once it was refused, passed on, merged or concluded.
     */
    public static final java.util.Set<CaseState> RECLASSIFIABLE = java.util.EnumSet.of(CaseState.REGISTERED,
            CaseState.ACCEPTED, CaseState.INQUIRING, CaseState.HELD, CaseState.ASSIGNED, CaseState.SIGNED_FOR,
            CaseState.FINDINGS_SUBMITTED);

    /** Why the case cannot be reclassified now (stale, wrong state or role); null when it can. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome reclassifiable(CaseFile file, Actor actor, int expectedVersion) {
        if (file.version != expectedVersion) {
            return new Stale(file.state, file.version);
        }
        if (actor.role() != CaseRole.INSPECTOR) {
            return new Refused(Transition.Refusal.WRONG_ROLE, file.state, file.version);
        }
        if (!RECLASSIFIABLE.contains(file.state)) {
            return new Refused(Transition.Refusal.WRONG_STATE, file.state, file.version);
        }
        return null;
    }

    /**
     * 更正: the case takes the corrected category and subcategory, its running limits follow them, and the timeline
     * records the step (internal) with the reason. The caller (intake) changed the report in the same transaction and
     * checked {@link #reclassifiable} first. The case's version moves even when only the unit or accused changed, so
     * someone acting on the page from before sees that it changed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome reclassify(CaseFile file, Category category, Subcategory subcategory, Actor actor, String reason,
            int expectedVersion) {
        Outcome refused = reclassifiable(file, actor, expectedVersion);
        if (refused != null) {
            return refused;
        }
        file.category = category;
        file.subcategory = subcategory;
        deadlines.follow(file);
        CaseFile.getEntityManager().lock(file, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        record(file, CaseAction.RECLASSIFIED, actor.name(), false, reason.strip(), null);
        CaseFile.getEntityManager().flush();
        return new Done(file.state, file.version);
    }

    /**
     * 移交管辖: the case goes to another discipline body's inspectors (the city's hands it down, a county's moves it
     * up); the lower body no longer sees it. Whether the actor may move it there is the caller's decision. Internal:
     * never on the reporter's or a handler's timeline.
     */
    public Outcome changeBody(long caseId, long bodyId, Actor actor, String note, int expectedVersion) {
        try {
            return moveBody(caseId, bodyId, actor, note, expectedVersion);
        } catch (jakarta.persistence.OptimisticLockException e) {
            CaseFile fresh = current(caseId);
            return new Stale(fresh.state, fresh.version);
        }
    }

    @Transactional
    Outcome moveBody(long caseId, long bodyId, Actor actor, String note, int expectedVersion) {
        CaseFile file = CaseFile.findById(caseId);
        if (file.version != expectedVersion) {
            return new Stale(file.state, file.version);
        }
        file.bodyId = bodyId;
        record(file, CaseAction.BODY_CHANGED, actor.name(), false, note);
        CaseFile.getEntityManager().flush();
        return new Done(file.state, file.version);
    }

    /** A file that goes with the findings, already checked (type from its bytes, size, digest) by the caller. */
    public record Attachment(String fileName, String mediaType, byte[] bytes, String sha256) {
    }

    /**
     * 提交核查结果: the findings, the conclusion the unit proposes and the material that supports them, stored with
     * the step in one transaction, so there are never files without the findings or findings missing their files.
     */
    public Outcome submitFindings(long caseId, Actor actor, String findings, Conclusion proposed,
            List<Attachment> attachments, int expectedVersion) {
        return performWith(caseId, Transition.SUBMIT_FINDINGS, actor, findings, expectedVersion,
                new Extras(null, proposed, attachments, null, null, null));
    }

    record Extras(Long unitId, Conclusion conclusion, List<Attachment> attachments, String toReporter,
            RejectionGround ground, String channel, Long mergeInto, boolean newFacts) {

        Extras(Long unitId, Conclusion conclusion, List<Attachment> attachments, String toReporter,
                RejectionGround ground, String channel) {
            this(unitId, conclusion, attachments, toReporter, ground, channel, null, false);
        }

        Extras(Long unitId, Conclusion conclusion, List<Attachment> attachments, String toReporter,
                RejectionGround ground, String channel, Long mergeInto) {
            this(unitId, conclusion, attachments, toReporter, ground, channel, mergeInto, false);
        }
    }

    /**
     * 异议 / 申请复核 by the reporter (art. 22), recorded with whether it brings new facts or evidence: then the review
     * cannot simply keep the conclusion ({@link Transition.Refusal#NEW_FACTS_TO_VERIFY}). Whether the window is open is
     * the caller's question ({@link #objectionOpenUntil}, {@link #objectionBeforeNotice}); one objection a case.
     */
    public Outcome object(long caseId, Actor actor, String objection, boolean newFacts, int expectedVersion) {
        return performWith(caseId, Transition.OBJECT, actor, objection, expectedVersion,
                new Extras(null, null, List.of(), null, null, null, null, newFacts));
    }

    private Outcome performWith(long caseId, Transition transition, Actor actor, String reason, int expectedVersion,
            Extras extras) {
        try {
            return attempt(caseId, transition, actor, reason, expectedVersion, extras);
        } catch (jakarta.persistence.OptimisticLockException e) {
            CaseFile fresh = current(caseId);
            return new Stale(fresh.state, fresh.version);
        }
    }

    /**
     * What another feature's rule (a {@link TransitionGuard}) has against {@code transition} on the case now, or null:
     * read only, so a desk can say so before asking the inspector to confirm a step that would then be refused.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Transition.Refusal guardRefusal(long caseId, Transition transition) {
        CaseFile file = CaseFile.findById(caseId);
        if (file == null) {
            return null;
        }
        for (TransitionGuard guard : guards) {
            Transition.Refusal refusal = guard.refuse(file, transition);
            if (refusal != null) {
                return refusal;
            }
        }
        return null;
    }

    @Transactional
    Outcome attempt(long caseId, Transition transition, Actor actor, String reason, int expectedVersion,
            Extras extras) {
        CaseFile file = CaseFile.findById(caseId);
        if (file == null) {
            throw new IllegalArgumentException("no case " + caseId);
        }
        if (file.version != expectedVersion) {
            return new Stale(file.state, file.version);
        }
        Transition.Refusal refusal = transition.check(file.state, actor.role(), reason, extras.conclusion());
        if (refusal == null && transition == Transition.REJECT) {
            refusal = extras.ground() == null ? Transition.Refusal.GROUND_REQUIRED
                    : extras.ground().namesChannel() && extras.channel() == null ? Transition.Refusal.CHANNEL_REQUIRED
                            : null;
        }
        if (refusal == null && transition == Transition.MERGE) {
            refusal = mergeRefusal(file, extras.mergeInto());
        }
        if (refusal == null && transition == Transition.OBJECT && objected(file)) {
            refusal = Transition.Refusal.WRONG_STATE; // the answer to the one objection is final here
        }
        if (refusal == null && transition == Transition.UPHOLD
                && CaseEvent.latest(file, CaseAction.OBJECTED).map(e -> e.newFacts).orElse(false)) {
            refusal = Transition.Refusal.NEW_FACTS_TO_VERIFY;
        }
        for (TransitionGuard guard : guards) {
            refusal = refusal == null ? guard.refuse(file, transition) : refusal;
        }
        if (refusal != null) {
            return new Refused(refusal, file.state, file.version);
        }
        file.state = transition.to;
        if (extras.unitId() != null) {
            file.assignedUnitId = extras.unitId();
        }
        if (transition.decidesConclusion()) {
            file.conclusion = extras.conclusion();
        }
        String strippedReason = reason == null ? null : reason.strip();
        if (transition == Transition.MERGE) {
            CaseFile into = CaseFile.findById(extras.mergeInto());
            file.mergedIntoId = into.id;
            record(into, CaseAction.REPEAT_MERGED, actor.name(), false, file.reference() + " · " + strippedReason, null);
            strippedReason = into.reference() + " · " + strippedReason;
        } else if (transition == Transition.SPLIT) {
            CaseFile from = CaseFile.findById(file.mergedIntoId);
            file.mergedIntoId = null;
            record(from, CaseAction.REPEAT_SPLIT, actor.name(), false, file.reference() + " · " + strippedReason, null);
            strippedReason = from.reference() + " · " + strippedReason;
        }
        transition.closes.forEach(stage -> deadlines.close(file, stage));
        CaseDeadline first = null;
        for (DeadlineStage stage : transition.starts) {
            if (file.anonymous && Telling.STAGES.contains(stage)) {
                continue; // nobody to tell: the anonymous reporter reads the result on the tracking page
            }
            CaseDeadline started = deadlines.start(file, stage, file.category, file.subcategory, deadlines.today());
            first = first == null ? started : first;
        }
        CaseEvent event = record(file, transition.action, actor.name(), transition.publicEvent, strippedReason, first);
        event.conclusion = transition.needsConclusion() ? extras.conclusion() : null;
        event.reporterNote = extras.toReporter();
        event.rejectionGround = extras.ground();
        event.properChannel = extras.channel();
        event.newFacts = transition == Transition.OBJECT && extras.newFacts();
        int seq = 1;
        for (Attachment a : extras.attachments()) {
            FindingAttachment attachment = new FindingAttachment();
            attachment.caseFile = file;
            attachment.event = event;
            attachment.seq = seq++;
            attachment.fileName = a.fileName();
            attachment.mediaType = a.mediaType();
            attachment.sizeBytes = a.bytes().length;
            attachment.sha256 = a.sha256();
            attachment.uploadedBy = actor.name();
            attachment.persist();
            FindingAttachmentContent content = new FindingAttachmentContent();
            content.attachmentId = attachment.id;
            content.keyId = cipher.activeKeyId();
            content.sealed = cipher.seal(a.bytes());
            content.persist();
        }
        CaseFile.getEntityManager().flush(); // the version check happens here, inside the transaction
        moved.fire(new CaseMoved(file.id, file.reportId, transition, file.state, extras.toReporter(), extras.ground(),
                extras.channel()));
        return new Done(file.state, file.version);
    }

    /**
     * Why this case may not go into {@code intoId}: that case is missing, this one, merged itself or ended; or other
     * reports were merged into this one (a chain would hide them: split them off, or merge the other way).
     */
    private static Transition.Refusal mergeRefusal(CaseFile file, Long intoId) {
        // locked: the case taken in cannot be merged or filed itself meanwhile
        CaseFile into = intoId == null ? null
                : CaseFile.findById(intoId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (into == null || into.id.equals(file.id) || !into.open()) {
            return Transition.Refusal.MERGE_TARGET;
        }
        if (CaseFile.count("mergedIntoId", file.id) > 0) {
            return Transition.Refusal.HAS_REPEATS;
        }
        return null;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    CaseFile current(long caseId) {
        return CaseFile.findById(caseId);
    }

    /** What the reporter may see: the state and the public timeline. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PublicView> publicView(long reportId) {
        return CaseFile.findByReport(reportId).map(f -> new PublicView(f.state, f.conclusion,
                CaseEvent.publicTimeline(f).stream().map(PublicEvent::of).toList(),
                CaseDeadline.of(f).stream().filter(d -> d.closedAt == null && REPORTER_FACING.contains(d.stage))
                        .map(d -> new PublicDeadline(d.stage, d.dueOn, d.provisional)).toList()));
    }

    /** The last day the reporter may object (异议) to the conclusion, while that window runs; empty otherwise. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<java.time.LocalDate> objectionOpenUntil(long caseId) {
        CaseFile file = CaseFile.findById(caseId);
        if (file == null || !Transition.OBJECT.from.contains(file.state)) {
            return Optional.empty();
        }
        return CaseDeadline.of(file).stream().filter(d -> d.stage == DeadlineStage.OBJECTION && d.closedAt == null)
                .map(d -> d.dueOn).findFirst();
    }

    /**
     * Whether the reporter may object although the window has not started: the case is concluded but the result was not
     * yet given to them (the window runs from receipt, art. 22), and they have not objected before.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean objectionBeforeNotice(long caseId) {
        CaseFile file = CaseFile.findById(caseId);
        return file != null && Transition.OBJECT.from.contains(file.state) && !objected(file)
                && CaseDeadline.of(file).stream().noneMatch(d -> d.stage == DeadlineStage.OBJECTION);
    }

    /** Whether the reporter objected to this case before (one objection a case). */
    static boolean objected(CaseFile file) {
        return CaseEvent.latest(file, CaseAction.OBJECTED).isPresent();
    }

    /** The limits that are promises to the reporter, shown on the tracking page while they run. */
    static final java.util.Set<DeadlineStage> REPORTER_FACING = java.util.EnumSet.of(DeadlineStage.ACCEPTANCE_NOTICE,
            DeadlineStage.RESULT_NOTICE, DeadlineStage.OBJECTION, DeadlineStage.REVIEW_DECISION);

    public record PublicView(CaseState state, Conclusion conclusion, List<PublicEvent> timeline,
            List<PublicDeadline> deadlines) {
    }

    public record PublicDeadline(DeadlineStage stage, java.time.LocalDate due, boolean provisional) {
    }

    /**
     * A step as the reporter sees it: with what the inspector wrote for them, and for a 告知 which limit it met and
     * how ({@code told}: the message key "told.ACCEPTANCE_NOTICE.SMS").
     */
    public record PublicEvent(OffsetDateTime at, CaseAction action, String toReporter, String told,
            RejectionGround ground, String channel) {
        static PublicEvent of(CaseEvent e) {
            return new PublicEvent(e.at, e.action, e.reporterNote,
                    e.action == CaseAction.REPORTER_TOLD && e.note != null ? "told." + e.note.replace(' ', '.') : null,
                    e.rejectionGround, e.properChannel);
        }
    }
}
