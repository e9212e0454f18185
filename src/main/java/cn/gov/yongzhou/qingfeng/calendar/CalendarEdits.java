package cn.gov.yongzhou.qingfeng.calendar;

import cn.gov.yongzhou.qingfeng.shared.audit.AdminAction;
import cn.gov.yongzhou.qingfeng.shared.audit.AdminLog;
import cn.gov.yongzhou.qingfeng.shared.web.FieldErrors;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The admin's changes to the calendar: a year's notice entered, its papers corrected, one day added, changed or
 * removed. Each checks everything before it writes, writes the calendar, its {@code calendar_change} history and
 * the admin log in one transaction, and reloads the in-memory calendar once that transaction has committed, so
 * the next deadline computed uses the new days.
 */
@ApplicationScoped
public class CalendarEdits {

    /** A year's notice as the admin types it: papers one URL a line, days one a line. */
    public record YearEntry(String year, String source, String papers, String days, String reason) {
    }

    /** One day as the admin types it: {@code kind} is {@code off} (a holiday) or {@code work} (a make-up workday). */
    public record DayEntry(String date, String name, String kind, String reason) {
    }

    /** A line of a year's days, parsed. */
    record Line(LocalDate date, String name, boolean offDay) {
    }

    static final String SUBJECT = "calendar";
    static final int MAX_REASON = 500;
    static final int MAX_NAME = 60;
    static final int MAX_SOURCE = 200;
    static final int MAX_PAPERS = 10;
    static final int MAX_LINES = 200;
    /** Per-line errors shown at most: a pasted file in the wrong format should not fill the page. */
    static final int MAX_LINE_ERRORS = 10;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private final CalendarService calendar;
    private final AdminLog log;
    private final Clock clock;

    CalendarEdits(CalendarService calendar, AdminLog log, Clock clock) {
        this.calendar = calendar;
        this.log = log;
        this.clock = clock;
    }

    /** Enters the notice of a year not entered yet, with all its days. Empty errors: done. */
    public FieldErrors enterYear(YearEntry entry, String actor) {
        FieldErrors errors = new FieldErrors();
        Integer year = parseYear(entry.year(), errors);
        String source = checkSource(entry.source(), errors);
        String papers = checkPapers(entry.papers(), errors);
        String reason = checkReason(entry.reason(), errors);
        if (year == null) {
            return errors;
        }
        List<Line> lines = parseLines(year, entry.days(), errors);
        if (!errors.isEmpty()) {
            return errors;
        }
        FieldErrors late = QuarkusTransaction.requiringNew().call(() -> {
            // the lock on the year row does not exist yet: a second admin entering the same year at once fails on
            // the primary key, and the whole entry is rolled back
            if (CalendarYear.findById(year) != null) {
                return new FieldErrors().add("year", "admin.cal.error.yearEntered", year);
            }
            for (Line line : lines) {
                CalendarDay listed = CalendarDay.findById(line.date());
                if (listed != null) {
                    return new FieldErrors().add("days", "admin.cal.error.listedElsewhere", line.date(),
                            listed.noticeYear);
                }
            }
            CalendarYear y = new CalendarYear();
            y.year = year;
            y.source = source;
            y.papers = papers;
            y.enteredAt = OffsetDateTime.now(clock);
            y.enteredBy = actor;
            y.persist();
            CalendarChange yearChange = change(actor, year, null, reason);
            yearChange.newPapers = papers;
            yearChange.persist();
            for (Line line : lines) {
                CalendarDay day = new CalendarDay();
                day.day = line.date();
                day.noticeYear = year;
                day.offDay = line.offDay();
                day.name = line.name();
                day.persist();
                CalendarChange c = change(actor, year, line.date(), reason);
                c.newOffDay = line.offDay();
                c.newName = line.name();
                c.persist();
            }
            long off = lines.stream().filter(Line::offDay).count();
            log.record(actor, SUBJECT, String.valueOf(year), AdminAction.CREATED,
                    year + ": off " + off + ", work " + (lines.size() - off) + "; " + papers.replace('\n', ' ')
                            + "; " + reason);
            return new FieldErrors();
        });
        return late;
    }

