package cn.gov.yongzhou.qingfeng.shared.audit;

import cn.gov.yongzhou.qingfeng.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;

/** One change an admin made, kept for good (the admin log). */
@Entity
@Table(name = "admin_change")
public class AdminChange extends BaseEntity {

    @Column(nullable = false)
    public OffsetDateTime at;

    @Column(nullable = false)
    public String actor;

    /** What kind of thing changed: unit, unitHead, window, staff, handlerUnit, routingRule, deadlinePolicy, calendar. */
    @Column(nullable = false)
    public String subject;

    /** Which one: a code, an id or a date. */
    @Column(name = "subject_ref")
    public String subjectRef;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AdminAction action;

    /** A short before/after summary. */
    public String detail;

    public static List<AdminChange> latest(int limit) {
        return find("order by at desc, id desc").page(0, limit).list();
    }

    public static List<AdminChange> of(String subject, String subjectRef) {
        return list("subject = ?1 and subjectRef = ?2 order by at desc, id desc", subject, subjectRef);
    }
}
