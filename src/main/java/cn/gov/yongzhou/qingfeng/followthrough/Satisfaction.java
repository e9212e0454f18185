package cn.gov.yongzhou.qingfeng.followthrough;

import cn.gov.yongzhou.qingfeng.shared.BaseEntity;
import cn.gov.yongzhou.qingfeng.shared.crypto.Encrypted;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Optional;

/** The reporter's rating of how their report was handled, once per case. */
@Entity
@Table(name = "satisfaction")
public class Satisfaction extends BaseEntity {

    @Column(name = "case_id", nullable = false, unique = true)
    public Long caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SatisfactionLevel level;

    @Convert(converter = Encrypted.class)
    @Column(name = "comment_enc")
    public String comment;

    @Column(name = "rated_at", nullable = false)
    public OffsetDateTime ratedAt;

    public static Optional<Satisfaction> ofCase(long caseId) {
        return find("caseId", caseId).firstResultOptional();
    }
}
