package cn.gov.yongzhou.qingfeng;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * STYLE.md's package rules, so that the next drift fails the build: which feature may use which, no web types in
 * services and entities, and no SQL on another feature's tables (rule 11). Where today's code still breaks a rule,
 * the breach is listed below with its reason; each list only shrinks, and an entry that no longer occurs fails the
 * test until it is removed. Never add an entry to make a new change pass: fix the dependency.
 */
class ArchitectureTest {

    static final String ROOT = "cn.gov.yongzhou.qingfeng";

    /**
     * Which feature may use which (besides itself). Dependencies run one way: intake → routing → casework → directory
     * and calendar; category and shared are used by all. The reporter's follow-through (rating, objection) works on
     * the case: intake's tracking page offers it. The figures (ledger, disclosure, accountability) and the
     * papers (documents) read the case from above; disclosure publishes a case once accountability says its outcome
     * stands; notify only reacts to what the others raise, so nobody calls it
     * but the admin's outbox page; desk and admin are the staff's pages and compose the features below them.
     */
    static final Map<String, Set<String>> MAY_USE = Map.ofEntries(
            entry("shared", Set.of()),
            entry("category", Set.of("shared")),
            entry("calendar", Set.of("shared")),
            entry("directory", Set.of("shared", "category")),
            entry("casework", Set.of("shared", "category", "calendar", "directory")),
            entry("routing", Set.of("shared", "category", "calendar", "directory", "casework")),
            entry("followthrough", Set.of("shared", "category", "calendar", "directory", "casework")),
            entry("intake",
                    Set.of("shared", "category", "calendar", "directory", "casework", "routing", "followthrough")),
            entry("documents", Set.of("shared", "category", "calendar", "directory", "casework", "routing",
                    "followthrough", "intake")),
            entry("accountability", Set.of("shared", "category", "calendar", "directory", "casework", "routing",
                    "followthrough", "intake", "documents")),
            entry("disclosure", Set.of("shared", "category", "calendar", "directory", "casework", "routing",
                    "followthrough", "intake", "documents", "accountability")),
            entry("ledger", Set.of("shared", "category", "calendar", "directory", "casework")),
            entry("notify", Set.of("shared", "category", "calendar", "directory", "casework", "routing",
                    "followthrough", "intake", "documents")),
            entry("desk", Set.of("shared", "category", "calendar", "directory", "casework", "routing",
                    "followthrough", "intake", "documents", "accountability", "disclosure")),
            entry("admin", Set.of("shared", "category", "calendar", "directory", "casework", "routing",
                    "followthrough", "intake", "documents", "accountability", "disclosure", "ledger", "notify")),
            // dev mode's demo year: drives the features' services as the staff's desks would, nothing else uses it
            entry("demo", Set.of("shared", "category", "calendar", "directory", "casework", "routing",
                    "followthrough", "intake", "documents", "accountability", "disclosure", "desk")));

    /** Today's breaches of {@link #MAY_USE}, as "origin class -> target class" relative to {@link #ROOT}. */
    static final Set<String> KNOWN_IMPORTS = Set.of(
            // routing decides on the report itself; issue 12 rewrites RoutingService: hand it the facts it routes by
            "routing.RoutingService -> intake.Report");

    /** Today's services that still speak HTTP, as "class -> web type": none left. */
    static final Set<String> KNOWN_WEB_TYPES = Set.of();

    /**
     * Who owns each table and view of the migrations (rule 11). A package runs SQL only on its own tables; the views
     * are the owners' read models, which anyone may read and nobody writes. A new table or view fails the test until
     * it is given its owner here.
     */
    static final Map<String, String> TABLE_OWNERS = Map.ofEntries(
            entry("admin_change", "shared.audit"),
            entry("security_event", "shared.audit"),
            entry("rate_limit", "shared.web"),
            entry("attempt_throttle", "shared.web"),
            entry("calendar_year", "calendar"),
            entry("calendar_day", "calendar"),
            entry("calendar_change", "calendar"),
            entry("unit", "directory"),
            entry("unit_head", "directory"),
            entry("service_window", "directory"),
            entry("staff", "directory"),
            entry("handler_unit", "directory"),
            entry("staff_account", "directory"),
            entry("case_file", "casework"),
            entry("case_event", "casework"),
            entry("case_brief", "casework"),
            entry("case_officer", "casework"),
            entry("name_clearing", "accountability"),
            entry("false_accusation", "accountability"),
            entry("case_deadline", "casework"),
            entry("deadline_extension", "casework"),
            entry("deadline_policy", "casework"),
            entry("finding_attachment", "casework"),
            entry("finding_attachment_content", "casework"),
            entry("follow_up", "casework"),
            entry("notice_task", "casework"),
            entry("reporter_notice", "casework"),
            entry("casework_plain_text", "casework"),
            entry("routing_rule", "routing"),
            entry("routing_rule_history", "routing"),
            entry("report", "intake"),
            entry("report_correction", "intake"),
            entry("evidence", "intake"),
            entry("evidence_content", "intake"),
            entry("satisfaction", "followthrough"),
            entry("phone_code", "intake"),
            entry("identity_reveal", "desk"),
            entry("reveal_request", "desk"),
            entry("case_document", "documents"),
            entry("case_document_content", "documents"),
            entry("document_register", "documents"),
            entry("accountability_matter", "accountability"),
            entry("disposition", "accountability"),
            entry("disposition_waiver", "accountability"),
            entry("disposition_change", "accountability"),
            entry("disposition_appeal", "accountability"),
            entry("typical_case", "disclosure"),
            entry("circular", "disclosure"),
            entry("circular_case", "disclosure"),
            entry("service_volume", "ledger"),
            entry("outbox_message", "notify"),
            entry("sms_part", "notify"),
            entry("sms_receipt", "notify"));

