package cn.gov.yongzhou.qingfeng.casework;

import cn.gov.yongzhou.qingfeng.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** One line of a case's timeline: who did what, when, and whether the reporter may see it. */
@Entity
@Table(name = "case_event")
public class CaseEvent extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    public CaseFile caseFile;

    @Column(nullable = false)
    public OffsetDateTime at;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CaseAction action;

    @Column(nullable = false)
    public String actor;

    @Column(name = "public_event", nullable = false)
    public boolean publicEvent;

    /**
     * The step's free text, sealed: a reporter's objection, or the staff's reasons and findings, which quote or sum up
     * the report (its content is as secret as the reporter, art. 47). Handlers never read an objection's text.
     */
    @jakarta.persistence.Convert(converter = cn.gov.yongzhou.qingfeng.shared.crypto.Encrypted.class)
    @Column(name = "note_enc")
    public String note;

    /** The limit this step started, if any, and its due date: the timeline says what the step set running. */
    @Enumerated(EnumType.STRING)
    @Column(name = "deadline_stage")
    public DeadlineStage deadlineStage;

    @Column(name = "deadline_due")
    public java.time.LocalDate deadlineDue;

    /** What the inspector wrote for the reporter with this step (reasons, feedback); sealed, public. */
    @jakarta.persistence.Convert(converter = cn.gov.yongzhou.qingfeng.shared.crypto.Encrypted.class)
    @Column(name = "reporter_note_enc")
    public String reporterNote;

    /** The conclusion this step proposed (findings) or decided (approval). */
    @Enumerated(EnumType.STRING)
    public Conclusion conclusion;

    /** 异议: the reporter brings new facts or evidence (art. 22: they are verified before the review may end). */
    @Column(name = "new_facts", nullable = false)
    public boolean newFacts;

    /** 不予受理: the coded ground of the refusal; null on every other step. */
    @Enumerated(EnumType.STRING)
    @Column(name = "rejection_ground")
    public RejectionGround rejectionGround;

    /** 不予受理: where the reporter can take the matter instead (a court, a body, a hotline), when the ground calls for it. */
    @Column(name = "proper_channel")
    public String properChannel;

    /** Every step of the case, in order. */
    public static List<CaseEvent> timeline(CaseFile caseFile) {
        return list("caseFile = ?1 order by at, id", caseFile);
    }

    /** The case's latest step of this kind. */
    public static Optional<CaseEvent> latest(CaseFile caseFile, CaseAction action) {
        return find("caseFile = ?1 and action = ?2 order by id desc", caseFile, action).firstResultOptional();
    }

    public static List<CaseEvent> publicTimeline(CaseFile caseFile) {
        return list("caseFile = ?1 and publicEvent = true order by at, id", caseFile);
    }
}
