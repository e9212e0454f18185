package cn.gov.yongzhou.qingfeng.casework;

import cn.gov.yongzhou.qingfeng.shared.web.FieldErrors;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a 交办 summary may say. It goes to a body outside the discipline body, so it must not carry what identifies the
 * reporter: their name, ID number, phone or email, a clock time (for a window incident the time identifies the
 * reporter as surely as a name), or the reporter's own words (a run of {@link #VERBATIM} characters copied from the
 * narrative). Pure, so every case is a line of a table test.
 */
public final class BriefRules {

    public static final int MAX_ALLEGED = 1000;
    public static final int MAX_PLACE = 200;
    public static final int MAX_PERIOD = 100;
    public static final int MAX_TO_VERIFY = 1000;
    /** Characters in a row copied from the narrative that count as the reporter's words. */
    public static final int VERBATIM = 15;

    private static final Pattern CLOCK_TIME = Pattern.compile(
            "\\d{1,2}\\s*[:：]\\s*\\d{2}|\\d{1,2}\\s*[时点]\\s*(\\d{1,2}\\s*分|半|整)|[上下]午\\s*\\d{1,2}\\s*[时点]");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private BriefRules() {
    }

    /** A summary as the inspector typed it. */
    public record Draft(String alleged, String place, String period, String toVerify) {

        Map<String, String> fields() {
            Map<String, String> f = new LinkedHashMap<>();
            f.put("alleged", alleged);
            f.put("place", place);
            f.put("period", period);
            f.put("toVerify", toVerify);
            return f;
        }
    }

    /** What the summary is checked against: the report's words and the reporter's data. */
    public record Source(String narrative, String reporterName, String reporterIdNumber, String reporterPhone,
            String reporterEmail, java.util.List<String> otherNames) {

        /** Other names that would identify the reporter: a unit's 经办人, the person the report was made for. */
        public Source {
            otherNames = otherNames == null ? java.util.List.of()
                    : otherNames.stream()
                            .filter(java.util.Objects::nonNull).toList();
        }

        public Source(String narrative, String reporterName, String reporterIdNumber, String reporterPhone,
                String reporterEmail) {
            this(narrative, reporterName, reporterIdNumber, reporterPhone, reporterEmail, java.util.List.of());
        }
    }

    public static FieldErrors check(Draft d, Source s) {
        FieldErrors errors = new FieldErrors();
        Map<String, Integer> max = Map.of("alleged", MAX_ALLEGED, "place", MAX_PLACE, "period", MAX_PERIOD,
                "toVerify", MAX_TO_VERIFY);
        String narrative = s.narrative() == null ? "" : SPACE.matcher(s.narrative()).replaceAll("");
        d.fields().forEach((field, value) -> {
            if (value == null || value.isBlank()) {
                errors.add(field, "brief.error.required");
                return;
            }
            String text = value.strip();
            if (text.length() > max.get(field)) {
                errors.add(field, "brief.error.tooLong", max.get(field));
            } else if (namesTheReporter(text, s)) {
                errors.add(field, "brief.error.reporter");
            } else if (CLOCK_TIME.matcher(text).find()) {
                errors.add(field, "brief.error.clockTime");
            } else if (copies(SPACE.matcher(text).replaceAll(""), narrative)) {
                errors.add(field, "brief.error.verbatim", VERBATIM);
            }
        });
        return errors;
    }

    static boolean namesTheReporter(String text, Source s) {
        String compact = SPACE.matcher(text).replaceAll("");
        return Stream.concat(Stream.of(s.reporterName(), s.reporterIdNumber(), s.reporterPhone(), s.reporterEmail()),
                s.otherNames().stream())
                .filter(v -> v != null && v.strip().length() >= 2)
                .map(v -> SPACE.matcher(v).replaceAll(""))
                .anyMatch(v -> compact.contains(v) || compact.toLowerCase().contains(v.toLowerCase()));
    }

    static boolean copies(String text, String narrative) {
        for (int i = 0; i + VERBATIM <= text.length(); i++) {
            if (narrative.contains(text.substring(i, i + VERBATIM))) {
                return true;
            }
        }
        return false;
    }
}
