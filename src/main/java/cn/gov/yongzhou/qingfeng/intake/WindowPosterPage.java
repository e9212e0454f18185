package cn.gov.yongzhou.qingfeng.intake;

import cn.gov.yongzhou.qingfeng.directory.DirectoryService;
import cn.gov.yongzhou.qingfeng.directory.DirectoryService.WindowOption;
import cn.gov.yongzhou.qingfeng.directory.ServiceWindow;
import cn.gov.yongzhou.qingfeng.shared.PortalConfig;
import cn.gov.yongzhou.qingfeng.shared.web.Bilingual;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The posters with each window's QR code, for the staff who print and hang them. The code opens {@code /w/{code}},
 * the report form with the window filled in ({@link ReportPage#atWindow}).
 *
 * <p>
 * At path "/" beside {@link ReportPage}: a class at "/w/{code}" would take over matching of {@code /w/{code}}
 * itself, and JAX-RS does not go back to another class when that one has no method for it.
 */
@Path("/")
public class WindowPosterPage {

    static final String SVG = "image/svg+xml";

    /** The windows of one unit, for the list of posters. */
    public record UnitWindows(Bilingual unit, List<WindowOption> windows) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance poster(WindowOption window, String url);

        static native TemplateInstance list(List<UnitWindows> units);
    }

    private final DirectoryService directory;
    private final PortalConfig portal;

    WindowPosterPage(DirectoryService directory, PortalConfig portal) {
        this.directory = directory;
        this.portal = portal;
    }

    @GET
    @Path("w/{code}/qr.svg")
    @Produces(SVG)
    @Transactional(Transactional.TxType.SUPPORTS)
    public Response qrCode(@PathParam("code") String code) {
        return withWindow(code, window -> svg(QrCodes.svg(reportUrl(window))));
    }

    @GET
    @Path("w/{code}/poster.svg")
    @Produces(SVG)
    @Transactional(Transactional.TxType.SUPPORTS)
    public Response posterSvg(@PathParam("code") String code) {
        return withWindow(code, window -> svg(WindowPoster.svg(window, reportUrl(window))));
    }

    /** The poster on a page of the site, with how to print it on A4. */
    @GET
    @Path("w/{code}/poster")
    @Produces(MediaType.TEXT_HTML)
    @Transactional(Transactional.TxType.SUPPORTS)
    public Response poster(@PathParam("code") String code) {
        return withWindow(code, window -> Response.ok(Templates.poster(window, reportUrl(window))).build());
    }

    @GET
    @Path("posters")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance posterList() {
        Map<String, UnitWindows> byUnit = new LinkedHashMap<>();
        for (WindowOption window : directory.windows()) {
            byUnit.computeIfAbsent(window.unitCode(), c -> new UnitWindows(window.unit(), new ArrayList<>()))
                    .windows().add(window);
        }
        return Templates.list(List.copyOf(byUnit.values()));
    }

    /** What the window's QR code encodes. */
    String reportUrl(WindowOption window) {
        String base = portal.publicUrl();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return base + "/w/" + window.code();
    }

    private static Response withWindow(String code, Function<WindowOption, Response> found) {
        return find(code).map(found).orElseGet(() -> Response.status(Response.Status.NOT_FOUND)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(ReportPage.Templates.unknownWindow(code)).build());
    }

    private static Optional<WindowOption> find(String code) {
        return ServiceWindow.findByCode(code).map(w -> new WindowOption(w.code, w.name, w.nameEn, w.unit.code,
                w.unit.name, w.unit.nameEn));
    }

    private static Response svg(String document) {
        return Response.ok(document, SVG + ";charset=UTF-8").build();
    }
}
