package cn.gov.yongzhou.qingfeng.admin;

import cn.gov.yongzhou.qingfeng.directory.UnitsByArea;
import cn.gov.yongzhou.qingfeng.ledger.ServiceVolume;
import cn.gov.yongzhou.qingfeng.ledger.ServiceVolumes;
import cn.gov.yongzhou.qingfeng.shared.web.FieldErrors;
import cn.gov.yongzhou.qingfeng.shared.web.Messages;
import cn.gov.yongzhou.qingfeng.shared.web.NoStore;
import cn.gov.yongzhou.qingfeng.shared.web.RequestLocale;
import cn.gov.yongzhou.qingfeng.shared.web.StaffRequest;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * 办件量: the units' monthly service volumes, which the ledger divides by (reports and substantiated cases per 10,000
 * services). Entered one at a time or imported from CSV or XLSX; the supervision office keeps them, the admin may.
 */
@Path("/staff/admin/volumes")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ "admin", "supervisor" })
public class VolumeAdminPages {

    static final String BASE = "/staff/admin/volumes";

    /** One unit's year: its services per month (null: none entered) and the year's sum. */
    public record Line(String code, String name, Long[] months, long total) {
    }

    @CheckedTemplate(basePath = "admin")
    static class Templates {
        static native TemplateInstance volumes(int year, List<Line> lines, List<UnitsByArea.UnitGroup> groups,
                AdminForm form, List<String> importErrors, String notice);
    }

    private final ServiceVolumes volumes;
    private final UnitsByArea directory;
    private final StaffRequest staff;
    private final RequestLocale locale;
    private final java.time.Clock clock;

    VolumeAdminPages(ServiceVolumes volumes, UnitsByArea directory, StaffRequest staff, RequestLocale locale,
            java.time.Clock clock) {
        this.clock = clock;
        this.volumes = volumes;
        this.directory = directory;
        this.staff = staff;
        this.locale = locale;
    }

    @GET
    public Response list(@QueryParam("year") Integer year, @QueryParam("msg") String msg, @QueryParam("n") Integer n) {
        String notice = "entered".equals(msg) ? Messages.get(locale.get(), "volume.msg.entered")
                : "imported".equals(msg) ? Messages.get(locale.get(), "volume.msg.imported", n == null ? 0 : n) : null;
        return NoStore.page(page(year(year), AdminForm.NONE, List.of(), notice));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response enter(@RestForm String unit, @RestForm String month, @RestForm String services) {
        ServiceVolumes.Result result = volumes.enter(unit, month, services, staff.me());
        LocalDate first = ServiceVolumes.month(month);
        int year = first == null ? today().getYear() : first.getYear();
        if (result.ok()) {
            return Response.seeOther(java.net.URI.create(BASE + "?year=" + year + "&msg=entered")).build();
        }
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("unit", unit);
        typed.put("month", month);
        typed.put("services", services);
        return NoStore.page(422, page(year, AdminForm.refused("volume", null, typed, result.errors(), locale.get()),
                List.of(), null));
    }

    @POST
    @Path("import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importFile(@RestForm("file") FileUpload file) throws IOException {
        Locale lang = locale.get();
        ServiceVolumes.Result result;
        if (file == null || file.size() == 0) {
            result = new ServiceVolumes.Result(0, new FieldErrors().add("file", "volume.error.file.required"),
                    List.of());
        } else {
            result = volumes.importFile(Files.readAllBytes(file.uploadedFile()), staff.me());
        }
        if (result.ok()) {
            return Response.seeOther(java.net.URI.create(BASE + "?msg=imported&n=" + result.stored())).build();
        }
        List<String> lines = result.lines().stream()
                .map(e -> Messages.get(lang, "volume.error.line", e.line(), Messages.get(lang, e.key(), e.args())))
                .toList();
        AdminForm form = result.errors().isEmpty() ? AdminForm.NONE
                : AdminForm.refused("import", null, Map.of(), result.errors(), lang);
        return NoStore.page(422, page(today().getYear(), form, lines, null));
    }

    private TemplateInstance page(int year, AdminForm form, List<String> importErrors, String notice) {
        Map<String, Line> byUnit = new LinkedHashMap<>();
        Map<String, Long[]> months = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        boolean english = Locale.ENGLISH.getLanguage().equals(locale.get().getLanguage());
        for (ServiceVolume v : ServiceVolume.ofYear(year)) {
            months.computeIfAbsent(v.unit.code, c -> new Long[12])[v.month.getMonthValue() - 1] = v.services;
            names.putIfAbsent(v.unit.code, v.unit.displayName(english));
        }
        months.forEach((code, m) -> byUnit.put(code, new Line(code, names.get(code), m,
                java.util.Arrays.stream(m).filter(java.util.Objects::nonNull).mapToLong(Long::longValue).sum())));
        return Templates.volumes(year, List.copyOf(byUnit.values()), directory.groups(), form, importErrors,
                notice);
    }

    private int year(Integer year) {
        return year == null || year < 2000 || year > 2100 ? today().getYear() : year;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(cn.gov.yongzhou.qingfeng.shared.ClockProducer.ZONE));
    }
}
