package cn.gov.yongzhou.qingfeng.calendar;

import cn.gov.yongzhou.qingfeng.shared.BaseEntity;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;

/**
 * One change to the calendar, kept for good: a day added, changed or removed ({@code day} set, null old values for
 * an addition, null new values for a removal), or a year's notice entered or corrected ({@code day} null).
 */
@Entity
@Table(name = "calendar_change")
public class CalendarChange extends BaseEntity {

    @Column(nullable = false)
    public String actor;

    @Column(nullable = false)
    public int year;

    public LocalDate day;

    @Column(name = "old_off_day")
    public Boolean oldOffDay;

    @Column(name = "old_name")
    public String oldName;

    @Column(name = "new_off_day")
    public Boolean newOffDay;

    @Column(name = "new_name")
    public String newName;

    @Column(name = "old_papers")
    public String oldPapers;

    @Column(name = "new_papers")
    public String newPapers;

    @Column(nullable = false)
    public String reason;

    /** The changes to a year's calendar, latest first. */
    public static List<CalendarChange> listByYear(int year) {
        return list("year", Sort.descending("createdAt", "id"), year);
    }
}
