package cn.gov.yongzhou.qingfeng.intake;

import cn.gov.yongzhou.qingfeng.casework.CaseFile;
import cn.gov.yongzhou.qingfeng.casework.CaseRole;
import cn.gov.yongzhou.qingfeng.casework.Casework;
import cn.gov.yongzhou.qingfeng.category.Category;
import cn.gov.yongzhou.qingfeng.category.Subcategory;
import cn.gov.yongzhou.qingfeng.directory.ServiceWindow;
import cn.gov.yongzhou.qingfeng.directory.Unit;
import cn.gov.yongzhou.qingfeng.routing.Conflict;
import cn.gov.yongzhou.qingfeng.routing.RoutingService;
import cn.gov.yongzhou.qingfeng.shared.web.FieldErrors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * 更正 (V7's promise): after reading a report an inspector corrects its category, subcategory, accused unit, window or
 * accused, with the reason. The report takes the corrected facts, so routing (which reads the report) follows them;
 * the case takes the category and its running limits follow it; the correction keeps what was there before, and the
 * timeline records the step. Refused, with the field, when the case is with a unit that may not have it under the
 * corrected facts (the accused's own unit, a unit the accused heads): it must be taken back first.
 */
@ApplicationScoped
public class Reclassification {

    public static final int MAX_REASON = 2000;

    /** What the inspector asks for; codes and text as the form posts them. */
    public record Correction(String category, String subcategory, String unit, String window, String accusedName,
            String accusedBadge, String accusedDescription, String reason) {
    }

    /** Done, or the fields' errors, or the case's step refuses it (stale, wrong state). */
    public record Result(Casework.Outcome outcome, FieldErrors errors) {
        public boolean done() {
            return outcome instanceof Casework.Done;
        }
    }

    private final Casework casework;
    private final RoutingService routing;
    private final Clock clock;

    Reclassification(Casework casework, RoutingService routing, Clock clock) {
        this.casework = casework;
        this.routing = routing;
        this.clock = clock;
    }

    @Transactional
    public Result correct(long caseId, Correction c, String actor, int expectedVersion) {
        CaseFile file = CaseFile.findById(caseId);
        Casework.Actor who = new Casework.Actor(actor, CaseRole.INSPECTOR);
        Casework.Outcome refused = casework.reclassifiable(file, who, expectedVersion);
        if (refused != null) {
            return new Result(refused, new FieldErrors());
        }
        Report report = Report.findById(file.reportId);
        FieldErrors errors = new FieldErrors();

        Optional<Subcategory> sub = Subcategory.parse(trim(c.subcategory()));
        Category category = parseCategory(c.category()).orElse(sub.map(s -> s.category).orElse(null));
        if (category == null) {
            errors.add("category", "error.category.required");
        }
        if (sub.isEmpty()) {
            errors.add("subcategory", "error.subcategory.required");
        } else if (category != null && sub.get().category != category) {
            errors.add("subcategory", "error.subcategory.mismatch");
        }
        Unit unit = null;
        if (trim(c.unit()).isEmpty()) {
            errors.add("unit", "error.unit.required");
        } else {
            unit = Unit.findByCode(trim(c.unit())).filter(u -> u.active).orElse(null);
            if (unit == null) {
                errors.add("unit", "error.unit.unknown");
            }
        }
        ServiceWindow window = null;
        if (!trim(c.window()).isEmpty()) {
            window = ServiceWindow.findByCode(c.window()).orElse(null);
            if (window == null) {
                errors.add("window", "error.window.unknown");
            } else if (unit != null && !window.unit.id.equals(unit.id)) {
                errors.add("window", "error.window.otherUnit");
            }
        }
        String name = text(c.accusedName());
        String badge = text(c.accusedBadge());
        String description = text(c.accusedDescription());
        if (name == null && badge == null && description == null) {
            errors.add("accused", "error.accused.required");
        }
        if (name != null && name.length() > 50) {
            errors.add("accusedName", "error.tooLong", 50);
        }
        if (badge != null && badge.length() > 30) {
            errors.add("accusedBadge", "error.tooLong", 30);
        }
        if (description != null && description.length() > 500) {
            errors.add("accusedDescription", "error.tooLong", 500);
        }
        String reason = text(c.reason());
        if (reason == null) {
            errors.add("reason", "reclassify.reason.required");
        } else if (reason.length() > MAX_REASON) {
            errors.add("reason", "error.tooLong", MAX_REASON);
        }
        if (!errors.isEmpty()) {
            return new Result(null, errors);
        }
        boolean same = category == report.category && sub.get() == report.subcategory && unit.id.equals(report.unit.id)
                && Objects.equals(window == null ? null : window.id, report.window == null ? null : report.window.id)
                && Objects.equals(name, report.accusedName) && Objects.equals(badge, report.accusedBadge)
                && Objects.equals(description, report.accusedDescription);
        if (same) {
            return new Result(null, errors.add("category", "reclassify.unchanged"));
        }
        if (file.assignedUnitId != null) {
            // the corrected facts must not put the case with a unit that may not have it
            Report probe = probe(report, category, sub.get(), unit, window, name, badge, description);
            Unit handling = Unit.findById(file.assignedUnitId);
            Conflict conflict = routing.conflict(handling, probe);
            if (conflict.refused()) {
                return new Result(null, errors.add("unit", "reclassify.conflict." + conflict.name(), handling.name));
            }
        }

        ReportCorrection correction = new ReportCorrection();
        correction.reportId = report.id;
        correction.correctedAt = OffsetDateTime.now(clock);
        correction.correctedBy = actor;
        correction.reason = reason;
        correction.oldCategory = report.category;
        correction.oldSubcategory = report.subcategory;
        correction.oldUnit = report.unit;
        correction.oldWindow = report.window;
        correction.oldAccusedName = report.accusedName;
        correction.oldAccusedBadge = report.accusedBadge;
        correction.oldAccusedDescription = report.accusedDescription;
        correction.newCategory = category;
        correction.newSubcategory = sub.get();
        correction.newUnit = unit;
        correction.newWindow = window;
        correction.newAccusedName = name;
        correction.newAccusedBadge = badge;
        correction.newAccusedDescription = description;
        correction.persist();

        report.category = category;
        report.subcategory = sub.get();
        report.unit = unit;
        report.window = window;
        report.accusedName = name;
        report.accusedBadge = badge;
        report.accusedDescription = description;
        return new Result(casework.reclassify(file, category, sub.get(), who, reason, expectedVersion), errors);
    }

    /** The report as it would read after the correction, never stored: what routing checks the handling unit against. */
    private static Report probe(Report report, Category category, Subcategory sub, Unit unit, ServiceWindow window,
            String name, String badge, String description) {
        Report probe = new Report();
        probe.category = category;
        probe.subcategory = sub;
        probe.unit = unit;
        probe.window = window;
        probe.accusedName = name;
        probe.accusedBadge = badge;
        probe.accusedDescription = description;
        probe.occurredOn = report.occurredOn;
        probe.occurredTime = report.occurredTime;
        probe.channel = report.channel;
        probe.directlyServed = report.directlyServed;
        probe.receivedAt = report.receivedAt;
        return probe;
    }

    private static Optional<Category> parseCategory(String value) {
        try {
            return Optional.of(Category.valueOf(trim(value)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String trim(String s) {
        return s == null ? "" : s.strip();
    }

    private static String text(String s) {
        if (s == null) {
            return null;
        }
        String cleaned = s.replace("\r\n", "\n").replaceAll("[\\p{Cntrl}\\p{Cf}&&[^\n\t]]", "").strip();
        return cleaned.isEmpty() ? null : cleaned;
    }
}
