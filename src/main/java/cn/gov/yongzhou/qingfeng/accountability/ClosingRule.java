package cn.gov.yongzhou.qingfeng.accountability;

import cn.gov.yongzhou.qingfeng.casework.CaseFile;
import cn.gov.yongzhou.qingfeng.casework.Conclusion;
import cn.gov.yongzhou.qingfeng.casework.Transition;
import cn.gov.yongzhou.qingfeng.casework.TransitionGuard;
import cn.gov.yongzhou.qingfeng.directory.Staff;
import cn.gov.yongzhou.qingfeng.intake.Report;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * 一律严肃处理: a substantiated or partly substantiated case is not closed (结案) until its people are dealt with. The
 * people of a case are the staff member the report names (by badge, in the accused unit) and anyone an inspector has
 * recorded a disposition or a reason for; each needs a disposition or an approved reason why none, and at least one
 * of the two must be there (a case whose person was never identified records that, approved).
 */
@ApplicationScoped
public class ClosingRule implements TransitionGuard {

    /** What stands between a found case and its closing; nothing when {@link #satisfied()}. */
    public record Outstanding(List<Staff> staff, boolean nothingRecorded) {
        public boolean satisfied() {
            return staff.isEmpty() && !nothingRecorded;
        }
    }

    @Override
    public Transition.Refusal refuse(CaseFile file, Transition transition) {
        if (transition != Transition.CLOSE || !Conclusion.found(file.conclusion)) {
            return null;
        }
        return outstanding(file).satisfied() ? null : Transition.Refusal.DISPOSITION_MISSING;
    }

    /** Who still needs a disposition or an approved reason, for a found case; nothing for any other. */
    public Outstanding outstanding(CaseFile file) {
        if (!Conclusion.found(file.conclusion)) {
            return new Outstanding(List.of(), false);
        }
        List<Disposition> dispositions = Disposition.ofCase(file.id);
        List<DispositionWaiver> waivers = DispositionWaiver.ofCase(file.id);
        Set<Staff> people = new LinkedHashSet<>(named(file));
        waivers.stream().filter(w -> w.staff != null).forEach(w -> people.add(w.staff));
        List<Staff> missing = people.stream()
                .filter(s -> dispositions.stream().noneMatch(d -> d.staff.id.equals(s.id)))
                .filter(s -> waivers.stream().noneMatch(w -> w.approved() && w.staff != null && w.staff.id.equals(s.id)))
                .toList();
        boolean nothing = dispositions.isEmpty() && waivers.stream().noneMatch(DispositionWaiver::approved);
        return new Outstanding(missing, nothing);
    }

    /** The staff member the report names by badge, when the accused unit's directory has them. */
    static List<Staff> named(CaseFile file) {
        Report report = Report.findById(file.reportId);
        if (report.accusedBadge == null || report.accusedBadge.isBlank()) {
            return List.of();
        }
        return Staff.withBadge(report.unit, report.accusedBadge.strip());
    }
}
