package cn.gov.yongzhou.qingfeng.desk;

import cn.gov.yongzhou.qingfeng.casework.CaseAction;
import cn.gov.yongzhou.qingfeng.casework.CaseFile;
import cn.gov.yongzhou.qingfeng.casework.Casework;
import cn.gov.yongzhou.qingfeng.shared.audit.SecurityKind;
import cn.gov.yongzhou.qingfeng.shared.audit.SecurityLog;
import cn.gov.yongzhou.qingfeng.shared.web.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * 查看举报人身份: an inspector asks with a reason, a second person with the director role (分管领导) approves or refuses in
 * the portal; the look is for that inspector on that case and ends after {@link RevealConfig#validFor()}. On an
 * emergency ground an inspector sees it at once, for {@link RevealConfig#emergencyFor()}, with a longer reason, and
 * the look waits on the directors' page for review. Every step is on the case's internal timeline and the security
 * log; every look granted is a sealed {@link IdentityReveal}.
 */
@ApplicationScoped
public class Reveals {

    /** An emergency look needs more than a word: what threatens whom, and why it cannot wait. */
    static final int MIN_EMERGENCY_REASON = 15;
    static final int MAX_TEXT = 500;

    public enum Result {
        REQUESTED,
        ALREADY_PENDING,
        REASON_REQUIRED,
        EMERGENCY_REASON_REQUIRED,
        OPENED,
        APPROVED,
        REFUSED,
        NOTE_REQUIRED,
        NOT_PENDING,
        OWN_REQUEST,
        REVIEWED
    }

    private final Casework casework;
    private final SecurityLog securityLog;
    private final Clock clock;
    private final RevealConfig config;

    Reveals(Casework casework, SecurityLog securityLog, Clock clock, RevealConfig config) {
        this.casework = casework;
        this.securityLog = securityLog;
        this.clock = clock;
        this.config = config;
    }

    /** Whether the reporter's identity shows to this viewer on this case now. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean revealed(long caseId, String viewer) {
        return RevealRequest.granted(caseId, viewer, OffsetDateTime.now(clock));
    }

    /** The viewer's request on this case that a director has not decided yet, if any. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean awaiting(long caseId, String viewer) {
        return RevealRequest.pendingOf(caseId, viewer).isPresent();
    }

    /** Asks a director to approve a look, with the reason. */
    @Transactional
    public Result request(long caseId, String inspector, String reason) {
        if (reason == null || reason.isBlank() || reason.strip().length() > MAX_TEXT) {
            return Result.REASON_REQUIRED;
        }
        if (RevealRequest.pendingOf(caseId, inspector).isPresent()) {
            return Result.ALREADY_PENDING;
        }
        RevealRequest r = new RevealRequest();
        r.caseId = caseId;
        r.inspector = inspector;
        r.reason = reason.strip();
        r.requestedAt = OffsetDateTime.now(clock);
        r.persist();
        casework.record(CaseFile.findById(caseId), CaseAction.REVEAL_REQUESTED, inspector, false, r.reason);
        securityLog.record(SecurityKind.REVEAL_REQUESTED, inspector, "case " + caseId);
        return Result.REQUESTED;
    }

    /** 紧急查看: opens at once on a ground, with a longer reason; the directors review it afterwards. */
    @Transactional
    public Result emergency(long caseId, String inspector, EmergencyGround ground, String reason) {
        String text = reason == null ? "" : reason.strip();
        if (ground == null || text.length() < MIN_EMERGENCY_REASON || text.length() > MAX_TEXT) {
            return Result.EMERGENCY_REASON_REQUIRED;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        RevealRequest r = new RevealRequest();
        r.caseId = caseId;
        r.inspector = inspector;
        r.reason = text;
        r.emergency = ground;
        r.requestedAt = now;
        r.expiresAt = now.plus(config.emergencyFor());
        r.persist();
        String note = Messages.get(Messages.CHINESE, "reveal.note.emergency",
                Messages.get(Messages.CHINESE, "emergencyGround." + ground.name()), text);
        grant(r, note, now);
        securityLog.record(SecurityKind.EMERGENCY_REVEAL, inspector, "case " + caseId + " emergency " + ground.name());
        return Result.OPENED;
    }

    /** A director's decision on a request: never their own; a refusal needs its reason. */
    @Transactional
    public Result decide(long requestId, String director, boolean approve, String note) {
        RevealRequest r = RevealRequest.findById(requestId);
        if (r == null || !r.pending()) {
            return Result.NOT_PENDING;
        }
        if (r.inspector.equals(director)) {
            return Result.OWN_REQUEST;
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        if ((!approve && text == null) || (text != null && text.length() > MAX_TEXT)) {
            return Result.NOTE_REQUIRED;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        r.decidedBy = director;
        r.decidedAt = now;
        r.decisionNote = text;
        if (approve) {
            r.decision = RevealRequest.Decision.APPROVED;
            r.expiresAt = now.plus(config.validFor());
            grant(r, Messages.get(Messages.CHINESE, "reveal.note.approved", r.reason, director), now);
            return Result.APPROVED;
        }
        r.decision = RevealRequest.Decision.REFUSED;
        casework.record(CaseFile.findById(r.caseId), CaseAction.REVEAL_REFUSED, director, false, text);
        securityLog.record(SecurityKind.REVEAL_REFUSED, director, "case " + r.caseId);
        return Result.REFUSED;
    }

    /** A director's review of an emergency look, with what they found (kept on the request). */
    @Transactional
    public Result review(long requestId, String director, String note) {
        RevealRequest r = RevealRequest.findById(requestId);
        if (r == null || r.emergency == null || r.reviewedAt != null) {
            return Result.NOT_PENDING;
        }
        if (r.inspector.equals(director)) {
            return Result.OWN_REQUEST;
        }
        String text = note == null ? "" : note.strip();
        if (text.isEmpty() || text.length() > MAX_TEXT) {
            return Result.NOTE_REQUIRED;
        }
        r.reviewedBy = director;
        r.reviewedAt = OffsetDateTime.now(clock);
        r.decisionNote = text;
        return Result.REVIEWED;
    }

    /** The look granted: the sealed record, the case's internal timeline, the security log. */
    private void grant(RevealRequest r, String note, OffsetDateTime now) {
        IdentityReveal reveal = new IdentityReveal();
        reveal.caseId = r.caseId;
        reveal.actor = r.inspector;
        reveal.reason = note.length() > 500 ? note.substring(0, 500) : note;
        reveal.at = now;
        reveal.persist();
        casework.record(CaseFile.findById(r.caseId), CaseAction.IDENTITY_REVEALED, r.inspector, false, note);
        // the case and who looked; the reason stays in the case file (it may say things about the reporter)
        securityLog.record(SecurityKind.IDENTITY_REVEALED, r.inspector, r.decidedBy == null ? "case " + r.caseId
                : "case " + r.caseId + " approved by " + r.decidedBy + " until " + r.expiresAt
                        .atZoneSameInstant(cn.gov.yongzhou.qingfeng.shared.ClockProducer.ZONE)
                        .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")));
    }
}
