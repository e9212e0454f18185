package cn.gov.yongzhou.qingfeng.accountability;

import cn.gov.yongzhou.qingfeng.casework.CaseFile;
import cn.gov.yongzhou.qingfeng.directory.Staff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * What a found case came to, as far as anyone outside accountability may read it: who was dealt with and how, whether
 * any of it is still open (a person not yet dealt with, an appeal not yet decided), and what the unit's head got. A
 * typical case is published from this and only once it is settled.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CaseOutcomes {

    /** One disposition that stands: decided and not revoked (its period may have run; it was still in effect). */
    public record Dealt(Staff staff, DispositionKind kind) {
    }

    /** Why a case's outcome cannot be published yet; each is a message key of its own. */
    public enum Unsettled {
        /** someone the case names still has neither a disposition nor an approved reason for none */
        PEOPLE_OUTSTANDING,
        /** an appeal (申诉、复审、复核) against a disposition is not decided: it may yet change or be revoked */
        APPEAL_PENDING,
        /** nothing stands: no disposition was decided, or every one was revoked */
        NOTHING_IN_EFFECT
    }

    public record Outcome(List<Dealt> dealt, boolean peopleOutstanding, boolean appealPending,
            List<HeadDecision> heads) {

        /** The first reason the outcome is not settled for publication, or empty when it is. */
        public Optional<Unsettled> unsettled() {
            if (peopleOutstanding) {
                return Optional.of(Unsettled.PEOPLE_OUTSTANDING);
            }
            if (appealPending) {
                return Optional.of(Unsettled.APPEAL_PENDING);
            }
            if (dealt.isEmpty()) {
                return Optional.of(Unsettled.NOTHING_IN_EFFECT);
            }
            return Optional.empty();
        }

        /** Whether the person was dealt with in this case (a disposition that stands). */
        public boolean dealtWith(Staff staff) {
            return dealt.stream().anyMatch(d -> d.staff().id.equals(staff.id));
        }
    }

    private final ClosingRule closingRule;

    CaseOutcomes(ClosingRule closingRule) {
        this.closingRule = closingRule;
    }

    public Outcome of(long caseId) {
        CaseFile file = CaseFile.findById(caseId);
        List<Disposition> all = Disposition.ofCase(caseId);
        List<Dealt> dealt = all.stream().filter(d -> d.revokedOn == null).map(d -> new Dealt(d.staff, d.kind)).toList();
        boolean appeal = !all.isEmpty() && DispositionAppeal.count("disposition in ?1 and outcome is null", all) > 0;
        List<HeadDecision> heads = AccountabilityMatter.ofCase(caseId).stream().filter(AccountabilityMatter::decided)
                .map(m -> m.decision).toList();
        return new Outcome(dealt, file == null || !closingRule.outstanding(file).satisfied(), appeal, heads);
    }
}
