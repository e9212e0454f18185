package cn.gov.yongzhou.qingfeng.disclosure;

import cn.gov.yongzhou.qingfeng.shared.web.FieldErrors;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.OffsetDateTime;

/**
 * The life of anything published (a typical case, a circular): a draft prepared, approved by a second inspector and
 * published at once, withdrawn with the reason kept. The same columns in each table, the same rules in one place.
 */
@Embeddable
public class Publication {

    public static final int MAX_REASON = 1000;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PublicationState state;

    @Column(name = "prepared_by", nullable = false)
    public String preparedBy;

    @Column(name = "prepared_at", nullable = false)
    public OffsetDateTime preparedAt;

    @Column(name = "approved_by")
    public String approvedBy;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    @Column(name = "withdrawn_by")
    public String withdrawnBy;

    @Column(name = "withdrawn_at")
    public OffsetDateTime withdrawnAt;

    @Column(name = "withdrawal_reason")
    public String withdrawalReason;

    /** A new draft, or a draft corrected: whoever wrote it last is its preparer. */
    static Publication draftBy(String actor, OffsetDateTime at) {
        Publication p = new Publication();
        p.state = PublicationState.DRAFT;
        p.preparedBy(actor, at);
        return p;
    }

    void preparedBy(String actor, OffsetDateTime at) {
        preparedBy = actor;
        preparedAt = at;
    }

    public boolean is(PublicationState s) {
        return state == s;
    }

    /**
     * Why {@code actor} may not approve this now ({@code field} names the thing itself when it is no draft), added to
     * {@code errors}; true when nothing stands in the way.
     */
    boolean approvableBy(String actor, String field, FieldErrors errors) {
        if (state != PublicationState.DRAFT) {
            errors.add(field, "pub.error.notDraft");
            return false;
        }
        if (preparedBy.equals(actor)) {
            errors.add("approve", "pub.error.secondInspector");
            return false;
        }
        return true;
    }

    void publish(String actor, OffsetDateTime at) {
        approvedBy = actor;
        state = PublicationState.PUBLISHED;
        publishedAt = at;
    }

    /** Takes it down with the reason, or says why not in {@code errors} (and leaves it as it was). */
    void withdraw(String reason, String actor, OffsetDateTime at, String field, FieldErrors errors) {
        if (state != PublicationState.PUBLISHED) {
            errors.add(field, "pub.error.notPublished");
            return;
        }
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            errors.add("reason", "pub.error.reason");
            return;
        }
        if (text.length() > MAX_REASON) {
            errors.add("reason", "pub.error.tooLong", MAX_REASON);
            return;
        }
        state = PublicationState.WITHDRAWN;
        withdrawnAt = at;
        withdrawnBy = actor;
        withdrawalReason = text;
    }
}
