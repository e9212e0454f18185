package cn.gov.yongzhou.qingfeng.calendar;

import cn.gov.yongzhou.qingfeng.shared.cache.TableChanges;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;

/** A day a notice lists: a public holiday, or a weekend day made a workday (调休). */
@Entity
@EntityListeners(TableChanges.class)
@Table(name = "calendar_day")
public class CalendarDay extends PanacheEntityBase {

    @Id
    public LocalDate day;

    /** The notice the day comes from: a notice may list days of the December before its year. */
    @Column(name = "notice_year", nullable = false)
    public int noticeYear;

    @Column(name = "off_day", nullable = false)
    public boolean offDay;

    @Column(nullable = false)
    public String name;

    public static List<CalendarDay> listByNoticeYear(int year) {
        return list("noticeYear", Sort.ascending("day"), year);
    }

    public WorkingCalendar.DayFact fact() {
        return new WorkingCalendar.DayFact(day, offDay, name);
    }
}
