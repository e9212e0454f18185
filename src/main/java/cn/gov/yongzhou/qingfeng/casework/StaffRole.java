package cn.gov.yongzhou.qingfeng.casework;

import java.util.Locale;
import java.util.Optional;

/** Who acts on a case. The names are the OIDC roles (lower case) of the staff sign-in. */
public enum StaffRole {
    /** 纪检监察: triage, assign, review, decide. */
    INSPECTOR,
    /** A unit's staff: only their own unit's cases, never the reporter's identity. */
    HANDLER,
    /** 督查室: deadlines, chasing, the ledger. */
    SUPERVISOR,
    /** Directory, categories, deadline policy, calendar, roles. */
    ADMIN,
    /** The scheduled jobs of the application itself. */
    SYSTEM,
    /** The real-name reporter, through the tracking page. */
    REPORTER;

    public String roleName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<StaffRole> fromRoleName(String role) {
        try {
            return Optional.of(valueOf(role.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
