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
        CaseFile file = new CaseFile();
        file.reportId = reportId;
        file.state = CaseState.REGISTERED;
        file.category = category;
        file.subcategory = subcategory;
        file.openedAt = receivedAt;
        file.persist();
        java.time.LocalDate receivedOn = receivedAt.atZoneSameInstant(clock.getZone()).toLocalDate();
        CaseDeadline acceptance = deadlines.start(file, DeadlineStage.ACCEPTANCE, category, subcategory, receivedOn);
        deadlines.start(file, DeadlineStage.ACCEPTANCE_NOTICE, category, subcategory, receivedOn);
        record(file, CaseAction.REGISTERED, SYSTEM, true, null, acceptance);
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
        return performWith(caseId, Transition.ASSIGN, actor, reason, expectedVersion, new Extras(unitId, null, List.of(), null, null, null));
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
            RejectionGround ground, String channel) {
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
        transition.closes.forEach(stage -> deadlines.close(file, stage));
        CaseDeadline first = null;
        for (DeadlineStage stage : transition.starts) {
            CaseDeadline started = deadlines.start(file, stage, file.category, file.subcategory, deadlines.today());
            first = first == null ? started : first;
        }
        CaseEvent event = record(file, transition.action, actor.name(), transition.publicEvent,
                reason == null ? null : reason.strip(), first);
        event.conclusion = transition.needsConclusion() ? extras.conclusion() : null;
        event.reporterNote = extras.toReporter();
        event.rejectionGround = extras.ground();
        event.properChannel = extras.channel();
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
