package cn.gov.yongzhou.qingfeng.ledger;

import cn.gov.yongzhou.qingfeng.shared.ClockProducer;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A month, quarter or year of the ledger, in Beijing time: from {@link #from()} (inclusive) to {@link #until()}
 * (exclusive). {@code number} is the month (1–12) or quarter (1–4); 0 for a year.
 */
public record Period(PeriodKind kind, int year, int number) {

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    public Period {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        int max = switch (kind) {
            case MONTH -> 12;
            case QUARTER -> 4;
            case YEAR -> 0;
        };
        if (kind == PeriodKind.YEAR ? number != 0 : number < 1 || number > max) {
            throw new IllegalArgumentException(kind + " " + number);
        }
    }

    public static Period year(int year) {
        return new Period(PeriodKind.YEAR, year, 0);
    }

    public static Period quarter(int year, int quarter) {
        return new Period(PeriodKind.QUARTER, year, quarter);
    }

    public static Period month(int year, int month) {
        return new Period(PeriodKind.MONTH, year, month);
    }

    /** The first day of the period. */
    public LocalDate from() {
        return switch (kind) {
            case YEAR -> LocalDate.of(year, 1, 1);
            case QUARTER -> LocalDate.of(year, 3 * number - 2, 1);
            case MONTH -> LocalDate.of(year, number, 1);
        };
    }

    /** The day after the period's last day. */
    public LocalDate until() {
        return switch (kind) {
            case YEAR -> from().plusYears(1);
            case QUARTER -> from().plusMonths(3);
            case MONTH -> from().plusMonths(1);
        };
    }

    /** How many months the period has: 12, 3 or 1. */
    public int months() {
        return switch (kind) {
            case YEAR -> 12;
            case QUARTER -> 3;
            case MONTH -> 1;
        };
    }

    public LocalDate last() {
        return until().minusDays(1);
    }

    public OffsetDateTime start() {
        return from().atStartOfDay(ClockProducer.ZONE).toOffsetDateTime();
    }

    public OffsetDateTime end() {
        return until().atStartOfDay(ClockProducer.ZONE).toOffsetDateTime();
    }

    /** The period as the query string names it, e.g. {@code period=quarter&year=2026&q=4}. */
    public String query() {
        return switch (kind) {
            case YEAR -> "period=year&year=" + year;
            case QUARTER -> "period=quarter&year=" + year + "&q=" + number;
            case MONTH -> "period=month&year=" + year + "&m=" + number;
        };
    }

    /** A short name for file names: 2026, 2026-Q4, 2026-11. */
    public String slug() {
        return switch (kind) {
            case YEAR -> String.valueOf(year);
            case QUARTER -> year + "-Q" + number;
            case MONTH -> year + "-" + (number < 10 ? "0" : "") + number;
        };
    }

    /** The message key that names the period, with {@link #year()} as {0} and {@link #number()} as {1}. */
    public String labelKey() {
        return "ledger.period.label." + kind.name();
    }
}
