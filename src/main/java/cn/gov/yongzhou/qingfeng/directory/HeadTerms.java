package cn.gov.yongzhou.qingfeng.directory;

import static cn.gov.yongzhou.qingfeng.directory.Changes.describe;
import static cn.gov.yongzhou.qingfeng.directory.InputChecks.date;
import static cn.gov.yongzhou.qingfeng.directory.InputChecks.mailbox;
import static cn.gov.yongzhou.qingfeng.directory.InputChecks.required;

import cn.gov.yongzhou.qingfeng.shared.NotFound;
import cn.gov.yongzhou.qingfeng.shared.audit.AdminAction;
import cn.gov.yongzhou.qingfeng.shared.audit.AdminLog;
import cn.gov.yongzhou.qingfeng.shared.web.FieldErrors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;

/**
 * The admin's record of who headed a unit when: terms added, ended, their mailbox corrected. Each method checks the
 * whole input first and writes the change with its admin log entry in one transaction.
 */
@ApplicationScoped
public class HeadTerms {

    private static final String SUBJECT = "unit_head";

    private final AdminLog log;
    private final UnitEdits units;

    HeadTerms(AdminLog log, UnitEdits units) {
        this.log = log;
        this.units = units;
    }

    /** A term; {@code personRef} (an official's staff number) ties the terms one person served in several units. */
    public record HeadInput(String name, String title, String startDate, String endDate, String mailbox,
            String personRef) {
    }

    /**
     * Adds a term. A current head without an end date who took office before the new term starts leaves office
     * the day before it; any other overlap with a recorded term is refused, naming that term.
     */
    @Transactional
    public EditResult addHead(long unitId, HeadInput in, String actor) {
        Unit unit = units.unit(unitId);
        FieldErrors errors = new FieldErrors();
        String name = required(errors, "name", "dir.error.personName.required", in.name(), 60);
        String title = required(errors, "title", in.title(), 60);
        LocalDate start = date(errors, "startDate", in.startDate(), true);
        LocalDate end = date(errors, "endDate", in.endDate(), false);
        String mailbox = mailbox(errors, "mailbox", in.mailbox());
        String personRef = in.personRef() == null || in.personRef().isBlank() ? null : in.personRef().strip();
        if (personRef != null && !personRef.matches("[A-Za-z0-9-]{1,40}")) {
            errors.add("personRef", "dir.error.personRef");
        }
        if (start != null && end != null && end.isBefore(start)) {
            errors.add("endDate", "dir.error.endDate.beforeStart");
        }
        UnitHead toEnd = null;
        if (errors.isEmpty()) {
            List<UnitHead> terms = UnitHead.ofUnit(unit);
            toEnd = terms.stream().filter(t -> t.endDate == null && t.startDate.isBefore(start)).findFirst()
                    .orElse(null);
            for (UnitHead t : terms) {
                // the term that ends the day before the new one starts cannot overlap it
                if (t != toEnd && t.overlaps(start, end)) {
                    if (t.endDate == null) {
                        errors.add("startDate", "dir.error.head.overlapOpen", t.name, t.title, t.startDate);
                    } else {
                        errors.add("startDate", "dir.error.head.overlap", t.name, t.title, t.startDate, t.endDate);
                    }
                    break;
                }
            }
        }
        if (!errors.isEmpty()) {
            return EditResult.refused(errors);
        }
        String detail = describe("name", name, "title", title, "start_date", start, "end_date", end,
                "mailbox", mailbox, "person_ref", personRef);
        if (toEnd != null) {
            toEnd.endDate = start.minusDays(1);
            detail += "; " + toEnd.name + " end_date: — → " + toEnd.endDate;
        }
        UnitHead head = new UnitHead();
        head.unit = unit;
        head.name = name;
        head.title = title;
        head.startDate = start;
        head.endDate = end;
        head.mailbox = mailbox;
        head.personRef = personRef;
        head.persist();
        log.record(actor, SUBJECT, unit.code, AdminAction.CREATED, detail);
        return EditResult.done(head.id);
    }

    /** Ends a term that is still open on its last day in office (which may lie ahead: a departure announced). */
    @Transactional
    public EditResult endHead(long unitId, long headId, String endDate, String actor) {
        UnitHead head = head(unitId, headId);
        FieldErrors errors = new FieldErrors();
        LocalDate end = date(errors, "endDate", endDate, true);
        if (head.endDate != null) {
            errors.add("endDate", "dir.error.head.alreadyEnded", head.endDate);
        } else if (end != null && end.isBefore(head.startDate)) {
            errors.add("endDate", "dir.error.endDate.beforeStart");
        }
        if (!errors.isEmpty()) {
            return EditResult.refused(errors);
        }
        head.endDate = end;
        log.record(actor, SUBJECT, head.unit.code, AdminAction.ENDED,
                head.name + " (" + head.title + ", " + head.startDate + ") end_date: — → " + end);
        return EditResult.done(head.id);
    }

    /** Corrects the official mailbox a term's escalation mail goes to. */
    @Transactional
    public EditResult changeHeadMailbox(long unitId, long headId, String mailbox, String actor) {
        UnitHead head = head(unitId, headId);
        FieldErrors errors = new FieldErrors();
        String value = mailbox(errors, "mailbox", mailbox);
        if (!errors.isEmpty()) {
            return EditResult.refused(errors);
        }
        Changes changes = new Changes().field("mailbox", head.mailbox, value);
        if (!changes.isEmpty()) {
            head.mailbox = value;
            log.record(actor, SUBJECT, head.unit.code, AdminAction.CHANGED,
                    head.name + " (" + head.title + ", " + head.startDate + ") " + changes);
        }
        return EditResult.done(head.id);
    }

    private static UnitHead head(long unitId, long headId) {
        return UnitHead.<UnitHead> find("from UnitHead h join fetch h.unit where h.id = ?1 and h.unit.id = ?2",
                headId, unitId).firstResultOptional().orElseThrow(NotFound::new);
    }
}
