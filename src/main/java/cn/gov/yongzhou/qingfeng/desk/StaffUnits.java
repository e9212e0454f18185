package cn.gov.yongzhou.qingfeng.desk;

import cn.gov.yongzhou.qingfeng.directory.Unit;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The units a handler works for: the unit their sign-in names (a claim, {@code unit} by default, holding a unit
 * code), plus any the mapping table adds. A handler sees those units' cases and nothing else.
 */
@ApplicationScoped
public class StaffUnits {

    private final EntityManager em;
    private final String claim;

    StaffUnits(EntityManager em, @ConfigProperty(name = "qingfeng.staff.unit-claim", defaultValue = "unit") String claim) {
        this.em = em;
        this.claim = claim;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<Long> of(SecurityIdentity identity) {
        Set<Long> units = new HashSet<>();
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getClaim(claim) != null) {
            Unit.findByCode(token.getClaim(claim).toString()).ifPresent(u -> units.add(u.id));
        }
        @SuppressWarnings("unchecked")
        List<Number> mapped = em.createNativeQuery("select unit_id from handler_unit where user_name = ?1")
                .setParameter(1, identity.getPrincipal().getName()).getResultList();
        mapped.forEach(n -> units.add(n.longValue()));
        return units;
    }
}
