package cn.gov.yongzhou.qingfeng.documents;

import cn.gov.yongzhou.qingfeng.casework.PersonalDataEraser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** The documents' part of retention: the reporter's own documents name the reporter, so their PDFs go. */
@ApplicationScoped
class DocumentErasure implements PersonalDataEraser {

    private final Documents documents;

    DocumentErasure(Documents documents) {
        this.documents = documents;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void erase(long reportId, long caseId) {
        documents.eraseReporterCopies(caseId);
    }
}
