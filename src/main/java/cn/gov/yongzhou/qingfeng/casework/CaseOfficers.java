package cn.gov.yongzhou.qingfeng.casework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * 承办人 and 回避 (issue 12): one named officer per case, who declares before first reading it that no ground for
 * 回避 applies, or declares one and is taken off the case, which then waits to be named again. Every naming and
 * declaration is an internal step on the case's timeline. Who may be named (an inspector of the body holding the
 * case) is the caller's decision, as for 移交管辖.
 */
@ApplicationScoped
public class CaseOfficers {

    /** The states a case may still get an officer in: every state but the final ones. */
    public static final Set<CaseState> NAMEABLE = EnumSet.complementOf(EnumSet.of(CaseState.REJECTED,
            CaseState.TRANSFERRED, CaseState.REFERRED, CaseState.CLOSED, CaseState.MERGED));

    /** 回避情形: why an officer may not handle the case (words in recusalGround.*). */
    public enum RecusalGround {
        /** 与被举报人有近亲属关系 */
        RELATIVE,
        /** 与被举报人在同一单位工作，或曾有上下级关系 */
        SAME_UNIT,
        /** 本人或近亲属与本案有利害关系 */
        INTEREST,
        /** 其他可能影响公正处理的关系 (explained) */
        OTHER
    }

    /** The named officer, and when they declared no conflict (null: not yet). */
    public record Officer(String userName, String namedBy, OffsetDateTime namedAt, OffsetDateTime declaredAt) {

        public boolean declared() {
            return declaredAt != null;
        }
    }

    public enum Naming {
        NAMED,
        /** The case is final: nobody handles it any more. */
        NOT_OPEN,
        /** Already this officer: nothing changes. */
        UNCHANGED
    }

    public enum Declaration {
        /** No conflict declared: the officer may read and work the case. */
        NO_CONFLICT,
        /** A conflict declared: the officer is off the case, which waits to be named again. */
        RECUSED,
        /** The user is not the case's officer awaiting a declaration. */
        NOT_AWAITED,
        /** A conflict needs its ground; "other" needs an explanation too. */
        GROUND_REQUIRED
    }

    private final Clock clock;
    private final Casework casework;

    CaseOfficers(Clock clock, Casework casework) {
        this.clock = clock;
        this.casework = casework;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Officer> of(long caseId) {
        return CaseOfficer.of(caseId).map(o -> new Officer(o.userName, o.namedBy, o.namedAt, o.declaredAt));
    }

    /** The officers of these cases, by case id (cases without one are absent). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Map<Long, Officer> of(java.util.Collection<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return java.util.Map.of();
        }
        return CaseOfficer.<CaseOfficer> list("caseId in ?1", caseIds).stream().collect(java.util.stream.Collectors
                .toMap(o -> o.caseId, o -> new Officer(o.userName, o.namedBy, o.namedAt, o.declaredAt)));
    }

    /** Where a user stands on a case as far as 承办人 and 回避 go. */
    public enum Standing {
        /** Free to read and work it: not its officer, or its officer who declared no conflict. */
        FREE,
        /** Its officer, who has not yet declared: they see the declaration, not the case. */
        AWAITS_DECLARATION,
        /** Withdrew from it (回避) and is not its officer again: they may no longer read or work it. */
        WITHDREW
    }

    /** One look at the officer (and, for anyone else, at their withdrawals): where this user stands on the case. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Standing standing(long caseId, String userName) {
        Optional<CaseOfficer> officer = CaseOfficer.of(caseId);
        if (officer.isPresent() && officer.get().userName.equals(userName)) {
            return officer.get().declaredAt == null ? Standing.AWAITS_DECLARATION : Standing.FREE;
        }
        return CaseEvent.count("caseFile.id = ?1 and action = ?2 and actor = ?3", caseId, CaseAction.RECUSED,
                userName) > 0 ? Standing.WITHDREW : Standing.FREE;
    }

    /** Names the case's officer (replacing an earlier one, whose declaration goes with them). */
    @Transactional
    public Naming name(long caseId, String officer, String actor) {
        CaseFile file = CaseFile.findById(caseId, LockModeType.PESSIMISTIC_WRITE);
        if (!NAMEABLE.contains(file.state)) {
            return Naming.NOT_OPEN;
        }
        CaseOfficer row = CaseOfficer.of(caseId).orElseGet(CaseOfficer::new);
        if (officer.equals(row.userName)) {
            return Naming.UNCHANGED;
        }
        row.caseId = caseId;
        row.userName = officer;
        row.namedBy = actor;
        row.namedAt = OffsetDateTime.now(clock);
        row.declaredAt = null;
        row.persist();
        casework.record(file, CaseAction.OFFICER_NAMED, actor, false, officer);
        return Naming.NAMED;
    }

    /**
     * The officer's declaration: no ground for 回避 ({@code ground} null), or one, which takes them off the case. The
     * ground's words and the explanation go on the timeline.
     */
    @Transactional
    public Declaration declare(long caseId, String userName, RecusalGround ground, String groundWords, String explanation) {
        CaseFile file = CaseFile.findById(caseId, LockModeType.PESSIMISTIC_WRITE);
        Optional<CaseOfficer> row = CaseOfficer.of(caseId)
                .filter(o -> o.declaredAt == null && o.userName.equals(userName));
        if (row.isEmpty()) {
            return Declaration.NOT_AWAITED;
        }
        String explained = explanation == null ? "" : explanation.strip();
        if (ground == null) {
            row.get().declaredAt = OffsetDateTime.now(clock);
            casework.record(file, CaseAction.NO_CONFLICT_DECLARED, userName, false, null);
            return Declaration.NO_CONFLICT;
        }
        if (ground == RecusalGround.OTHER && explained.isEmpty()) {
            return Declaration.GROUND_REQUIRED;
        }
        row.get().delete();
        casework.record(file, CaseAction.RECUSED, userName, false,
                explained.isEmpty() ? groundWords : groundWords + "：" + explained);
        return Declaration.RECUSED;
    }
}
