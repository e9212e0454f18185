package cn.gov.yongzhou.qingfeng.casework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** The one place where cases are opened and their timeline written. */
@ApplicationScoped
public class Casework {

    public static final String SYSTEM = "system";

    private final Clock clock;

    Casework(Clock clock) {
        this.clock = clock;
    }

    /** Opens the case of a report just stored, in the same transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public CaseFile open(long reportId, OffsetDateTime receivedAt) {
        CaseFile file = new CaseFile();
        file.reportId = reportId;
        file.state = CaseState.REGISTERED;
        file.openedAt = receivedAt;
        file.persist();
        record(file, CaseAction.REGISTERED, SYSTEM, true, null);
        return file;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(CaseFile file, CaseAction action, String actor, boolean publicEvent, String note) {
        CaseEvent event = new CaseEvent();
        event.caseFile = file;
        event.at = OffsetDateTime.now(clock);
        event.action = action;
        event.actor = actor;
        event.publicEvent = publicEvent;
        event.note = note;
        event.persist();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(long reportId, CaseAction action, String actor, boolean publicEvent) {
        CaseFile file = CaseFile.findByReport(reportId)
                .orElseThrow(() -> new IllegalStateException("report " + reportId + " has no case"));
        record(file, action, actor, publicEvent, null);
    }

    /** What the reporter may see: the state and the public timeline. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PublicView> publicView(long reportId) {
        return CaseFile.findByReport(reportId).map(f -> new PublicView(f.state,
                CaseEvent.publicTimeline(f).stream().map(e -> new PublicEvent(e.at, e.action)).toList()));
    }

    public record PublicView(CaseState state, List<PublicEvent> timeline) {
    }

    public record PublicEvent(OffsetDateTime at, CaseAction action) {
    }
}
