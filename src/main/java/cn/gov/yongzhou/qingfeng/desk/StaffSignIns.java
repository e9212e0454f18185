package cn.gov.yongzhou.qingfeng.desk;

import cn.gov.yongzhou.qingfeng.directory.StaffAccount;
import cn.gov.yongzhou.qingfeng.directory.Unit;
import io.quarkus.oidc.SecurityEvent;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * At each code-flow sign-in, what the identity provider says of the person — name, roles, unit — is kept in the
 * directory's staff accounts, so timelines and logs name them for others. A name an administrator set stays when
 * the provider gives none.
 */
@ApplicationScoped
class StaffSignIns {

    private final StaffPeople people;
    private final String unitClaim;

    StaffSignIns(StaffPeople people,
            @ConfigProperty(name = "qingfeng.staff.unit-claim", defaultValue = "unit") String unitClaim) {
        this.people = people;
        this.unitClaim = unitClaim;
    }

    void signedIn(@ObservesAsync SecurityEvent event) {
        if (event.getEventType() == SecurityEvent.Type.OIDC_LOGIN && event.getSecurityIdentity() != null) {
            remember(event.getSecurityIdentity());
        }
    }

    @Transactional
    void remember(SecurityIdentity identity) {
        String user = identity.getPrincipal().getName();
        StaffAccount account = StaffAccount.findByUserName(user).orElseGet(() -> {
            StaffAccount a = new StaffAccount();
            a.userName = user;
            return a;
        });
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            Object name = token.getClaim("name");
            if (name != null && !name.toString().isBlank()) {
                account.displayName = name.toString().strip();
            }
            Object unit = token.getClaim(unitClaim);
            if (unit != null) {
                Unit.findByCode(unit.toString()).ifPresent(u -> account.unit = u);
            }
        }
        account.roles = identity.getRoles().stream().sorted().collect(Collectors.joining(","));
        account.lastSignInAt = OffsetDateTime.now();
        account.persist();
        people.forget(user);
    }
}
