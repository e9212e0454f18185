package cn.gov.yongzhou.qingfeng.intake;

import cn.gov.yongzhou.qingfeng.category.Category;
import cn.gov.yongzhou.qingfeng.category.Subcategory;
import cn.gov.yongzhou.qingfeng.directory.ServiceWindow;
import cn.gov.yongzhou.qingfeng.directory.Unit;
import cn.gov.yongzhou.qingfeng.shared.BaseEntity;
import cn.gov.yongzhou.qingfeng.shared.crypto.Encrypted;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;

/** 更正: one correction of a report's classification or accused by an inspector, with what was there before. */
@Entity
@Table(name = "report_correction")
public class ReportCorrection extends BaseEntity {

    @Column(name = "report_id", nullable = false)
    public Long reportId;

    @Column(name = "corrected_at", nullable = false)
    public OffsetDateTime correctedAt;

    @Column(name = "corrected_by", nullable = false)
    public String correctedBy;

    @Convert(converter = Encrypted.class)
    @Column(name = "reason_enc", nullable = false)
    public String reason;

    @Enumerated(EnumType.STRING)
    @Column(name = "old_category", nullable = false)
    public Category oldCategory;

    @Enumerated(EnumType.STRING)
    @Column(name = "new_category", nullable = false)
    public Category newCategory;

    @Enumerated(EnumType.STRING)
    @Column(name = "old_subcategory", nullable = false)
    public Subcategory oldSubcategory;

    @Enumerated(EnumType.STRING)
    @Column(name = "new_subcategory", nullable = false)
    public Subcategory newSubcategory;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "old_unit_id")
    public Unit oldUnit;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "new_unit_id")
    public Unit newUnit;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "old_window_id")
    public ServiceWindow oldWindow;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "new_window_id")
    public ServiceWindow newWindow;

    @Column(name = "old_accused_name")
    public String oldAccusedName;

    @Column(name = "new_accused_name")
    public String newAccusedName;

    @Column(name = "old_accused_badge")
    public String oldAccusedBadge;

    @Column(name = "new_accused_badge")
    public String newAccusedBadge;

    @Convert(converter = Encrypted.class)
    @Column(name = "old_accused_description_enc")
    public String oldAccusedDescription;

    @Convert(converter = Encrypted.class)
    @Column(name = "new_accused_description_enc")
    public String newAccusedDescription;

    /** The corrections of a report, oldest first. */
    public static List<ReportCorrection> of(long reportId) {
        return list("reportId = ?1 order by correctedAt, id", reportId);
    }

    public boolean classificationChanged() {
        return oldCategory != newCategory || oldSubcategory != newSubcategory;
    }

    public boolean unitChanged() {
        return !oldUnit.id.equals(newUnit.id) || !java.util.Objects.equals(id(oldWindow), id(newWindow));
    }

    public boolean accusedChanged() {
        return !java.util.Objects.equals(oldAccusedName, newAccusedName)
                || !java.util.Objects.equals(oldAccusedBadge, newAccusedBadge)
                || !java.util.Objects.equals(oldAccusedDescription, newAccusedDescription);
    }

    private static Long id(ServiceWindow w) {
        return w == null ? null : w.id;
    }
}
