package cn.gov.yongzhou.qingfeng.intake;

import cn.gov.yongzhou.qingfeng.casework.CaseFile;
import cn.gov.yongzhou.qingfeng.casework.CaseState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * 12345 work orders linked both ways: the hotline's system files a report with its work-order number and finds it again
 * by that number (the receipt and where it stands, never the report's content); an inspector finds the case by it.
 */
@ApplicationScoped
public class WorkOrders {

    /** A report filed under a work-order number and the state of its case. */
    public record Linked(long caseId, String receiptNo, String workOrderNo, CaseState state, OffsetDateTime receivedAt) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Linked> byNumber(String workOrderNo) {
        return Report.findByWorkOrder(workOrderNo).stream().map(r -> CaseFile.findByReport(r.id)
                .map(c -> new Linked(c.id, r.receiptNo, r.workOrderNo, c.state, r.receivedAt)).orElse(null))
                .filter(java.util.Objects::nonNull).toList();
    }
}
