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

    public static List<FollowUp> open() {
        return list("doneAt is null order by openedAt, id");
    }

    public static List<FollowUp> recentlyDone(int max) {
        return FollowUp.<FollowUp>find("doneAt is not null order by doneAt desc, id desc").page(0, max).list();
    }
}
