package cn.gov.yongzhou.qingfeng.casework;

import cn.gov.yongzhou.qingfeng.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** 请电话告知: a notice did not reach the reporter; an inspector must tell them another way. */
@Entity
@Table(name = "notice_task")
public class NoticeTask extends BaseEntity {

    @Column(name = "case_id", nullable = false)
    public long caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DeadlineStage stage;

    /** The channel that failed (SMS, MAIL). */
    @Column(nullable = false)
    public String channel;

    public String reason;

    @Column(name = "done_at")
    public OffsetDateTime doneAt;

    public static Optional<NoticeTask> open(long caseId, DeadlineStage stage) {
        return find("caseId = ?1 and stage = ?2 and doneAt is null", caseId, stage).firstResultOptional();
    }

    public static List<NoticeTask> allOpen() {
        return list("doneAt is null order by createdAt, id");
    }
}
