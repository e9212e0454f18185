package cn.gov.yongzhou.qingfeng.desk;

import cn.gov.yongzhou.qingfeng.casework.CaseFile;
import cn.gov.yongzhou.qingfeng.casework.CaseOfficers;
import cn.gov.yongzhou.qingfeng.casework.CaseState;
import cn.gov.yongzhou.qingfeng.category.Category;
import cn.gov.yongzhou.qingfeng.directory.StaffAccount;
import cn.gov.yongzhou.qingfeng.intake.Report;
import cn.gov.yongzhou.qingfeng.shared.web.Messages;
import cn.gov.yongzhou.qingfeng.shared.web.TemplateText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 承办人 on the inspector's desk: who handles the case, whom an inspector may name (the inspectors the directory
 * records in the body holding the case, and the inspector naming), and what the named officer reads before declaring
 * 回避 — enough to know whether they must withdraw (the unit, the person reported, the category), nothing of the
 * reporter or their words.
 */
@ApplicationScoped
public class OfficerDesk {

    /** The officer panel of the case page: the officer (null: none named) and whom this inspector may name. */
    public record OfficerPanel(CaseOfficers.Officer officer, List<String> choices, boolean open) {
    }

    /** What the named officer reads before declaring. */
    public record DeclareView(long caseId, String reference, CaseState state, String unitName, String unitNameEn,
            String window, String accusedName, String accusedBadge, Category category, String namedBy,
            List<CaseOfficers.RecusalGround> grounds) {
    }

    public enum NameResult {
        NAMED,
        UNCHANGED,
        NOT_OPEN,
        NOT_ELIGIBLE
    }

    private final CaseOfficers officers;

    OfficerDesk(CaseOfficers officers) {
        this.officers = officers;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public OfficerPanel panel(CaseFile file, String viewer) {
        return new OfficerPanel(officers.of(file.id).orElse(null), choices(file, viewer),
                CaseOfficers.NAMEABLE.contains(file.state));
    }

    /** The inspectors of the holding body by name, and the viewer (who is in it, or they would not see the case). */
    static List<String> choices(CaseFile file, String viewer) {
        List<String> names = new ArrayList<>();
        if (file.bodyId != null) {
            StaffAccount.withRoleIn("inspector", file.bodyId).forEach(a -> names.add(a.userName));
        }
        if (viewer != null && !names.contains(viewer)) {
            names.add(0, viewer);
        }
        return names;
    }

    /** Names the officer when they are one this inspector may name (the page offers no one else). */
    @Transactional
    public NameResult name(long caseId, String officer, String actor) {
        CaseFile file = CaseFile.findById(caseId);
        String named = officer == null ? "" : officer.strip();
        if (!choices(file, actor).contains(named)) {
            return NameResult.NOT_ELIGIBLE;
        }
        return switch (officers.name(caseId, named, actor)) {
            case NAMED -> NameResult.NAMED;
            case UNCHANGED -> NameResult.UNCHANGED;
            case NOT_OPEN -> NameResult.NOT_OPEN;
        };
    }

    /** The declaration page's facts, when this user is the officer awaiting a declaration on a case in scope. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<DeclareView> declaration(long caseId, String user) {
        Optional<CaseOfficers.Officer> awaited = officers.of(caseId)
                .filter(o -> !o.declared() && o.userName().equals(user));
        if (awaited.isEmpty()) {
            return Optional.empty();
        }
        CaseFile file = CaseFile.findById(caseId);
        Report report = Report.findById(file.reportId);
        return Optional.of(new DeclareView(caseId, file.reference(), file.state, report.unit.name, report.unit.nameEn,
                report.window == null ? null : report.window.name, report.accusedName, report.accusedBadge,
                report.category, awaited.get().namedBy(), List.of(CaseOfficers.RecusalGround.values())));
    }

    /** Where the user stands on this case: free, to declare first, or withdrawn. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CaseOfficers.Standing standing(long caseId, String user) {
        return officers.standing(caseId, user);
    }

    /** The officers of these cases, for the queue. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Map<Long, CaseOfficers.Officer> officersOf(java.util.Collection<Long> caseIds) {
        return officers.of(caseIds);
    }

    /** The declaration; a ground goes on the timeline in its Chinese words, as the record is kept. */
    @Transactional
    public CaseOfficers.Declaration declare(long caseId, String user, CaseOfficers.RecusalGround ground,
            String explanation) {
        String words = ground == null ? null : Messages.get(Messages.CHINESE, TemplateText.keyOf(ground));
        return officers.declare(caseId, user, ground, words, explanation);
    }
}
