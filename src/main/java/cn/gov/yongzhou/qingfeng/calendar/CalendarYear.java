package cn.gov.yongzhou.qingfeng.calendar;

import cn.gov.yongzhou.qingfeng.shared.cache.TableChanges;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** A year whose State Council notice has been entered: without one, only weekends count as days off. */
@Entity
@EntityListeners(TableChanges.class)
@Table(name = "calendar_year")
public class CalendarYear extends PanacheEntityBase {

    @Id
    public Integer year;

    @Column(nullable = false)
    public String source;

    /** The notice, and any later notice changing it, one URL a line. */
    @Column(nullable = false)
    public String papers;

    @Column(name = "entered_at", nullable = false)
    public OffsetDateTime enteredAt;

    @Column(name = "entered_by", nullable = false)
    public String enteredBy;

    public List<String> paperList() {
        return papers.lines().map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    public static Set<Integer> coveredYears() {
        Set<Integer> years = new TreeSet<>();
        for (CalendarYear y : CalendarYear.<CalendarYear> listAll()) {
            years.add(y.year);
        }
        return years;
    }
}
