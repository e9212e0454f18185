package cn.gov.yongzhou.qingfeng.casework;

import java.util.Locale;
import java.util.Optional;

/**
 * The part someone plays on a case, as the transition table names who may take each step: a staff role (the name is
 * the OIDC role, lower case, of the staff sign-in) or the reporter. The application's own jobs take no transition;
 * they record their steps as {@link Casework#SYSTEM}.
 */
public enum CaseRole {
    /** 纪检监察: triage, assign, review, decide. */
    INSPECTOR,
    /** A unit's staff: only their own unit's cases, never the reporter's identity. */
    HANDLER,
    /** 督查室: deadlines, chasing, the ledger. */
    SUPERVISOR,
    /** Directory, categories, deadline policy, calendar, roles. */
    ADMIN,
    /** The real-name reporter, through the tracking page. */
    REPORTER;

    public String roleName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<CaseRole> fromRoleName(String role) {
        try {
            return Optional.of(valueOf(role.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
