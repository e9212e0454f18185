package cn.gov.yongzhou.qingfeng.disclosure;

import cn.gov.yongzhou.qingfeng.category.Category;
import cn.gov.yongzhou.qingfeng.directory.Unit;
import cn.gov.yongzhou.qingfeng.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Optional;

/** 典型案例: one concluded case as the public reads it. */
@Entity
@Table(name = "typical_case")
public class TypicalCase extends BaseEntity {

    @Column(name = "case_id", nullable = false, unique = true)
    public Long caseId;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Category category;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    public Unit unit;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "area_id")
    public Unit area;

    @Column(nullable = false)
    public int year;

    @Embedded
    public Publication publication = new Publication();

    @Version
    public int version;

    public static Optional<TypicalCase> ofCase(long caseId) {
        return find("caseId", caseId).firstResultOptional();
    }

    public static Optional<TypicalCase> published(long id) {
        return find("id = ?1 and publication.state = ?2", id, PublicationState.PUBLISHED).firstResultOptional();
    }
}
