package cn.gov.yongzhou.qingfeng.followthrough;

import cn.gov.yongzhou.qingfeng.casework.CaseAction;
import cn.gov.yongzhou.qingfeng.casework.CaseFile;
import cn.gov.yongzhou.qingfeng.casework.CaseRole;
import cn.gov.yongzhou.qingfeng.casework.CaseState;
import cn.gov.yongzhou.qingfeng.casework.Casework;
import cn.gov.yongzhou.qingfeng.shared.ClockProducer;
import cn.gov.yongzhou.qingfeng.shared.web.FieldErrors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;

/**
 * The reporter's part after the conclusion: a satisfaction rating (a bad one on a real-name report opens a
 * follow-up for the inspectors) and, within the objection window, an objection that reopens the case for review.
 */
@ApplicationScoped
public class FollowThrough {

    public static final int MAX_COMMENT = 1000;
    public static final int MAX_OBJECTION = 2000;
    static final Casework.Actor REPORTER = new Casework.Actor("reporter", CaseRole.REPORTER);
    private static final Set<CaseState> RATEABLE = Set.of(CaseState.CONCLUDED, CaseState.CLOSED);

    /** What the status page offers the reporter now. */
    /**
     * {@code objectionUntil}: the last day of the objection window, which runs from the day the result was given;
     * {@code objectBeforeNotice}: the result is not yet given, so the window has not started, and an objection is taken.
     */
    public record Options(boolean canRate, SatisfactionLevel rated, LocalDate objectionUntil, boolean staffDealtWith,
            boolean headHeldAccountable, boolean objectBeforeNotice) {
        public boolean canObject() {
            return objectionUntil != null || objectBeforeNotice;
        }
    }

    private final Casework casework;
    private final cn.gov.yongzhou.qingfeng.casework.FollowUps followUps;
    private final Clock clock;

    FollowThrough(Casework casework, cn.gov.yongzhou.qingfeng.casework.FollowUps followUps, Clock clock) {
        this.casework = casework;
        this.followUps = followUps;
        this.clock = clock;
    }

    /** What the reporter of this case may do now. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Options options(long caseId) {
        CaseFile file = CaseFile.findById(caseId);
        if (file == null) {
            return new Options(false, null, null, false, false, false);
        }
        SatisfactionLevel rated = Satisfaction.ofCase(file.id).map(s -> s.level).orElse(null);
        LocalDate until = casework.objectionOpenUntil(file.id).filter(d -> !today().isAfter(d)).orElse(null);
        // the outcome in plain words, whether, not who or how: read from accountability's view by SQL, as the
        // accountability feature builds on this one and not the other way round
        boolean staff = count("select count(*) from case_accountability where case_id = ?1 and staff_dealt_with",
                file.id) > 0;
        boolean head = count("select count(*) from case_accountability where case_id = ?1 and head_held_accountable",
                file.id) > 0;
        return new Options(rated == null && RATEABLE.contains(file.state), rated, until, staff, head,
                until == null && casework.objectionBeforeNotice(file.id));
    }

    /** What the reporter typed, stripped, without control characters (line breaks kept): PostgreSQL refuses NUL. */
    private static String typed(String value) {
        return value == null ? "" : value.replace("\r\n", "\n").replaceAll("[\\p{Cntrl}\\p{Cf}&&[^\n\t]]", "").strip();
    }

    @Transactional
    public FieldErrors rate(long caseId, SatisfactionLevel level, String comment) {
        FieldErrors errors = new FieldErrors();
        CaseFile file = CaseFile.findById(caseId);
        if (file == null || !options(caseId).canRate()) {
            return errors.add("level", "follow.error.notNow");
        }
        String text = typed(comment);
        if (level == null) {
            errors.add("level", "follow.error.level");
        }
        if (text.length() > MAX_COMMENT) {
            errors.add("comment", "follow.error.tooLong", MAX_COMMENT);
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        Satisfaction rating = new Satisfaction();
        rating.caseId = file.id;
        rating.level = level;
        rating.comment = text.isEmpty() ? null : text;
        rating.ratedAt = OffsetDateTime.now(clock);
        rating.persist();
        casework.record(file, CaseAction.RATED, REPORTER.name(), true, null);
        // every report here is real-name: a bad rating is always followed up (100% 回访)
        if (level.bad()) {
            followUps.open(file.id, rating.ratedAt); // with its visit and rectification limits
        }
        return errors;
    }

    @Transactional
    public FieldErrors object(long caseId, String objection) {
        return object(caseId, objection, false);
    }

    /** 异议, with whether the reporter brings new facts or evidence (art. 22: those are verified). */
    @Transactional
    public FieldErrors object(long caseId, String objection, boolean newFacts) {
        FieldErrors errors = new FieldErrors();
        CaseFile file = CaseFile.findById(caseId);
        if (file == null || !options(caseId).canObject()) {
            return errors.add("objection", "follow.error.windowClosed");
        }
        String text = typed(objection);
        if (text.isEmpty()) {
            return errors.add("objection", "follow.error.objection");
        }
        if (text.length() > MAX_OBJECTION) {
            return errors.add("objection", "follow.error.tooLong", MAX_OBJECTION);
        }
        Casework.Outcome outcome = casework.object(file.id, REPORTER, text, newFacts, file.version);
        if (!(outcome instanceof Casework.Done)) {
            errors.add("objection", "follow.error.windowClosed");
        }
        return errors;
    }

    private long count(String sql, long caseId) {
        return ((Number) CaseFile.getEntityManager().createNativeQuery(sql).setParameter(1, caseId).getSingleResult())
                .longValue();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ClockProducer.ZONE));
    }
}
