package cn.gov.yongzhou.qingfeng.desk;

import cn.gov.yongzhou.qingfeng.casework.Casework;
import cn.gov.yongzhou.qingfeng.casework.Conclusion;
import cn.gov.yongzhou.qingfeng.casework.Transition;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Arrays;

/** What both desks do with requests and answers: read a filter or a step, answer a page, go back after a post. */
final class DeskResponses {

    private DeskResponses() {
    }


    /** A step posted by a form; assigning and the findings have their own forms (a unit; the findings' files). */
    static Transition step(String name) {
        return Arrays.stream(Transition.values()).filter(t -> t.name().equals(name))
                .filter(t -> t != Transition.ASSIGN && t != Transition.SUBMIT_FINDINGS).findFirst()
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
        Transition step = step(transition);
        if (step.reporterTextRequired() && (toReporter == null || toReporter.isBlank())) {
            return back(base, id, "reporterTextRequired");
        }
        return back(base, id, notice(casework.perform(id, step, actor, reason, conclusion, toReporter, version)));
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
