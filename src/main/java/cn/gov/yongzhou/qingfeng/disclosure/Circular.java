package cn.gov.yongzhou.qingfeng.disclosure;

import cn.gov.yongzhou.qingfeng.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** 通报: several typical cases published together under one title, with a lead paragraph. */
@Entity
@Table(name = "circular")
public class Circular extends BaseEntity {

    @Column(nullable = false)
    public String title;

    /** 导语: what the circular is about and what it asks of the units; optional. */
    public String lead;

    /** The cases, in the order the circular numbers them. */
    @ManyToMany
    @JoinTable(name = "circular_case", joinColumns = @JoinColumn(name = "circular_id"), inverseJoinColumns = @JoinColumn(name = "typical_case_id"))
    @OrderColumn(name = "position")
    public List<TypicalCase> cases = new ArrayList<>();

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

    @Version
    public int version;
}