    /** Corrects the papers of an entered year (a later notice changing it). */
    public FieldErrors changePapers(int year, String papersText, String reasonText, String actor) {
        FieldErrors errors = new FieldErrors();
        String papers = checkPapers(papersText, errors);
        String reason = checkReason(reasonText, errors);
        if (!errors.isEmpty()) {
            return errors;
        }
        FieldErrors late = QuarkusTransaction.requiringNew().call(() -> {
            CalendarYear y = CalendarYear.findById(year, LockModeType.PESSIMISTIC_WRITE);
            if (y == null) {
                return new FieldErrors().add("papers", "admin.cal.error.yearMissing", year);
            }
            if (y.papers.equals(papers)) {
                return new FieldErrors().add("papers", "admin.cal.error.unchanged");
            }
            CalendarChange c = change(actor, year, null, reason);
            c.oldPapers = y.papers;
            c.newPapers = papers;
            c.persist();
            log.record(actor, SUBJECT, String.valueOf(year), AdminAction.CHANGED,
                    y.papers.replace('\n', ' ') + " → " + papers.replace('\n', ' ') + "; " + reason);
            y.papers = papers;
            return new FieldErrors();
        });
        return late;
    }

    /** Adds a day to an entered year's notice, or changes one it lists. */
    public FieldErrors putDay(int year, DayEntry entry, String actor) {
        FieldErrors errors = new FieldErrors();
        LocalDate date = parseDate(entry.date());
        if (date == null) {
            errors.add("date", "admin.cal.error.date");
        } else if (!inNotice(year, date)) {
            errors.add("date", "admin.cal.error.dateRange", year);
        }
        String name = entry.name() == null ? "" : entry.name().strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            errors.add("name", "admin.cal.error.name", MAX_NAME);
        }
        Boolean offDay = kind(entry.kind());
        if (offDay == null) {
            errors.add("kind", "admin.cal.error.kind");
        } else if (!offDay && date != null && !weekend(date)) {
            errors.add("kind", "admin.cal.error.workOnWeekday", date);
        }
        String reason = checkReason(entry.reason(), errors);
        if (!errors.isEmpty()) {
            return errors;
        }
        FieldErrors late = QuarkusTransaction.requiringNew().call(() -> {
            if (CalendarYear.findById(year, LockModeType.PESSIMISTIC_WRITE) == null) {
                return new FieldErrors().add("date", "admin.cal.error.yearMissing", year);
            }
            CalendarDay day = CalendarDay.findById(date);
            if (day != null && day.noticeYear != year) {
                return new FieldErrors().add("date", "admin.cal.error.listedElsewhere", date, day.noticeYear);
            }
            if (day != null && day.offDay == offDay && day.name.equals(name)) {
                return new FieldErrors().add("date", "admin.cal.error.unchanged");
            }
            CalendarChange c = change(actor, year, date, reason);
            c.newOffDay = offDay;
            c.newName = name;
            String before = "—";
            if (day == null) {
                day = new CalendarDay();
                day.day = date;
                day.noticeYear = year;
                day.offDay = offDay;
                day.name = name;
                day.persist();
            } else {
                c.oldOffDay = day.offDay;
                c.oldName = day.name;
                before = describe(day.name, day.offDay);
                day.offDay = offDay;
                day.name = name;
            }
            c.persist();
            log.record(actor, SUBJECT, date.toString(), c.oldName == null ? AdminAction.CREATED : AdminAction.CHANGED,
                    date + ": " + before + " → " + describe(name, offDay) + "; " + reason);
            return new FieldErrors();
        });
        return late;
    }

    /** Removes a day an entered year's notice lists: it becomes an ordinary weekday or weekend day again. */
    public FieldErrors removeDay(int year, String dateText, String reasonText, String actor) {
        FieldErrors errors = new FieldErrors();
        LocalDate date = parseDate(dateText);
        if (date == null) {
            errors.add("date", "admin.cal.error.date");
        }
        String reason = checkReason(reasonText, errors);
        if (!errors.isEmpty()) {
            return errors;
        }
        FieldErrors late = QuarkusTransaction.requiringNew().call(() -> {
            CalendarDay day = CalendarDay.findById(date, LockModeType.PESSIMISTIC_WRITE);
            if (day == null || day.noticeYear != year) {
                return new FieldErrors().add("date", "admin.cal.error.notListed", date);
            }
            CalendarChange c = change(actor, year, date, reason);
            c.oldOffDay = day.offDay;
            c.oldName = day.name;
            c.persist();
            log.record(actor, SUBJECT, date.toString(), AdminAction.REMOVED,
                    date + ": " + describe(day.name, day.offDay) + " → —; " + reason);
            day.delete();
            return new FieldErrors();
        });
        return late;
    }

    // ---- reading what the admin typed ----------------------------------------------------------------------------

    private Integer parseYear(String text, FieldErrors errors) {
        String t = text == null ? "" : text.strip();
        int thisYear = calendar.today().getYear();
        if (!t.matches("\\d{4}")) {
            errors.add("year", "admin.cal.error.year", thisYear + 2);
            return null;
        }
        int year = Integer.parseInt(t);
        // notices are published in the autumn or winter before their year; 2007 is the first the calendar has
        if (year < 2007 || year > thisYear + 2) {
            errors.add("year", "admin.cal.error.year", thisYear + 2);
            return null;
        }
        return year;
    }

    /**
     * The days of a notice, one a line: {@code 2027-02-06 春节 off}; {@code work} for a make-up workday. The holiday's
     * name may contain spaces; 休/放假 and 班/上班 are read as off and work. Blank lines and lines starting with #
     * are skipped. Every bad line is reported with its number, up to {@link #MAX_LINE_ERRORS}.
     */
    static List<Line> parseLines(int year, String text, FieldErrors errors) {
        List<Line> lines = new ArrayList<>();
        List<String> raw = text == null ? List.of() : text.lines().toList();
        Set<LocalDate> seen = new HashSet<>();
        int bad = 0;
        int counted = 0;
        for (int i = 0; i < raw.size() && bad < MAX_LINE_ERRORS; i++) {
            String line = raw.get(i).replace('\u3000', ' ').strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            counted++;
            int number = i + 1;
            String shown = line.length() > 80 ? line.substring(0, 80) + "…" : line;
            String[] parts = line.split("\\s+");
            Boolean offDay = parts.length >= 3 ? kind(parts[parts.length - 1]) : null;
            if (offDay == null) {
                errors.add("days", "admin.cal.error.line", number, shown);
                bad++;
                continue;
            }
            LocalDate date = parseDate(parts[0]);
            String name = String.join(" ", java.util.Arrays.copyOfRange(parts, 1, parts.length - 1));
            if (date == null) {
                errors.add("days", "admin.cal.error.lineDate", number, shown);
            } else if (!inNotice(year, date)) {
                errors.add("days", "admin.cal.error.lineRange", number, shown, year);
            } else if (name.length() > MAX_NAME) {
                errors.add("days", "admin.cal.error.lineName", number, shown, MAX_NAME);
            } else if (!offDay && !weekend(date)) {
                errors.add("days", "admin.cal.error.lineWorkWeekday", number, shown);
            } else if (!seen.add(date)) {
                errors.add("days", "admin.cal.error.lineTwice", number, shown);
            } else {
                lines.add(new Line(date, name, offDay));
                continue;
            }
            bad++;
        }
        if (bad == 0 && counted == 0) {
            errors.add("days", "admin.cal.error.noDays");
        } else if (bad == 0 && counted > MAX_LINES) {
            errors.add("days", "admin.cal.error.tooManyDays", MAX_LINES);
        }
        return lines;
    }

    /** A notice lists days of its own year and of the December before (2023's listed 2022-12-31). */
    static boolean inNotice(int year, LocalDate date) {
        return date.getYear() == year || (date.getYear() == year - 1 && date.getMonthValue() == 12);
    }

    static Boolean kind(String text) {
        if (text == null) {
            return null;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "off", "休", "放假" -> Boolean.TRUE;
            case "work", "班", "上班" -> Boolean.FALSE;
            default -> null;
        };
    }

    private static boolean weekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** A strict YYYY-MM-DD date, or null. */
    public static LocalDate parseDate(String text) {
        String t = text == null ? "" : text.strip();
        if (!t.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return null;
        }
        try {
            return LocalDate.parse(t, DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String checkSource(String text, FieldErrors errors) {
        String source = text == null ? "" : text.strip();
        if (source.isEmpty() || source.length() > MAX_SOURCE) {
            errors.add("source", "admin.cal.error.source", MAX_SOURCE);
        }
        return source;
    }

    /** One http(s) address a line, at most {@link #MAX_PAPERS}; kept as the admin typed them, trimmed. */
    private static String checkPapers(String text, FieldErrors errors) {
        List<String> papers = text == null ? List.of()
                : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (papers.isEmpty() || papers.size() > MAX_PAPERS
                || !papers.stream().allMatch(p -> p.matches("https?://[^\\s<>\"]{4,500}"))) {
            errors.add("papers", "admin.cal.error.papers", MAX_PAPERS);
        }
        return String.join("\n", papers);
    }

    private static String checkReason(String text, FieldErrors errors) {
        String reason = text == null ? "" : text.strip();
        if (reason.isEmpty() || reason.length() > MAX_REASON) {
            errors.add("reason", "admin.rules.error.reason", MAX_REASON);
        }
        return reason;
    }

    private static CalendarChange change(String actor, int year, LocalDate day, String reason) {
        CalendarChange c = new CalendarChange();
        c.actor = actor;
        c.year = year;
        c.day = day;
        c.reason = reason;
        return c;
    }

    private static String describe(String name, boolean offDay) {
        return name + " " + (offDay ? "off" : "work");
    }
}
