package cn.gov.yongzhou.qingfeng.casework;

import cn.gov.yongzhou.qingfeng.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * 承办人: the one inspector of the holding body named to handle a case, and when they declared that no ground for 回避
 * applies (null until they have). Written only through {@link CaseOfficers}.
 */
@Entity
@Table(name = "case_officer")
public class CaseOfficer extends BaseEntity {

    @Column(name = "case_id", nullable = false, unique = true)
    public Long caseId;

    @Column(name = "user_name", nullable = false)
    public String userName;

    @Column(name = "named_by", nullable = false)
    public String namedBy;

    @Column(name = "named_at", nullable = false)
    public OffsetDateTime namedAt;

    @Column(name = "declared_at")
    public OffsetDateTime declaredAt;

    static Optional<CaseOfficer> of(long caseId) {
        return find("caseId", caseId).firstResultOptional();
    }
}
