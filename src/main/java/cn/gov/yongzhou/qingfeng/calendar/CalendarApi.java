package cn.gov.yongzhou.qingfeng.calendar;

import cn.gov.yongzhou.qingfeng.calendar.WorkingCalendar.DayInfo;
import cn.gov.yongzhou.qingfeng.calendar.WorkingCalendar.Deadline;
import cn.gov.yongzhou.qingfeng.shared.web.Messages;
import cn.gov.yongzhou.qingfeng.shared.web.TemplateText;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Public, for integrators: Chinese working days as the State Council's notices make them. */
@Path("/api/v1/calendar")
@Produces(MediaType.APPLICATION_JSON)
public class CalendarApi {

    public record Day(LocalDate date, boolean workingDay, DayReason reason, String reasonLabel, String reasonLabelEn,
            String holiday, String holidayEn, boolean provisional) {
    }

    public record WorkingDaysLater(LocalDate from, int days, LocalDate date, boolean provisional) {
    }

    public record Error(String error, String message, String messageEn) {
    }

    /** Ten years of working days: more than any time limit, and a bound on the work one request can ask for. */
    static final int MAX_DAYS = 3650;

    // strict: no 2024-02-30 (the pattern check before it keeps years to four digits)
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private final CalendarService calendar;

    CalendarApi(CalendarService calendar) {
        this.calendar = calendar;
    }

    @GET
    @Path("{date}")
    @Operation(summary = "Whether a date (YYYY-MM-DD) is a working day in mainland China, and why: WORKDAY, WEEKEND, "
            + "HOLIDAY or MAKEUP_WORKDAY (a weekend day worked to bridge a holiday, 调休), with the holiday's name; "
            + "'provisional' when the State Council's notice for that year has not been entered yet")
    public Response day(@PathParam("date") String date) {
        LocalDate day = parseDate(date);
        if (day == null) {
            return invalid("invalid_date", "calendar.error.date", "date");
        }
        DayInfo info = calendar.explain(day);
        String reasonKey = TemplateText.keyOf(info.reason());
        return Response.ok(new Day(info.date(), info.workingDay(), info.reason(),
                Messages.get(Messages.CHINESE, reasonKey), Messages.get(Messages.ENGLISH, reasonKey), info.holiday(),
                HolidayNames.in(Messages.ENGLISH, info.holiday()), info.provisional())).build();
    }

    @GET
    @Path("add-working-days")
    @Operation(summary = "The date N working days after 'from': counting starts the day after 'from'; 0 days gives "
            + "'from' itself if it is a working day, else the next working day. 'provisional' when a day counted "
            + "lies in a year whose notice has not been entered yet (then only weekends are days off)")
    public Response addWorkingDays(
            @Parameter(description = "YYYY-MM-DD, e.g. the day a report was received") @QueryParam("from") String from,
            @Parameter(description = "0 to " + MAX_DAYS) @QueryParam("days") String days) {
        if (from == null || from.isBlank()) {
            return invalid("missing_parameter", "calendar.error.missing", "from");
        }
        if (days == null || days.isBlank()) {
            return invalid("missing_parameter", "calendar.error.missing", "days");
        }
        LocalDate start = parseDate(from);
        if (start == null) {
            return invalid("invalid_date", "calendar.error.date", "from");
        }
        Integer count = parseDays(days);
        if (count == null) {
            return invalid("invalid_days", "calendar.error.days", MAX_DAYS);
        }
        Deadline deadline = calendar.addWorkingDays(start, count);
        return Response.ok(new WorkingDaysLater(start, count, deadline.date(), deadline.provisional())).build();
    }

    private static LocalDate parseDate(String value) {
        String text = value.strip();
        if (!text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return null;
        }
        try {
            return LocalDate.parse(text, DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Integer parseDays(String value) {
        String digits = value.strip();
        // at most 4 digits, so no overflow and no "+5"
        if (!digits.matches("\\d{1,4}")) {
            return null;
        }
        int days = Integer.parseInt(digits);
        return days <= MAX_DAYS ? days : null;
    }

    private static Response invalid(String error, String key, Object arg) {
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON)
                .entity(new Error(error, Messages.get(Messages.CHINESE, key, arg), Messages.get(Messages.ENGLISH, key, arg)))
                .build();
    }
}
