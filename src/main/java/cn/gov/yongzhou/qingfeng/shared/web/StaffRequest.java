package cn.gov.yongzhou.qingfeng.shared.web;

import cn.gov.yongzhou.qingfeng.shared.NotFound;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.Set;

/** The signed-in staff member of a staff page's request, and the answers every staff page gives alike. */
@RequestScoped
public class StaffRequest {

    private final SecurityIdentity identity;

    StaffRequest(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** The user name of the staff member, as the timeline, the admin log and the security log record them. */
    public String me() {
        return identity.getPrincipal().getName();
    }

    /** Whether the staff member holds this role of the identity provider (inspector, handler, …). */
    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public Set<String> roles() {
        return identity.getRoles();
    }

    public SecurityIdentity identity() {
        return identity;
    }

    /** What was found, else the 404 page: the same for what does not exist and what this user may not see. */
    public <T> T findOr404(Optional<T> found) {
        return found.orElseThrow(NotFound::new);
    }
}