    /** The read models (V40): owner of each view. */
    static final Map<String, String> VIEW_OWNERS = Map.ofEntries(
            entry("unit_area", "directory"),
            entry("unit_discipline_body", "directory"),
            entry("case_handler", "casework"),
            entry("case_conclusion", "casework"),
            entry("case_fact", "casework"),
            entry("case_limit", "casework"),
            entry("case_step", "casework"),
            entry("case_rating", "followthrough"),
            entry("head_matter", "accountability"),
            entry("case_accountability", "accountability"));

    /** Today's breaches of the table rule, as "origin file or class -> table or entity". */
    static final Set<String> KNOWN_FOREIGN_SQL = Set.of();

    static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    static final Path SOURCES = Path.of("src/main/java");
    static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    @Test
    void featuresUseOnlyTheFeaturesBelowThem() {
        Set<String> found = new TreeSet<>();
        Set<String> unknown = new TreeSet<>();
        for (JavaClass origin : MAIN) {
            String from = feature(origin);
            if (from == null) {
                continue;
            }
            if (!MAY_USE.containsKey(from)) {
                unknown.add(from);
                continue;
            }
            for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                String to = feature(dependency.getTargetClass());
                if (to != null && !to.equals(from) && !MAY_USE.get(from).contains(to)) {
                    found.add(name(origin) + " -> " + name(dependency.getTargetClass()));
                }
            }
        }
        assertTrue(unknown.isEmpty(), "new feature packages: say in MAY_USE which features they may use: " + unknown);
        assertKnown("feature dependencies against STYLE.md's direction", found, KNOWN_IMPORTS);
    }

    /** A service or an entity knows nothing of HTTP: it throws domain exceptions that the web layer maps. */
    @Test
    void servicesAndEntitiesUseNoWebTypes() {
        Set<String> found = new TreeSet<>();
        for (JavaClass origin : MAIN) {
            JavaClass top = topLevel(origin);
            if (!isServiceOrEntity(top)) {
                continue;
            }
            for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                if (isWebType(dependency.getTargetClass())) {
                    found.add(name(origin) + " -> " + dependency.getTargetClass().getName());
                }
            }
            // a page is rendered by its controller; a mail or a paper rendered inside a service is not a page
            for (JavaMethod method : origin.getMethods()) {
                if (!method.getModifiers().contains(JavaModifier.PRIVATE)
                        && method.getRawReturnType().getName().equals("io.quarkus.qute.TemplateInstance")
                        && !origin.isAnnotatedWith("io.quarkus.qute.CheckedTemplate")) {
                    found.add(name(origin) + "." + method.getName() + " returns a page");
                }
            }
        }
        assertKnown("web types in services and entities", found, KNOWN_WEB_TYPES);
    }

    @Test
    void everyTableAndViewHasOneOwner() {
        Set<String> created = new TreeSet<>();
        Pattern create = Pattern.compile(
                "create\\s+(?:or\\s+replace\\s+)?(?:materialized\\s+)?(?:table|view)\\s+(?:if\\s+not\\s+exists\\s+)?"
                        + "([a-z_][a-z0-9_]*)",
                Pattern.CASE_INSENSITIVE);
        Pattern drop = Pattern.compile("drop\\s+(?:table|view)\\s+(?:if\\s+exists\\s+)?([a-z_][a-z0-9_]*)",
                Pattern.CASE_INSENSITIVE);
        Pattern rename = Pattern.compile("alter\\s+(?:table|view)\\s+([a-z_][a-z0-9_]*)\\s+rename\\s+to\\s+"
                + "([a-z_][a-z0-9_]*)", Pattern.CASE_INSENSITIVE);
        for (Path migration : migrations()) {
            String sql = withoutSqlComments(read(migration));
            collect(create.matcher(sql), m -> created.add(m.group(1).toLowerCase(Locale.ROOT)));
            collect(drop.matcher(sql), m -> created.remove(m.group(1).toLowerCase(Locale.ROOT)));
            collect(rename.matcher(sql), m -> {
                created.remove(m.group(1).toLowerCase(Locale.ROOT));
                created.add(m.group(2).toLowerCase(Locale.ROOT));
            });
        }
        Set<String> listed = new TreeSet<>(TABLE_OWNERS.keySet());
        listed.addAll(VIEW_OWNERS.keySet());
        Set<String> withoutOwner = new TreeSet<>(created);
        withoutOwner.removeAll(listed);
        Set<String> gone = new TreeSet<>(listed);
        gone.removeAll(created);
        assertTrue(withoutOwner.isEmpty(), "tables or views without an owner in ArchitectureTest: " + withoutOwner);
        assertTrue(gone.isEmpty(), "owners listed for tables or views the migrations no longer have: " + gone);
        Set<String> packages = new TreeSet<>(TABLE_OWNERS.values());
        packages.addAll(VIEW_OWNERS.values());
        for (String owner : packages) {
            assertTrue(Files.isDirectory(SOURCES.resolve(ROOT.replace('.', '/')).resolve(owner.replace('.', '/'))),
                    "no package " + owner + " owns tables any more");
        }
    }

    /**
     * Rule 11: the SQL and HQL in a package's strings (native queries, named queries, Panache queries) name only its
     * own tables and entities, and the other packages' read models for reading.
     */
    @Test
    void sqlTouchesOnlyThePackagesOwnTablesAndOthersReadModels() {
        Map<String, String> entityOwners = new TreeMap<>();
        for (JavaClass entity : MAIN) {
            if (entity.isAnnotatedWith("jakarta.persistence.Entity")) {
                entityOwners.put(entity.getSimpleName(), packageOf(entity));
            }
        }
        Pattern reads = Pattern.compile("\\b(?:from|join)\\s+([a-z_][a-z0-9_]*)\\b", Pattern.CASE_INSENSITIVE);
        Pattern writes = Pattern.compile(
                "\\b(?:update|insert\\s+into|delete\\s+from|truncate(?:\\s+table)?|alter\\s+table|lock\\s+table)\\s+"
                        + "([a-z_][a-z0-9_]*)\\b",
                Pattern.CASE_INSENSITIVE);
        Pattern entityNames = Pattern.compile("\\b(?:from|join|update|into)\\s+([A-Z][A-Za-z0-9]*)\\b");
        Set<String> found = new TreeSet<>();
        Path base = SOURCES.resolve(ROOT.replace('.', '/'));
        for (Path source : javaSources(base)) {
            String file = base.relativize(source).toString().replace('\\', '/');
            String pkg = file.contains("/") ? file.substring(0, file.lastIndexOf('/')).replace('/', '.') : "";
            for (String literal : stringLiterals(read(source))) {
                collect(reads.matcher(literal), m -> {
                    String table = m.group(1).toLowerCase(Locale.ROOT);
                    String owner = TABLE_OWNERS.get(table);
                    if (owner != null && !owns(pkg, owner)) {
                        found.add(file + " -> " + table);
                    }
                });
                collect(writes.matcher(literal), m -> {
                    String table = m.group(1).toLowerCase(Locale.ROOT);
                    String owner = TABLE_OWNERS.getOrDefault(table, VIEW_OWNERS.get(table));
                    if (owner != null && (VIEW_OWNERS.containsKey(table) || !owns(pkg, owner))) {
                        found.add(file + " -> " + table + " (written)");
                    }
                });
                collect(entityNames.matcher(literal), m -> {
                    String owner = entityOwners.get(m.group(1));
                    if (owner != null && !owns(pkg, owner)) {
                        found.add(file + " -> " + m.group(1));
                    }
                });
            }
        }
        // Panache's short form (Unit.find("code", x)) is a query on the entity's table too; its named finders are not
        for (JavaClass origin : MAIN) {
            for (JavaMethodCall call : origin.getMethodCallsFromSelf()) {
                JavaClass target = call.getTargetOwner();
                List<String> parameters = call.getTarget().getRawParameterTypes().stream().map(JavaClass::getName)
                        .toList();
                if (target.isAnnotatedWith("jakarta.persistence.Entity") && !owns(packageOf(origin), packageOf(target))
                        && Set.of("find", "list", "stream", "count", "delete", "update").contains(call.getName())
                        && !parameters.isEmpty() && parameters.get(0).equals(String.class.getName())) {
                    found.add(name(origin) + " -> " + name(target));
                }
            }
        }
        assertKnown("SQL on another package's tables", found, KNOWN_FOREIGN_SQL);
    }

    // --- helpers

    static void assertKnown(String what, Set<String> found, Set<String> known) {
        Set<String> added = new TreeSet<>(found);
        added.removeAll(known);
        Set<String> fixed = new TreeSet<>(known);
        fixed.removeAll(found);
        assertEquals(List.of(), List.copyOf(added), what + " (fix them; the lists in ArchitectureTest only shrink)");
        assertEquals(List.of(), List.copyOf(fixed), what + ": no longer found, remove them from ArchitectureTest");
    }

    /** The feature a class belongs to: the first package below {@link #ROOT}; null outside or at the root. */
    static String feature(JavaClass type) {
        String pkg = packageOf(type);
        if (pkg == null || pkg.isEmpty()) {
            return null;
        }
        int dot = pkg.indexOf('.');
        return dot < 0 ? pkg : pkg.substring(0, dot);
    }

    /** The package of a class relative to {@link #ROOT} ("" for the root itself), null outside. */
    static String packageOf(JavaClass type) {
        String pkg = type.getPackageName();
        if (pkg.equals(ROOT)) {
            return "";
        }
        return pkg.startsWith(ROOT + ".") ? pkg.substring(ROOT.length() + 1) : null;
    }

    static boolean owns(String pkg, String owner) {
        return pkg.equals(owner) || pkg.startsWith(owner + ".");
    }

    static String name(JavaClass type) {
        JavaClass top = topLevel(type);
        String pkg = packageOf(top);
        return pkg == null ? top.getName() : (pkg.isEmpty() ? "" : pkg + ".") + top.getSimpleName();
    }

    static JavaClass topLevel(JavaClass type) {
        JavaClass top = type;
        while (top.getEnclosingClass().isPresent()) {
            top = top.getEnclosingClass().get();
        }
        return top;
    }

    static boolean isServiceOrEntity(JavaClass type) {
        if (type.isAnnotatedWith("jakarta.ws.rs.Path")) {
            return false;
        }
        if (type.isAnnotatedWith("jakarta.persistence.Entity") || type.isAnnotatedWith("jakarta.persistence.Embeddable")
                || type.isAnnotatedWith("jakarta.persistence.MappedSuperclass")
                || type.getSimpleName().endsWith("Service")) {
            return true;
        }
        return type.isAnnotatedWith("jakarta.transaction.Transactional")
                || type.getMethods().stream().anyMatch(m -> m.isAnnotatedWith("jakarta.transaction.Transactional"));
    }

    static boolean isWebType(JavaClass type) {
        String name = type.getName();
        return name.startsWith("jakarta.ws.rs.") || name.startsWith("org.jboss.resteasy.reactive.")
                || name.startsWith("io.vertx.ext.web.") || name.startsWith("io.quarkus.vertx.web.");
    }

    interface MatchConsumer {
        void accept(Matcher match);
    }

    static void collect(Matcher matcher, MatchConsumer consumer) {
        while (matcher.find()) {
            consumer.accept(matcher);
        }
    }

    static List<Path> migrations() {
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            return files.filter(p -> p.getFileName().toString().matches("V\\d+__.*\\.sql"))
                    .sorted((a, b) -> Long.compare(version(a), version(b))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static long version(Path migration) {
        String name = migration.getFileName().toString();
        return Long.parseLong(name.substring(1, name.indexOf("__")).replace("_", "").replace(".", ""));
    }

    static List<Path> javaSources(Path base) {
        try (Stream<Path> files = Files.walk(base)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String withoutSqlComments(String sql) {
        return sql.replaceAll("--[^\n]*", " ").replaceAll("(?s)/\\*.*?\\*/", " ");
    }

    /** The string literals and text blocks of a Java source, skipping comments and character literals. */
    static List<String> stringLiterals(String source) {
        List<String> literals = new ArrayList<>();
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                int end = source.indexOf('\n', i);
                i = end < 0 ? n : end;
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                while (end > 0 && source.charAt(end - 1) == '\\') {
                    end = source.indexOf("\"\"\"", end + 1);
                }
                end = end < 0 ? n : end;
                literals.add(source.substring(i + 3, end));
                i = Math.min(n, end + 3);
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && source.charAt(j) != c && source.charAt(j) != '\n') {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                if (c == '"') {
                    literals.add(source.substring(i + 1, Math.min(j, n)));
                }
                i = j + 1;
            } else {
                i++;
            }
        }
        return literals;
    }
}
