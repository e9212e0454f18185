package cn.gov.yongzhou.qingfeng.shared.web;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The security log's details are written once, in a stable form the HMAC chain seals ("code flow", "case 12",
 * "idle 31 min"); the page says them in words. A detail of no known form is shown as it was written.
 */
final class LogDetails {

    private static final Pattern CASE = Pattern.compile("case (\\d+)");
    /** A look at a reporter's identity a director approved (issue 12): case, director, until when (Beijing). */
    private static final Pattern APPROVED_LOOK = Pattern.compile("case (\\d+) approved by (\\S+) until (.+)");
    /** An emergency look: case and ground. */
    private static final Pattern EMERGENCY_LOOK = Pattern.compile("case (\\d+) emergency (\\w+)");
    private static final Pattern SEALED = Pattern.compile(
            "V74 sealed (\\d+) timeline notes; audit chain case_event sealed again \\((\\d+) entries\\)"
                    + "(; broken before at entry (\\d+), left as it was from there)?");
    private static final Pattern IDLE = Pattern.compile("idle (\\d+) min");
    private static final Pattern ADMIN_CHANGE = Pattern.compile("(CREATED|CHANGED|ENDED|REMOVED) (\\w+)( (.*))?");
    private static final Pattern SUBMISSION = Pattern.compile("submission (\\w+) (\\w+)");
    private static final Pattern PER = Pattern.compile("([\\w-]+) per (receipt|address)");
    private static final Pattern REQUEST = Pattern.compile("(GET|POST|PUT|DELETE|HEAD) (\\S+) (\\w+)");

    private LogDetails() {
    }

    static String inWords(String detail, Locale locale) {
        if (detail == null || detail.isBlank()) {
            return "";
        }
        if (detail.equals("code flow")) {
            return Messages.get(locale, "log.detail.signIn");
        }
        Matcher m = SEALED.matcher(detail);
        if (m.matches()) {
            return Messages.get(locale, "log.detail.sealed", m.group(1), m.group(2),
                    m.group(4) == null ? "" : Messages.get(locale, "log.detail.sealedBroken", m.group(4)));
        }
        m = APPROVED_LOOK.matcher(detail);
        if (m.matches()) {
            return Messages.get(locale, "log.detail.approvedLook", m.group(1), m.group(2), m.group(3));
        }
        m = EMERGENCY_LOOK.matcher(detail);
        if (m.matches()) {
            return Messages.get(locale, "log.detail.emergencyLook", m.group(1),
                    Messages.get(locale, "emergencyGround." + m.group(2)));
        }
        m = CASE.matcher(detail);
        if (m.matches()) {
            return Messages.get(locale, "log.detail.case", m.group(1));
        }
        m = IDLE.matcher(detail);
        if (m.matches()) {
            return Messages.get(locale, "log.detail.idle", m.group(1));
        }
        m = ADMIN_CHANGE.matcher(detail);
        if (m.matches()) {
            return Messages.get(locale, "adminAction." + m.group(1)) + " " + AdminWords.subject(m.group(2), locale)
                    + (m.group(4) == null ? "" : " " + m.group(4));
        }
        m = SUBMISSION.matcher(detail);
        if (m.matches()) {
            return Messages.get(locale, "log.detail.submission", Messages.get(locale, "channel." + m.group(1)),
                    Messages.get(locale, "log.detail.what." + m.group(2)));
        }
        m = PER.matcher(detail);
        if (m.matches()) {
            return Messages.get(locale, "log.detail.per." + m.group(2),
                    Messages.get(locale, "log.detail.purpose." + m.group(1)));
        }
        m = REQUEST.matcher(detail);
        if (m.matches()) {
            return Messages.get(locale, "log.detail.refused", m.group(2));
        }
        return detail;
    }
}
