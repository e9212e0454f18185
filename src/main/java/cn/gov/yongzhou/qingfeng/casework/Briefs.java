package cn.gov.yongzhou.qingfeng.casework;

import cn.gov.yongzhou.qingfeng.shared.web.FieldErrors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

/** The 交办 summary of a case: written and approved by an inspector, the only account a handling unit receives. */
@ApplicationScoped
public class Briefs {

    /** A summary as pages and letters show it. */
    public record BriefView(String alleged, String place, String period, String toVerify, String approvedBy,
            OffsetDateTime approvedAt) {

        static BriefView of(CaseBrief b) {
            return new BriefView(b.alleged, b.place, b.period, b.toVerify, b.approvedBy, b.approvedAt);
        }

        /** The summary as one paragraph, for a letter. */
        public String alleging() {
            return place + "，" + period + "：" + alleged;
        }
    }

    private final Clock clock;
    private final Casework casework;

    Briefs(Clock clock, Casework casework) {
        this.clock = clock;
        this.casework = casework;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<BriefView> of(long caseId) {
        return CaseBrief.of(caseId).map(BriefView::of);
    }

    /**
     * Writes and approves the summary (replacing an earlier one), checked against the report's words and the
     * reporter's data; nothing is stored when it is refused. The timeline records the approval (internal).
     */
    @Transactional
    public FieldErrors approve(long caseId, BriefRules.Draft draft, BriefRules.Source source, String actor) {
        FieldErrors errors = BriefRules.check(draft, source);
        if (!errors.isEmpty()) {
            return errors;
        }
        CaseFile file = CaseFile.findById(caseId, LockModeType.PESSIMISTIC_WRITE);
        CaseBrief brief = CaseBrief.of(caseId).orElseGet(CaseBrief::new);
        boolean rewritten = brief.id != null;
        brief.caseId = caseId;
        brief.alleged = draft.alleged().strip();
        brief.place = draft.place().strip();
        brief.period = draft.period().strip();
        brief.toVerify = draft.toVerify().strip();
        brief.approvedBy = actor;
        brief.approvedAt = OffsetDateTime.now(clock);
        brief.persist();
        casework.record(file, CaseAction.BRIEF_APPROVED, actor, false, rewritten ? "rewritten" : null);
        return errors;
    }
}
