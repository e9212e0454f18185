package cn.gov.yongzhou.qingfeng.directory;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The units a handler works for: the unit their sign-in names (a claim, {@code unit} by default, holding a unit
 * code), plus any the mapping table adds. A handler sees those units' cases and nothing else.
 */
@ApplicationScoped
public class StaffUnits {

    private final String claim;

    StaffUnits(@ConfigProperty(name = "qingfeng.staff.unit-claim", defaultValue = "unit") String claim) {
        this.claim = claim;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<Long> of(SecurityIdentity identity) {
        Set<Long> units = new HashSet<>();
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getClaim(claim) != null) {
            Unit.findByCode(token.getClaim(claim).toString()).ifPresent(u -> units.add(u.id));
        }
        units.addAll(HandlerUnit.unitIdsOf(identity.getPrincipal().getName()));
        return units;
    }
}
