package cn.gov.yongzhou.qingfeng.disclosure;

import cn.gov.yongzhou.qingfeng.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
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

    @Embedded
    public Publication publication = new Publication();

    @Version
    public int version;
}
