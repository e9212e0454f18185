package cn.gov.yongzhou.qingfeng.documents;

import cn.gov.yongzhou.qingfeng.directory.Staff;
import cn.gov.yongzhou.qingfeng.directory.UnitHead;
import cn.gov.yongzhou.qingfeng.intake.Report;
import cn.gov.yongzhou.qingfeng.shared.web.FieldErrors;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a document may not say, checked on every save of a draft and again at approval. A staff document never
 * holds the reporter's name, ID number, phone or email (it goes to other bodies; art. 47 of the 2020 rules). A
 * reporter's document names none of the accused unit's staff or heads the reporter did not name themselves.
 */
final class ContentRules {

    private ContentRules() {
    }

    static void check(FieldErrors errors, DocumentKind kind, Report report, String text) {
        if (kind.forReporter()) {
            String theirs = Stream.of(report.accusedName, report.accusedDescription, report.narrative)
                    .filter(s -> s != null).reduce("", (a, b) -> a + "\n" + b);
            names(report).stream().filter(text::contains).filter(name -> !theirs.contains(name)).findFirst()
                    .ifPresent(name -> errors.add("body", "doc.error.staffName", name));
        } else {
            boolean reporter = Stream.of(report.reporterName, report.reporterIdNumber, report.reporterPhone,
                    report.reporterEmail, report.reporterAgent, report.onBehalfOf)
                    .filter(s -> s != null && s.strip().length() >= 2).map(String::strip)
                    .anyMatch(text::contains);
            if (reporter) {
                errors.add("body", "doc.error.reporter");
            }
        }
    }

    /** The full names of the accused unit's staff and of its heads, past and present. */
    private static List<String> names(Report report) {
        List<String> names = new ArrayList<>();
        Staff.listOf(report.unit).forEach(s -> add(names, s.name));
        UnitHead.ofUnit(report.unit).forEach(h -> add(names, h.name));
        return names;
    }

    private static void add(List<String> names, String name) {
        if (name != null && name.strip().length() >= 2) {
            names.add(name.strip());
        }
    }
}
