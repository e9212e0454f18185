package cn.gov.yongzhou.qingfeng.desk;

import cn.gov.yongzhou.qingfeng.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * An inspector's request to see a reporter's identity on one case, and what became of it: approved or refused by a
 * director (分管领导), or opened at once on an emergency ground and reviewed by a director afterwards.
 */
@Entity
@Table(name = "reveal_request")
public class RevealRequest extends BaseEntity {

    public enum Decision {
        APPROVED,
        REFUSED
    }

    @Column(name = "case_id", nullable = false)
    public Long caseId;

    @Column(nullable = false)
    public String inspector;

    @Column(nullable = false)
    public String reason;

    @Enumerated(EnumType.STRING)
    public EmergencyGround emergency;

    @Column(name = "requested_at", nullable = false)
    public OffsetDateTime requestedAt;

    @Enumerated(EnumType.STRING)
    public Decision decision;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Column(name = "decision_note")
    public String decisionNote;

    /** Until when the identity shows to this inspector on this case; null while pending or when refused. */
    @Column(name = "expires_at")
    public OffsetDateTime expiresAt;

    @Column(name = "reviewed_by")
    public String reviewedBy;

    @Column(name = "reviewed_at")
    public OffsetDateTime reviewedAt;

    public boolean pending() {
        return emergency == null && decision == null;
    }

    /** Whether the identity shows to {@code inspector} on the case now. */
    public static boolean granted(long caseId, String inspector, OffsetDateTime now) {
        return count("caseId = ?1 and inspector = ?2 and expiresAt > ?3", caseId, inspector, now) > 0;
    }

    public static Optional<RevealRequest> pendingOf(long caseId, String inspector) {
        return find("caseId = ?1 and inspector = ?2 and emergency is null and decision is null order by id desc",
                caseId, inspector).firstResultOptional();
    }

    /** The requests a director must decide, oldest first. */
    public static List<RevealRequest> awaitingDecision() {
        return list("emergency is null and decision is null order by requestedAt, id");
    }

    /** The emergency looks a director has not reviewed yet, oldest first. */
    public static List<RevealRequest> awaitingReview() {
        return list("emergency is not null and reviewedAt is null order by requestedAt, id");
    }

    /** The latest decided or reviewed requests, newest first. */
    public static List<RevealRequest> recent(int n) {
        return find("decision is not null or reviewedAt is not null order by coalesce(decidedAt, reviewedAt) desc, id desc")
                .page(0, n).list();
    }
}
