package cn.gov.yongzhou.qingfeng.intake;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** {@code GET /staff/evidence/{id}}: an evidence file as an attachment, never rendered inline. */
@Path("/staff/evidence")
public class EvidenceDownloadResource {

    private final EvidenceDownload download;

    EvidenceDownloadResource(EvidenceDownload download) {
        this.download = download;
    }

    @GET
    @Path("{id}")
    @RolesAllowed("inspector")
    public Response get(@PathParam("id") long id) {
        return download.open(id).map(file -> Response.ok(file.bytes(), "application/octet-stream")
                .header("Content-Disposition", "attachment; filename=\"evidence-" + id + "\"; filename*=UTF-8''"
                        + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20"))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "no-store")
                .header("Digest", "sha-256=" + file.sha256())
                .build())
                .orElseGet(() -> Response.status(Response.Status.NOT_FOUND).build());
    }
}
