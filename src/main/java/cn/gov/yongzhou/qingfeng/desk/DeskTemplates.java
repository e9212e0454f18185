package cn.gov.yongzhou.qingfeng.desk;

import cn.gov.yongzhou.qingfeng.casework.CaseState;
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
}
