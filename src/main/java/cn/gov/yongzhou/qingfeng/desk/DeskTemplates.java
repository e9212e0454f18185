package cn.gov.yongzhou.qingfeng.desk;

import cn.gov.yongzhou.qingfeng.casework.CaseState;
import cn.gov.yongzhou.qingfeng.casework.Conclusion;
import cn.gov.yongzhou.qingfeng.casework.RejectionGround;
import cn.gov.yongzhou.qingfeng.casework.Transition;
import cn.gov.yongzhou.qingfeng.directory.DirectoryService;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import java.util.List;

/**
 * The desk's pages, shared by the inspector's and the handler's desk; {@code base} is the desk's own address
 * (/staff/cases or /staff/unit-cases), so links and forms stay on it.
 */
@CheckedTemplate(basePath = "desk")
class DeskTemplates {

    static native TemplateInstance queue(String base, CaseDesk.QueuePage page, QueueFilter filter,
            List<CaseState> states, List<DirectoryService.AreaGroup> areas, List<Tellings.TaskRow> tasks);

    /**
     * {@code telling}: the inspector's 告知 panel; null on the handler's desk, which never reaches the reporter.
     * {@code briefForm}: the inspector's 交办 summary form; null on the handler's desk, which reads the summary only.
     */
    static native TemplateInstance casePage(String base, CaseDesk.CaseView view, String msg, FindingsForm findingsForm,
            Tellings.CaseTelling telling, BriefForm briefForm);

    /** What was typed into an irreversible step's form, shown on its confirmation page and posted again from it. */
    record Typed(String reason, Conclusion conclusion, String toReporter, RejectionGround ground, String channel,
            String destination) {
    }

    /**
     * 回避声明: what the named officer reads before declaring ({@code view}; {@code error} a message key), or, with
     * {@code withdrew}, the page that tells one who withdrew that the case is no longer theirs.
     */
    static native TemplateInstance declare(String base, OfficerDesk.DeclareView view, String error, boolean withdrew);

    /** The confirmation page of an irreversible step: what will happen, what was typed, one button that does it. */
    static native TemplateInstance confirm(String base, CaseDesk.CaseView view, Transition step, Typed typed);
}
