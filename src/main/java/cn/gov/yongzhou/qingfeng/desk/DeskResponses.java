package cn.gov.yongzhou.qingfeng.desk;

import cn.gov.yongzhou.qingfeng.casework.Casework;
import cn.gov.yongzhou.qingfeng.casework.Conclusion;
import cn.gov.yongzhou.qingfeng.casework.RejectionGround;
import cn.gov.yongzhou.qingfeng.casework.Transition;
import cn.gov.yongzhou.qingfeng.shared.web.Messages;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/** What both desks do with requests and answers: read a filter or a step, answer a page, go back after a post. */
final class DeskResponses {

    private DeskResponses() {
    }

    /**
     * A step posted by a form; assigning, the findings and merging have their own forms (a unit; the findings' files;
     * the case to merge into).
     */
    static Transition step(String name) {
        return Arrays.stream(Transition.values()).filter(t -> t.name().equals(name))
                .filter(t -> t != Transition.ASSIGN && t != Transition.SUBMIT_FINDINGS && t != Transition.MERGE).findFirst()
                .orElseThrow(() -> new BadRequestException("unknown action"));
    }

    /** Performs a step posted by a desk's form and answers with the case page and its notice. */
    static Response act(Casework casework, String base, long id, String transition, String reason,
            Conclusion conclusion, int version, Casework.Actor actor) {
        return act(casework, base, id, transition, reason, conclusion, null, version, actor);
    }

    /** With what the inspector wrote for the reporter (reasons, feedback): required when refusing or passing on. */
    static Response act(Casework casework, String base, long id, String transition, String reason,
            Conclusion conclusion, String toReporter, int version, Casework.Actor actor) {
        return act(casework, base, id, transition, reason, conclusion, toReporter, null, version, actor);
    }

    /**
     * Each step asks for what it needs before anything is done: words for the reporter when refusing or passing on,
     * the result for the reporter with an approval (after its conclusion), the destination of a transfer (kept on
     * the timeline with the reason).
     */
    static Response act(Casework casework, String base, long id, String transition, String reason,
            Conclusion conclusion, String toReporter, String destination, int version, Casework.Actor actor) {
        Transition step = step(transition);
        String missing = missing(step, reason, conclusion, toReporter, destination, null, null);
        if (missing != null) {
            return back(base, id, missing);
        }
        String note = reason;
        if (step == Transition.TRANSFER) {
            note = Messages.get(Messages.CHINESE, "desk.transfer.note", destination.strip(),
                    reason == null ? "" : reason.strip()).strip();
        }
        return back(base, id, notice(casework.perform(id, step, actor, note, conclusion, toReporter, version)));
    }

    /**
     * Steps that cannot be taken back (受理, 不予受理, 转办, 办结 in its forms, 审核通过, 移送, 复核维持, 归档): the case
     * page's form leads to a page that says what will happen, and only its own button does it. Works without
     * JavaScript; the desk's forms send {@code confirmed=yes} from that page only.
     */
    static final Set<Transition> CONFIRMED = EnumSet.of(Transition.ACCEPT, Transition.REJECT, Transition.TRANSFER,
            Transition.CONCLUDE_INQUIRY, Transition.DISMISS, Transition.APPROVE, Transition.REFER, Transition.UPHOLD,
            Transition.CLOSE);

    /** Whether the form came from the confirmation page. */
    static boolean confirmed(String confirmed) {
        return "yes".equals(confirmed);
    }

    /**
     * What a step's form left out, as the notice the case page shows, or null when it has all it needs: checked
     * before the confirmation page, so the page never confirms what would then be refused for a missing field.
     */
    static String missing(Transition step, String reason, Conclusion conclusion, String toReporter,
            String destination, RejectionGround ground, String channel) {
        boolean noText = toReporter == null || toReporter.isBlank();
        if (step == Transition.REJECT) {
            if (ground == null) {
                return "GROUND_REQUIRED";
            }
            if (ground.namesChannel() && (channel == null || channel.isBlank())) {
                return "CHANNEL_REQUIRED";
            }
            return null;
        }
        if (step.reporterTextRequired() && noText) {
            return "reporterTextRequired";
        }
        if (step.needsConclusion() && conclusion == null) {
            return "CONCLUSION_REQUIRED";
        }
        if (step == Transition.APPROVE && noText) {
            return "resultTextRequired";
        }
        if (step == Transition.TRANSFER && (destination == null || destination.isBlank())) {
            return "destinationRequired";
        }
        if (step.reasonRequired && (reason == null || reason.isBlank())) {
            return "REASON_REQUIRED";
        }
        return null;
    }

    /** The notice the case page shows after a step. */
    static String notice(Casework.Outcome outcome) {
        return outcome instanceof Casework.Done ? "done"
                : outcome instanceof Casework.Stale ? "stale"
                        : ((Casework.Refused) outcome).refusal().name();
    }

    /** Post/redirect/get back to the case page with a notice. */
    static Response back(String base, long id, String notice) {
        return Response.seeOther(URI.create(base + "/" + id + "?msg=" + notice)).build();
    }
}
