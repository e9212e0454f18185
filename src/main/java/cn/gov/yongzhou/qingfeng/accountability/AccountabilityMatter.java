package cn.gov.yongzhou.qingfeng.accountability;

import cn.gov.yongzhou.qingfeng.casework.DeadlineStage;
import cn.gov.yongzhou.qingfeng.directory.Unit;
import cn.gov.yongzhou.qingfeng.directory.UnitHead;
import cn.gov.yongzhou.qingfeng.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** 问责: one matter against the head of a unit, from the system's opening to an inspector's decision. */
@Entity
@Table(name = "accountability_matter")
public class AccountabilityMatter extends BaseEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MatterTrigger trigger;

    @Column(name = "case_id", nullable = false)
    public Long caseId;

    @Enumerated(EnumType.STRING)
    public DeadlineStage stage;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    public Unit unit;

    /** Who headed the unit on {@link #countedOn}; null when the directory names nobody for that day. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "head_id")
    public UnitHead head;

    /** The day whose head answers: the conduct, or the limit that passed. */
    @Column(name = "counted_on", nullable = false)
    public LocalDate countedOn;

    @Column(name = "opened_at", nullable = false)
    public OffsetDateTime openedAt;

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    @Column(name = "due_provisional", nullable = false)
    public boolean dueProvisional;

    @Enumerated(EnumType.STRING)
    public HeadDecision decision;

    public String reasons;

    @Column(name = "decided_on")
    public LocalDate decidedOn;

    @Column(name = "decided_by")
    public String decidedBy;

    /** The meeting that decided collectively (e.g. 区纪委常委会会议), its date and who approved. */
    public String meeting;

    @Column(name = "meeting_on")
    public LocalDate meetingOn;

    public String approvers;

    /** 容错纠错: the day the head applied for it. */
    @Column(name = "tolerance_applied_on")
    public LocalDate toleranceAppliedOn;

    /** Why a rule-9 matter ends without accountability: needs a second inspector's approval. */
    public String justification;

    @Column(name = "approval_required", nullable = false)
    public boolean approvalRequired;

    @Column(name = "approved_by")
    public String approvedBy;

    @Column(name = "approved_on")
    public LocalDate approvedOn;

    @Column(name = "appeal_lodged_on")
    public LocalDate appealLodgedOn;

    @Column(name = "appeal_grounds")
    public String appealGrounds;

    @Enumerated(EnumType.STRING)
    @Column(name = "appeal_outcome")
    public AppealOutcome appealOutcome;

    @Column(name = "appeal_decided_on")
    public LocalDate appealDecidedOn;

    @Column(name = "appeal_reasons")
    public String appealReasons;

    @Column(name = "appeal_decided_by")
    public String appealDecidedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision_before_appeal")
    public HeadDecision decisionBeforeAppeal;

    /** Decided and in effect: a decision that needed approval counts once approved. */
    public boolean decided() {
        return decision != null && (!approvalRequired || approvedBy != null);
    }

    /** A decision that waits for a second inspector's approval. */
    public boolean awaitingApproval() {
        return decision != null && approvalRequired && approvedBy == null;
    }

    public boolean overdueOn(LocalDate today) {
        return !decided() && today.isAfter(dueOn);
    }

    public static List<AccountabilityMatter> ofCase(long caseId) {
        return list("caseId = ?1 order by id", caseId);
    }

    public static List<AccountabilityMatter> open() {
        return list("decision is null or (approvalRequired = true and approvedBy is null) order by dueOn, id");
    }

    /** The matters of every term the person served (all their units, all years), newest first. */
    public static List<AccountabilityMatter> ofPerson(UnitHead term) {
        if (term.personRef == null) {
            return list("head = ?1 order by countedOn desc, id desc", term);
        }
        return list("head.personRef = ?1 order by countedOn desc, id desc", term.personRef);
    }
}
