package cn.gov.yongzhou.qingfeng.shared.web;

import io.quarkus.security.identity.SecurityIdentity;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What every staff page shows around its content: who is signed in (name, role, body), the pages this person's
 * roles may open — and no others, so nobody clicks into a refusal — and whether a sign-out ends a session.
 */
public record StaffShell(String name, String roles, String body, List<Link> nav, boolean signOut) {

    /** A navigation entry in the page's language; {@code current} when the page is under it. */
    public record Link(String href, String label, boolean current) {
    }

    /** A page of the staff side and the roles allowed on it (the same roles as the resource's {@code @RolesAllowed}). */
    record Page(String href, String key, Set<String> roles) {
    }

    /** The staff side's pages, in the order of a working day. */
    static final List<Page> PAGES = List.of(
            new Page("/staff/cases", "desk.queue.title", Set.of("inspector")),
            new Page("/staff/register", "desk.nav.register", Set.of("inspector")),
            new Page("/staff/unit-cases", "desk.nav.unit", Set.of("handler")),
            new Page("/staff/board", "board.title", Set.of("supervisor", "inspector")),
            new Page("/staff/follow-ups", "desk.nav.followUps", Set.of("inspector")),
            new Page("/staff/ledger", "desk.nav.ledger", Set.of("supervisor", "inspector")),
            new Page("/staff/accountability", "desk.nav.accountability", Set.of("inspector", "supervisor")),
            new Page("/staff/disclosure", "desk.nav.disclosure", Set.of("inspector")),
            new Page("/staff/documents", "desk.nav.documents", Set.of("inspector", "supervisor", "admin")),
            new Page("/staff/reveals", "desk.nav.reveals", Set.of("director")),
            new Page("/staff/admin", "admin.nav", Set.of("admin")));

    /** The roles the staff side knows, in the order they are named. */
    static final List<String> ROLES = List.of("inspector", "handler", "supervisor", "director", "admin");

    /** The links of the pages these roles may open, marking the one {@code path} is under. */
    public static List<Link> navFor(Set<String> roles, String path, Locale locale) {
        return PAGES.stream().filter(p -> p.roles().stream().anyMatch(roles::contains))
                .map(p -> new Link(p.href(), Messages.get(locale, p.key()),
                        path != null && (path.equals(p.href()) || path.startsWith(p.href() + "/"))))
                .toList();
    }

    static StaffShell of(SecurityIdentity identity, String path, boolean session, Locale locale) {
        String user = identity.getPrincipal().getName();
        StaffDirectory directory = StaffDirectory.current();
        String name = directory == null ? null : directory.nameOf(identity);
        String body = directory == null ? null : directory.bodyOf(identity, locale);
        String roles = ROLES.stream().filter(identity.getRoles()::contains)
                .map(r -> Messages.get(locale, "staffRole." + r.toUpperCase(Locale.ROOT)))
                .collect(Collectors.joining(Messages.isEnglish(locale) ? ", " : "、"));
        return new StaffShell(name == null || name.isBlank() ? user : name, roles, body,
                navFor(identity.getRoles(), path, locale), session);
    }
}
