package cn.gov.yongzhou.qingfeng.desk;

import cn.gov.yongzhou.qingfeng.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;

/** One look at a reporter's identity: who, when, why. */
@Entity
@Table(name = "identity_reveal")
public class IdentityReveal extends BaseEntity {

    @Column(name = "case_id", nullable = false)
    public Long caseId;

    @Column(nullable = false)
    public String actor;

    @Column(nullable = false)
    public String reason;

    @Column(nullable = false)
    public OffsetDateTime at;

    public static List<IdentityReveal> of(long caseId) {
        return list("caseId = ?1 order by at", caseId);
    }
}
