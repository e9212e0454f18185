package cn.gov.yongzhou.qingfeng.disclosure;

import cn.gov.yongzhou.qingfeng.category.Category;
import cn.gov.yongzhou.qingfeng.shared.web.FormValues;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** 典型案例 for everyone: the published cases, filtered by category, county and year. */
@Path("/cases")
@Produces(MediaType.TEXT_HTML)
public class PublicCasesPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance cases(List<DisclosureViews.Entry> entries, DisclosureViews.Filter filter,
                List<DisclosureViews.Area> areas, List<Integer> years, List<DisclosureViews.CircularView> circulars);

        static native TemplateInstance typical(DisclosureViews.Entry entry);

        static native TemplateInstance circular(DisclosureViews.CircularView circular);
    }

    private final DisclosureViews views;

    PublicCasesPage(DisclosureViews views) {
        this.views = views;
    }

    @GET
    public TemplateInstance list(@QueryParam("category") String category, @QueryParam("county") String county,
            @QueryParam("year") String year) {
        Category c = FormValues.choice(Category.class, category);
        String area = views.areas().stream().map(DisclosureViews.Area::code).filter(code -> code.equals(county))
                .findFirst().orElse(null);
        Integer y = year != null && year.matches("\\d{4}") ? Integer.valueOf(year) : null;
        DisclosureViews.Filter filter = new DisclosureViews.Filter(c, area, y);
        return Templates.cases(views.published(filter), filter, views.areas(), views.years(),
                views.publishedCirculars());
    }

    /** A 通报 of several cases: its lead, then each case still published, numbered. */
    @GET
    @Path("circulars/{id}")
    public TemplateInstance circular(@PathParam("id") long id) {
        return Templates.circular(views.publishedCircular(id).orElseThrow(NotFoundException::new));
    }

    @GET
    @Path("{id}")
    public TemplateInstance one(@PathParam("id") long id) {
        return Templates.typical(views.published(id).orElseThrow(NotFoundException::new));
    }
}
