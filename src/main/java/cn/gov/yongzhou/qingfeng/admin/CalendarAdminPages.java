package cn.gov.yongzhou.qingfeng.admin;

import cn.gov.yongzhou.qingfeng.calendar.CalendarChange;
import cn.gov.yongzhou.qingfeng.calendar.CalendarDay;
import cn.gov.yongzhou.qingfeng.calendar.CalendarEdits;
import cn.gov.yongzhou.qingfeng.calendar.CalendarService;
import cn.gov.yongzhou.qingfeng.calendar.CalendarYear;
import cn.gov.yongzhou.qingfeng.shared.web.FieldErrors;
import cn.gov.yongzhou.qingfeng.shared.web.NoStore;
import cn.gov.yongzhou.qingfeng.shared.web.RequestLocale;
import cn.gov.yongzhou.qingfeng.shared.web.StaffRequest;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;

/** The working-day calendar: the years entered, a year's days and their history, entering next year's notice. */
@Path("/staff/admin/calendar")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("admin")
public class CalendarAdminPages {

    static final String BASE = "/staff/admin/calendar";

    /** The form to enter a year, as typed. */
    public record YearForm(String year, String source, String papers, String days, String reason) {
    }

    /** The form for one day, as typed (or filled from the day picked in the table). */
    public record DayForm(String date, String name, String kind, String reason) {
    }

    /** A listed day with the weekday it falls on, for the year's table. */
    public record DayRow(CalendarDay day, java.time.DayOfWeek weekday) {
    }

    @CheckedTemplate(basePath = "admin")
    static class Templates {
        static native TemplateInstance calendar(Integer missingYear, List<CalendarService.YearRow> years,
                YearForm form, Map<String, String> err, String msg);

        static native TemplateInstance calendarYear(CalendarYear year, Integer missingYear, List<DayRow> days,
                List<CalendarChange> changes, DayForm dayForm, String papers, String papersReason,
                Map<String, String> err, String msg);
    }

    private final CalendarService calendar;
    private final CalendarEdits edits;
    private final StaffRequest staff;
    private final RequestLocale locale;

    CalendarAdminPages(CalendarService calendar, CalendarEdits edits, StaffRequest staff,
            RequestLocale locale) {
        this.calendar = calendar;
        this.edits = edits;
        this.staff = staff;
        this.locale = locale;
    }

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    public Response list(@QueryParam("msg") String msg) {
        Integer missing = calendar.missingYear().orElse(null);
        YearForm blank = new YearForm(missing == null ? "" : missing.toString(), "", "", "", "");
        return NoStore.page(Templates.calendar(missing, calendar.years(), blank, Map.of(),
                RuleForms.notice(msg)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response enterYear(@RestForm String year, @RestForm String source, @RestForm String papers,
            @RestForm String days, @RestForm String reason) {
        YearForm form = new YearForm(year, source, papers, days, reason);
        FieldErrors errors = edits.enterYear(new CalendarEdits.YearEntry(year, source, papers, days, reason), staff.me());
        if (errors.isEmpty()) {
            return RuleForms.back(BASE + "/" + year.strip(), "yearEntered");
        }
        return NoStore.page(422, Templates.calendar(calendar.missingYear().orElse(null), calendar.years(), form,
                RuleForms.messages(errors, locale.get()), null));
    }

    @GET
    @Path("{year}")
    @Transactional(Transactional.TxType.SUPPORTS)
    public Response year(@PathParam("year") int year, @QueryParam("day") String day, @QueryParam("msg") String msg) {
        CalendarYear y = entered(year);
        DayForm form = new DayForm("", "", "off", "");
        java.time.LocalDate pickedDate = CalendarEdits.parseDate(day);
        CalendarDay picked = pickedDate == null ? null : CalendarDay.findById(pickedDate);
        if (picked != null && picked.noticeYear == year) {
            form = new DayForm(picked.day.toString(), picked.name, picked.offDay ? "off" : "work", "");
        }
        return NoStore.page(yearPage(y, form, y.papers, "", Map.of(), RuleForms.notice(msg)));
    }

    @POST
    @Path("{year}/day")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response day(@PathParam("year") int year, @RestForm String op, @RestForm String date,
            @RestForm String name, @RestForm String kind, @RestForm String reason) {
        CalendarYear y = entered(year);
        boolean remove = "remove".equals(op);
        FieldErrors errors = remove ? edits.removeDay(year, date, reason, staff.me())
                : edits.putDay(year, new CalendarEdits.DayEntry(date, name, kind, reason), staff.me());
        if (errors.isEmpty()) {
            return RuleForms.back(BASE + "/" + year, remove ? "dayRemoved" : "daySaved");
        }
        return NoStore.page(422, yearPage(y, new DayForm(date, name, kind, reason), y.papers, "",
                RuleForms.messages(errors, locale.get()), null));
    }

    @POST
    @Path("{year}/papers")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response papers(@PathParam("year") int year, @RestForm String papers, @RestForm String reason) {
        CalendarYear y = entered(year);
        FieldErrors errors = edits.changePapers(year, papers, reason, staff.me());
        if (errors.isEmpty()) {
            return RuleForms.back(BASE + "/" + year, "papersSaved");
        }
        Map<String, String> err = RuleForms.messages(errors, locale.get());
        // the reason field of the papers form has its own name on the page: the day form has one too
        if (err.containsKey("reason")) {
            err.put("papersReason", err.remove("reason"));
        }
        return NoStore.page(422, yearPage(y, new DayForm("", "", "off", ""), papers, reason, err, null));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    TemplateInstance yearPage(CalendarYear y, DayForm form, String papers, String papersReason,
            Map<String, String> err, String msg) {
        List<DayRow> days = CalendarDay.listByNoticeYear(y.year).stream()
                .map(d -> new DayRow(d, d.day.getDayOfWeek())).toList();
        return Templates.calendarYear(y, calendar.missingYear().orElse(null), days,
                CalendarChange.listByYear(y.year), form, papers, papersReason, err, msg);
    }

    private static CalendarYear entered(int year) {
        CalendarYear y = CalendarYear.findById(year);
        if (y == null) {
            throw new NotFoundException();
        }
        return y;
    }
}
