package cn.gov.yongzhou.qingfeng.disclosure;

import cn.gov.yongzhou.qingfeng.category.Category;
import cn.gov.yongzhou.qingfeng.shared.ClockProducer;
import cn.gov.yongzhou.qingfeng.shared.web.Messages;
import cn.gov.yongzhou.qingfeng.shared.web.TemplateText;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/** 公开统计: the year's figures as a page, as CSV files and as JSON, for anyone. */
@Path("/")
public class StatisticsPage {

    /** The first year the portal took reports. */
    static final int FIRST_YEAR = 2018;
    private static final String BOM = "\uFEFF";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance statistics(PublicStatistics.Year stats, List<Integer> years);
    }

    private final PublicStatistics statistics;
    private final Clock clock;

    StatisticsPage(PublicStatistics statistics, Clock clock) {
        this.statistics = statistics;
        this.clock = clock;
    }

    @GET
    @Path("statistics")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@QueryParam("year") String year) {
        int thisYear = LocalDate.now(clock.withZone(ClockProducer.ZONE)).getYear();
        List<Integer> years = IntStream.rangeClosed(FIRST_YEAR, thisYear).map(y -> thisYear + FIRST_YEAR - y).boxed()
                .toList();
        return Templates.statistics(statistics.of(yearOr(year, thisYear)), years);
    }

    @GET
    @Path("statistics/{year}/monthly.csv")
    @Produces("text/csv; charset=UTF-8")
    public Response monthlyCsv(@PathParam("year") int year) {
        StringBuilder csv = new StringBuilder(BOM + "年份 year,月份 month,");
        for (Category c : Category.values()) {
            csv.append(Messages.get(Messages.CHINESE, TemplateText.keyOf(c))).append(' ').append(c.openDataName())
                    .append(',');
        }
        csv.append("合计 total\r\n");
        for (PublicStatistics.Month m : statistics.of(checked(year)).months()) {
            csv.append(year).append(',').append(m.month()).append(',');
            for (Category c : Category.values()) {
                csv.append(m.count(c)).append(',');
            }
            csv.append(m.total()).append("\r\n");
        }
        return download(csv.toString(), "qingfeng-" + year + "-monthly.csv");
    }

    @GET
    @Path("statistics/{year}/areas.csv")
    @Produces("text/csv; charset=UTF-8")
    public Response areasCsv(@PathParam("year") int year) {
        StringBuilder csv = new StringBuilder(BOM + "年份 year,地区代码 area_code,地区 area,收到举报 received,"
                + "办结 concluded,查证属实 found,属实率% found_rate,期限届满 limits_closed,按期 limits_met,按期率% on_time_rate\r\n");
        for (PublicStatistics.AreaRow a : statistics.of(checked(year)).areas()) {
            csv.append(year).append(',').append(a.code() == null ? "" : a.code()).append(',')
                    .append(a.name() == null ? "市直单位" : a.name()).append(',').append(a.received()).append(',')
                    .append(a.concluded()).append(',').append(a.found()).append(',')
                    .append(a.foundRate() == null ? "" : a.foundRate()).append(',').append(a.limitsClosed()).append(',')
                    .append(a.limitsMet()).append(',').append(a.onTimeRate() == null ? "" : a.onTimeRate()).append("\r\n");
        }
        return download(csv.toString(), "qingfeng-" + year + "-areas.csv");
    }

    /** Open data: the same figures as JSON. */
    @GET
    @Path("api/v1/statistics/{year}")
    @Produces(MediaType.APPLICATION_JSON)
    public PublicStatistics.Year json(@PathParam("year") int year) {
        return statistics.of(checked(year));
    }

    private int checked(int year) {
        int thisYear = LocalDate.now(clock.withZone(ClockProducer.ZONE)).getYear();
        if (year < FIRST_YEAR || year > thisYear) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        return year;
    }

    private int yearOr(String year, int fallback) {
        try {
            int y = Integer.parseInt(year == null ? "" : year.strip());
            return y >= FIRST_YEAR && y <= fallback ? y : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static Response download(String body, String name) {
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }
}
