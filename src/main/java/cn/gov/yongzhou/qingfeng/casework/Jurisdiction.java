package cn.gov.yongzhou.qingfeng.casework;

import cn.gov.yongzhou.qingfeng.directory.StaffAccount;
import cn.gov.yongzhou.qingfeng.directory.Unit;
import cn.gov.yongzhou.qingfeng.directory.UnitKind;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * 管辖: which cases an inspector may see and act on. Each inspector belongs to one discipline body — the one their
 * token names (claim {@code unit}), else the one the directory records for their account. The city's body (the one
 * without a parent) sees every case; a county's or district's body only the cases it holds ({@link CaseFile#bodyId}).
 * An inspector of no known body sees nothing.
 */
@ApplicationScoped
public class Jurisdiction {

    /**
     * What an inspector may see: every case, the cases of one body, or none.
     *
     * @param all the city's body
     * @param bodyId the inspector's body (null: none known)
     */
    public record Scope(boolean all, Long bodyId) {

        public static final Scope NONE = new Scope(false, null);

        /** Whether a case held by this body is in scope (a case without a body only for the city's). */
        public boolean covers(Long caseBodyId) {
            return all || (bodyId != null && bodyId.equals(caseBodyId));
        }

        /** The body to filter a query by: null for all, -1 (no unit has it) for none. */
        public Long filter() {
            return all ? null : bodyId == null ? -1L : bodyId;
        }

        public boolean city() {
            return all;
        }
    }

    private final JurisdictionConfig config;

    Jurisdiction(JurisdictionConfig config) {
        this.config = config;
    }

    /** The inspector's discipline body, if any is known. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Unit> bodyOf(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return Optional.empty();
        }
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getClaim(config.bodyClaim()) != null) {
            Optional<Unit> claimed = Unit.findByCode(token.getClaim(config.bodyClaim()).toString()).filter(Jurisdiction::body);
            if (claimed.isPresent()) {
                return claimed;
            }
        }
        Optional<Unit> recorded = StaffAccount.findByUserName(identity.getPrincipal().getName())
                .map(a -> a.unit).filter(Jurisdiction::body);
        if (recorded.isPresent()) {
            return recorded;
        }
        return config.unassignedBody().flatMap(Unit::findByCode).filter(Jurisdiction::body);
    }

    /** What this inspector may see. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Scope of(SecurityIdentity identity) {
        return bodyOf(identity).map(b -> new Scope(b.parent == null, b.id)).orElse(Scope.NONE);
    }

    /** Whether the case exists and this inspector may see it; the same "no" for both otherwise. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean covers(SecurityIdentity identity, long caseId) {
        CaseFile file = CaseFile.findById(caseId);
        return file != null && of(identity).covers(file.bodyId);
    }

    /**
     * Whether lists of cases (accountability matters, documents) are limited for this staff member to their body's
     * cases: an inspector of a county's or district's body, unless they also work for the supervision office, which
     * follows the whole city.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean limited(SecurityIdentity identity) {
        return identity != null && identity.hasRole("inspector") && !identity.hasRole("supervisor")
                && !of(identity).all();
    }

    /** Of these cases, the ones this staff member's lists may show: all of them when {@link #limited} is false. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Set<Long> listable(SecurityIdentity identity, java.util.Collection<Long> caseIds) {
        return limited(identity) ? inScope(identity, caseIds) : java.util.Set.copyOf(caseIds);
    }

    /**
     * Of these cases, the ones held by this staff member's body (all for the city's body, none without a body),
     * whatever their role: for the director who approves looks at reporters of their own body's cases.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Set<Long> inScope(SecurityIdentity identity, java.util.Collection<Long> caseIds) {
        Scope scope = of(identity);
        if (scope.all() || caseIds.isEmpty()) {
            return scope.all() ? java.util.Set.copyOf(caseIds) : java.util.Set.of();
        }
        if (scope.bodyId() == null) {
            return java.util.Set.of();
        }
        return java.util.Set.copyOf(CaseFile.getEntityManager().createQuery(
                "select f.id from CaseFile f where f.id in ?1 and f.bodyId = ?2", Long.class)
                .setParameter(1, java.util.Set.copyOf(caseIds)).setParameter(2, scope.bodyId()).getResultList());
    }

    private static boolean body(Unit u) {
        return u.kind == UnitKind.DISCIPLINE_BODY && u.active;
    }
}
