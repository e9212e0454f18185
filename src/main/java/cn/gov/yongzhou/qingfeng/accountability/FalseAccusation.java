package cn.gov.yongzhou.qingfeng.accountability;

import cn.gov.yongzhou.qingfeng.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Optional;

/** 诬告陷害: the finding that the report was a deliberate false accusation, and to whom it was passed on. */
@Entity
@Table(name = "false_accusation")
public class FalseAccusation extends BaseEntity {

    /** 移送对象 (words in passedTo.*). */
    public enum PassedTo {
        /** 举报人所在单位或党组织 */
        REPORTER_ORGANISATION,
        /** 公安机关 (涉嫌违法犯罪) */
        PUBLIC_SECURITY,
        /** 对举报人有管辖权的纪检监察机关 */
        DISCIPLINE_BODY
    }

    @Column(name = "case_id", nullable = false, unique = true)
    public Long caseId;

    @Column(nullable = false)
    public String finding;

    @Enumerated(EnumType.STRING)
    @Column(name = "passed_to", nullable = false)
    public PassedTo passedTo;

    /** The body's name, e.g. "永州市公安局零陵分局". */
    @Column(nullable = false)
    public String recipient;

    @Column(name = "passed_on", nullable = false)
    public LocalDate passedOn;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    static Optional<FalseAccusation> ofCase(long caseId) {
        return find("caseId", caseId).firstResultOptional();
    }
}
