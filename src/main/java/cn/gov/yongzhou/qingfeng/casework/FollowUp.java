package cn.gov.yongzhou.qingfeng.casework;

import cn.gov.yongzhou.qingfeng.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;

/** 回访: an inspector's task to call back a real-name reporter who rated the handling badly. */
@Entity
@Table(name = "follow_up")
public class FollowUp extends BaseEntity {

    @Column(name = "case_id", nullable = false, unique = true)
    public Long caseId;

    @Column(name = "opened_at", nullable = false)
    public OffsetDateTime openedAt;

    @Column(name = "done_at")
    public OffsetDateTime doneAt;

    @Column(name = "done_by")
    public String doneBy;

    /** What came of calling the reporter back (what they said), sealed. */
    @jakarta.persistence.Convert(converter = cn.gov.yongzhou.qingfeng.shared.crypto.Encrypted.class)
    @Column(name = "note_enc")
    public String note;

    @Column(name = "rectified_at")
    public OffsetDateTime rectifiedAt;

    @Column(name = "rectified_by")
    public String rectifiedBy;

    /** What was rectified, sealed (it may retell what the reporter said). */
    @jakarta.persistence.Convert(converter = cn.gov.yongzhou.qingfeng.shared.crypto.Encrypted.class)
    @Column(name = "rectification_enc")
    public String rectification;

    /** 申诉复核: the rating held mistaken or malicious, why, by whom and when. */
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "appeal_kind")
    public RatingAppeal appealKind;

    @Column(name = "appeal_reason")
    public String appealReason;

    @Column(name = "appealed_by")
    public String appealedBy;

    @Column(name = "appealed_at")
    public OffsetDateTime appealedAt;

    /** The second inspector's decision: true, the rating does not count; false, it stands. */
    @Column(name = "appeal_upheld")
    public Boolean appealUpheld;

    @Column(name = "appeal_decided_by")
    public String appealDecidedBy;

    @Column(name = "appeal_decided_at")
    public OffsetDateTime appealDecidedAt;

    @Column(name = "appeal_decision")
    public String appealDecision;

    /** Why a rating may be appealed. */
    public enum RatingAppeal {
        /** 误评: the reporter meant another rating, or rated something the body does not answer for. */
        MISTAKEN,
        /** 恶意差评: a rating given to harm, not about the handling. */
        MALICIOUS
    }

    /** Nothing left to do: visited and rectified, or the rating set aside on appeal. */
    public boolean finished() {
        return Boolean.TRUE.equals(appealUpheld) || (doneAt != null && rectifiedAt != null);
    }

    public boolean appealPending() {
        return appealedAt != null && appealUpheld == null;
    }

    /** The tasks with something left to do, oldest first. */
    public static List<FollowUp> open() {
        return list("(appealUpheld is null or appealUpheld = false) and (doneAt is null or rectifiedAt is null)"
                + " order by openedAt, id");
    }

    public static List<FollowUp> recentlyDone(int max) {
        return FollowUp.<FollowUp> find("appealUpheld = true or (doneAt is not null and rectifiedAt is not null)"
                + " order by coalesce(rectifiedAt, appealDecidedAt) desc, id desc").page(0, max).list();
    }
}
