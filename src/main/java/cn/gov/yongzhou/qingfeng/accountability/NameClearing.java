package cn.gov.yongzhou.qingfeng.accountability;

import cn.gov.yongzhou.qingfeng.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Optional;

/** 澄清正名 of the person reported: with their consent, how, before whom and when. One per case. */
@Entity
@Table(name = "name_clearing")
public class NameClearing extends BaseEntity {

    /** 方式 (words in manner.*). */
    public enum Manner {
        /** 在一定范围内召开会议说明 */
        MEETING,
        /** 书面告知本人及所在单位 */
        WRITTEN,
        /** 在一定范围内通报 */
        CIRCULAR,
        /** 上门或谈话说明 */
        VISIT
    }

    @Column(name = "case_id", nullable = false, unique = true)
    public Long caseId;

    @Column(name = "consent_on", nullable = false)
    public LocalDate consentOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Manner manner;

    /** 范围: before whom, e.g. "所在单位全体干部职工". */
    @Column(nullable = false)
    public String audience;

    @Column(name = "cleared_on", nullable = false)
    public LocalDate clearedOn;

    public String note;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    static Optional<NameClearing> ofCase(long caseId) {
        return find("caseId", caseId).firstResultOptional();
    }
}
