package cn.gov.yongzhou.qingfeng.documents;

import cn.gov.yongzhou.qingfeng.intake.TrackPass;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The reporter's own documents on the tracking page: listed after the receipt number and query password were
 * checked ({@code {inject:reporterDocuments.of(receipt)}}), and downloaded with the tracking page's pass (a POST, so
 * the pass stays out of addresses and logs). Any other document, or a pass of another receipt, answers 404.
 */
@Path("/track/documents")
@Named("reporterDocuments")
@ApplicationScoped
public class ReporterDocumentPage {

    private final Documents documents;
    private final TrackPass passes;

    ReporterDocumentPage(Documents documents, TrackPass passes) {
        this.documents = documents;
        this.passes = passes;
    }

    public record Row(long id, DocumentKind kind, String number, String title) {
    }

    /** The approved documents addressed to the reporter of {@code receiptNo}. */
    public List<Row> of(String receiptNo) {
        return documents.ofReporter(receiptNo).stream().map(d -> new Row(d.id, d.kind, d.number, d.title)).toList();
    }

    @POST
    @Path("{id:\\d+}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces("application/pdf")
    @Transactional(Transactional.TxType.SUPPORTS)
    public Response download(@PathParam("id") long id, @RestForm String pass) {
        String receiptNo = passes.verify(pass).orElseThrow(NotFoundException::new);
        CaseDocument doc = documents.ofReporter(receiptNo).stream().filter(d -> d.id == id).findFirst()
                .orElseThrow(NotFoundException::new);
        return DocumentPages.pdf(documents.pdf(doc).orElseThrow(NotFoundException::new), doc.number + ".pdf");
    }
}
