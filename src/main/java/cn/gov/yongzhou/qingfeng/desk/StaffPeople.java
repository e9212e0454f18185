package cn.gov.yongzhou.qingfeng.desk;

import cn.gov.yongzhou.qingfeng.casework.Casework;
import cn.gov.yongzhou.qingfeng.directory.StaffAccount;
import cn.gov.yongzhou.qingfeng.directory.StaffUnits;
import cn.gov.yongzhou.qingfeng.directory.Unit;
import cn.gov.yongzhou.qingfeng.shared.web.Messages;
import cn.gov.yongzhou.qingfeng.shared.web.StaffDirectory;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.Context;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Names and bodies of staff from the directory's {@link StaffAccount}s and the handler's units, remembered for a
 * minute so a timeline of forty steps asks the database once per person.
 */
@ApplicationScoped
public class StaffPeople implements StaffDirectory {

    private static final Duration REMEMBERED = Duration.ofMinutes(1);
    private static final List<String> ROLES = List.of("inspector", "handler", "supervisor", "director", "admin");

    private record Known(Optional<Person> person, Instant at) {
    }

    private record Person(String name, List<String> roles, String unitName, String unitNameEn) {
    }

    private final Map<String, Known> known = new ConcurrentHashMap<>();
    private final StaffUnits staffUnits;

    StaffPeople(StaffUnits staffUnits) {
        this.staffUnits = staffUnits;
    }

    @Override
    public String nameOf(SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getClaim("name") != null
                && !token.getClaim("name").toString().isBlank()) {
            return token.getClaim("name").toString();
        }
        return person(identity.getPrincipal().getName()).map(Person::name).orElse(null);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public String bodyOf(SecurityIdentity identity, Locale locale) {
        boolean english = Messages.isEnglish(locale);
        if (identity.getRoles().contains("handler") && !Context.isOnEventLoopThread()) {
            List<Unit> units = Unit.listByCode(staffUnits.of(identity));
            if (!units.isEmpty()) {
                return units.stream().map(u -> u.displayName(english)).collect(Collectors.joining(english ? "; " : "；"));
            }
        }
        return person(identity.getPrincipal().getName()).map(p -> english && p.unitNameEn() != null ? p.unitNameEn()
                : p.unitName()).orElse(null);
    }

    @Override
    public String actor(String actor, Locale locale) {
        if (actor == null || actor.isBlank()) {
            return "";
        }
        if (actor.equals(Casework.SYSTEM)) {
            return Messages.get(locale, "actor.system");
        }
        if (actor.endsWith(".sql")) {
            return Messages.get(locale, "actor.setup"); // a row the schema's migrations or the sample data wrote
        }
        if (actor.equals("reporter")) {
            return Messages.get(locale, "actor.reporter");
        }
        Optional<Person> person = person(actor);
        if (person.isEmpty() || person.get().name() == null) {
            return actor;
        }
        String roles = person.get().roles().stream().filter(ROLES::contains)
                .map(r -> Messages.get(locale, "staffRole." + r.toUpperCase(Locale.ROOT)))
                .collect(Collectors.joining("、"));
        if (roles.isEmpty()) {
            return person.get().name();
        }
        return person.get().name() + (Messages.isEnglish(locale) ? " (" + roles + ")" : "（" + roles + "）");
    }

    private Optional<Person> person(String user) {
        Instant now = Instant.now();
        Known k = known.get(user);
        if (k != null && Duration.between(k.at(), now).compareTo(REMEMBERED) < 0) {
            return k.person();
        }
        if (Context.isOnEventLoopThread()) {
            return k == null ? Optional.empty() : k.person(); // no database on the event loop: what is known
        }
        Optional<Person> person = io.quarkus.arc.Arc.container().instance(StaffPeople.class).get().load(user);
        known.put(user, new Known(person, now));
        return person;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    @jakarta.enterprise.context.control.ActivateRequestContext
    Optional<Person> load(String user) {
        return StaffAccount.findByUserName(user).map(a -> new Person(a.displayName, a.roleNames(),
                a.unit == null ? null : a.unit.name, a.unit == null ? null : a.unit.nameEn));
    }

    /** Forgets what was remembered of this person (after a sign-in changed their name or roles). */
    void forget(String user) {
        known.remove(user);
    }
}
