package cn.gov.yongzhou.qingfeng.ledger;

import cn.gov.yongzhou.qingfeng.shared.web.Messages;
import cn.gov.yongzhou.qingfeng.shared.web.NoStore;
import cn.gov.yongzhou.qingfeng.shared.web.RequestLocale;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * 执行力台账 for the supervision office and the inspectors: the ledger of a month, quarter or year, city-wide or for one
 * county, district or zone, with its charts, and the ledger and the period's cases as CSV and XLSX.
 */
@Path("/staff")
@RolesAllowed({ "supervisor", "inspector" })
public class LedgerPages {

    /** The filter as the form shows it, and the page's own words that take more than one value. */
    public record Filter(String period, int year, int quarter, int month, String area, List<Integer> years,
            String periodLabel, String query) {
    }

    public record Rules(String score, String thresholds, int praiseMin) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance ledger(Ledger.View view, Filter filter, List<Ledger.Area> areas, String trend,
                String onTime, Rules rules);
    }

    /** The first year of the regulation (永政发〔2018〕1号): the year list starts there. */
    static final int FIRST_YEAR = 2018;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Ledger ledger;
    private final LedgerConfig config;
    private final RequestLocale locale;

    LedgerPages(Ledger ledger, LedgerConfig config, RequestLocale locale) {
        this.ledger = ledger;
        this.config = config;
        this.locale = locale;
    }

    /** What a page or an export is about, as the query gives it: the period and, if any, the area. */
    public static class Query {
        @QueryParam("period")
        public String period;
        @QueryParam("year")
        public String year;
        @QueryParam("q")
        public String q;
        @QueryParam("m")
        public String m;
        @QueryParam("area")
        public String area;
    }

    private record Scope(Period period, Ledger.Area area) {
    }

    @GET
    @Path("ledger")
    @Produces(MediaType.TEXT_HTML)
    public Response show(@BeanParam Query query) {
        Scope scope = scope(query);
        Period p = scope.period();
        Ledger.Area a = scope.area();
        Locale lang = locale.get();
        Ledger.View view = ledger.ledger(p, a);
        LocalDate today = view.today();
        List<Integer> years = IntStream.rangeClosed(Math.min(FIRST_YEAR, p.year()), Math.max(today.getYear(), p.year()))
                .boxed().sorted((x, y) -> y - x).toList();
        Filter filter = new Filter(p.kind().name().toLowerCase(Locale.ROOT), p.year(),
                p.kind() == PeriodKind.QUARTER ? p.number() : (today.getMonthValue() + 2) / 3,
                p.kind() == PeriodKind.MONTH ? p.number() : today.getMonthValue(), a == null ? "" : a.code(), years,
                Messages.get(lang, p.labelKey(), String.valueOf(p.year()), p.number()),
                p.query() + (a == null ? "" : "&area=" + a.code()));
        Rules rules = new Rules(Messages.get(lang, "ledger.def.score", config.base(), config.perSubstantiated(),
                config.perOverdue(), config.perAccountability(), config.perDissatisfied()),
                Messages.get(lang, "ledger.def.thresholds", config.aboveAt(), config.belowUnder()),
                config.praise().minRatings());
        return NoStore.page(Templates.ledger(view, filter, ledger.areas(),
                Charts.trend(view.trend(), p.year(), lang, "chart-trend"), Charts.onTime(view.rows(), lang, "chart-on-time"),
                rules));
    }

    @GET
    @Path("ledger.csv")
    public Response ledgerCsv(@BeanParam Query query) {
        Scope scope = scope(query);
        Ledger.View view = ledger.ledger(scope.period(), scope.area());
        return export("ledger", scope, null, (table, lang) -> Exports.ledger(view, lang, table));
    }

    @GET
    @Path("ledger.xlsx")
    public Response ledgerXlsx(@BeanParam Query query) {
        Scope scope = scope(query);
        Ledger.View view = ledger.ledger(scope.period(), scope.area());
        return export("ledger", scope, "ledger.sheet", (table, lang) -> Exports.ledger(view, lang, table));
    }

    @GET
    @Path("ledger/cases.csv")
    public Response casesCsv(@BeanParam Query query) {
        Scope scope = scope(query);
        return export("cases", scope, null,
                (table, lang) -> Exports.cases(each -> ledger.cases(scope.period(), scope.area(), each), lang, table));
    }

    @GET
    @Path("ledger/cases.xlsx")
    public Response casesXlsx(@BeanParam Query query) {
        Scope scope = scope(query);
        return export("cases", scope, "ledger.cases.sheet",
                (table, lang) -> Exports.cases(each -> ledger.cases(scope.period(), scope.area(), each), lang, table));
    }

    private Scope scope(Query query) {
        return new Scope(period(query.period, query.year, query.q, query.m), area(query.area));
    }

    /**
     * A download of {@code what} for the scope: CSV when {@code sheetKey} is null, else XLSX with that sheet name,
     * filled in the user's language while it streams.
     */
    private Response export(String what, Scope scope, String sheetKey,
            java.util.function.BiConsumer<Exports.Table, Locale> fill) {
        Locale lang = locale.get();
        boolean csv = sheetKey == null;
        return file(csv ? "text/csv; charset=UTF-8" : XLSX, name(what, scope.period(), scope.area(), csv ? "csv" : "xlsx"),
                out -> {
                    try (Exports.Table table = csv ? Exports.csv(out) : Exports.xlsx(out, Messages.get(lang, sheetKey))) {
                        fill.accept(table, lang);
                    }
                });
    }

    /** The period of the query; missing values are this year, this quarter, this month. */
    Period period(String period, String year, String q, String m) {
        LocalDate today = ledger.today();
        int y = number(year, today.getYear());
        try {
            return switch (period == null || period.isBlank() ? "year" : period) {
                case "year" -> Period.year(y);
                case "quarter" -> Period.quarter(y, number(q, (today.getMonthValue() + 2) / 3));
                case "month" -> Period.month(y, number(m, today.getMonthValue()));
                default -> throw new BadRequestException("unknown period");
            };
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("bad period");
        }
    }

    private Ledger.Area area(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return ledger.area(code.strip()).orElseThrow(() -> new BadRequestException("unknown area"));
    }

    private static int number(String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new BadRequestException("not a number");
        }
    }

    private static String name(String what, Period p, Ledger.Area a, String ext) {
        return "qingfeng-" + what + "-" + p.slug() + (a == null ? "" : "-" + a.code()) + "." + ext;
    }

    private static Response file(String type, String fileName, StreamingOutput body) {
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("Cache-Control", "no-store").build();
    }
}
