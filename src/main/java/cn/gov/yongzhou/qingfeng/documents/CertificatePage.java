package cn.gov.yongzhou.qingfeng.documents;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

/** The certificate of the document key, public, so a recipient can check a document's signature against it. */
@Path("/documents/certificate.pem")
public class CertificatePage {

    private final SigningKey keys;

    CertificatePage(SigningKey keys) {
        this.keys = keys;
    }

    @GET
    @Produces("application/x-pem-file")
    public Response certificate() {
        try {
            return Response.ok(keys.certificatePem()).header("Content-Disposition",
                    "attachment; filename=\"qingfeng-documents.pem\"").build();
        } catch (SigningKey.Missing e) {
            return Response.status(404).type("text/plain").entity("no document certificate configured").build();
        }
    }
}
