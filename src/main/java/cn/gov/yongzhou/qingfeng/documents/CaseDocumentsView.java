package cn.gov.yongzhou.qingfeng.documents;

import cn.gov.yongzhou.qingfeng.directory.StaffUnits;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/**
 * The documents of a case as the signed-in staff member may see them, for the case pages of both desks
 * ({@code {inject:caseDocuments.of(id)}}): an inspector all, an approver the kinds they approve, a handler the
 * approved letters addressed to their unit.
 */
@Named("caseDocuments")
@RequestScoped
public class CaseDocumentsView {

    public record Row(long id, DocumentKind kind, boolean approved, String number, String title,
            OffsetDateTime at) {
    }

    private final Documents documents;
    private final SecurityIdentity identity;
    private final StaffUnits staffUnits;

    CaseDocumentsView(Documents documents, SecurityIdentity identity, StaffUnits staffUnits) {
        this.documents = documents;
        this.identity = identity;
        this.staffUnits = staffUnits;
    }

    /** Whether the viewer works the inspector's desk (a case link leads somewhere). */
    public boolean inspector() {
        return identity.getRoles().contains("inspector");
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Row> of(long caseId) {
        Set<String> roles = identity.getRoles();
        Set<Long> units = roles.contains("handler") ? staffUnits.of(identity) : Set.of();
        return CaseDocument.ofCase(caseId).stream().filter(d -> documents.mayRead(d, roles, units))
                .map(d -> new Row(d.id, d.kind, d.approved(), d.number, d.title,
                        d.approved() ? d.approvedAt : d.draftedAt))
                .toList();
    }
}
