package cn.gov.yongzhou.qingfeng.desk;

import cn.gov.yongzhou.qingfeng.casework.CaseRole;
import cn.gov.yongzhou.qingfeng.directory.StaffUnits;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * {@code GET /staff/findings/{id}}: a file submitted with findings, as an attachment, to inspectors and to the
 * handlers of the unit holding the case; anyone else gets 404, as for a file that does not exist.
 */
@Path("/staff/findings")
@RolesAllowed({ "inspector", "handler" })
public class FindingFilesResource {

    private final Findings findings;
    private final SecurityIdentity identity;
    private final StaffUnits staffUnits;
    private final cn.gov.yongzhou.qingfeng.casework.Jurisdiction jurisdiction;

    FindingFilesResource(Findings findings, SecurityIdentity identity, StaffUnits staffUnits,
            cn.gov.yongzhou.qingfeng.casework.Jurisdiction jurisdiction) {
        this.jurisdiction = jurisdiction;
        this.findings = findings;
        this.identity = identity;
        this.staffUnits = staffUnits;
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") long id) {
        boolean inspector = identity.hasRole("inspector");
        Set<Long> units = inspector ? Set.of() : staffUnits.of(identity);
        return findings.open(id, inspector ? CaseRole.INSPECTOR : CaseRole.HANDLER, units,
                inspector ? jurisdiction.of(identity) : null)
                .map(file -> Response.ok(file.bytes(), "application/octet-stream")
                        .header("Content-Disposition", "attachment; filename=\"finding-" + id + "\"; filename*=UTF-8''"
                                + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20"))
                        .header("Cache-Control", "no-store")
                        .header("Digest", "sha-256=" + file.sha256())
                        .build())
                .orElseGet(() -> Response.status(Response.Status.NOT_FOUND).build());
    }
}
