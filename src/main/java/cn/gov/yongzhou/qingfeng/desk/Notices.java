package cn.gov.yongzhou.qingfeng.desk;

import java.util.Set;

/** The notices a redirect may ask a desk page to show (?msg=); anything else is ignored. */
final class Notices {

    private static final Set<String> KNOWN = Set.of("done", "stale", "revealed", "reasonRequired",
            "conflictOWN_UNIT", "conflictHEAD_OF_UNIT", "overrideReason", "briefMissing", "briefApproved",
            "WRONG_STATE", "WRONG_ROLE", "REASON_REQUIRED", "REASON_TOO_LONG", "CONCLUSION_REQUIRED", "GROUND_REQUIRED",
            "CHANNEL_REQUIRED",
            "DISPOSITION_MISSING",
            "extNO_OPEN_STAGE", "extNOT_EXTENDABLE", "extTOO_MANY_DAYS", "extALREADY_REQUESTED", "extREASON_REQUIRED",
            "extNOTHING_PENDING", "reporterTextRequired", "told", "toldNOT_A_NOTICE_STAGE", "toldMETHOD_REQUIRED",
            "toldWHEN_REQUIRED", "toldWHEN_IN_FUTURE", "toldSAID_REQUIRED", "toldTOO_LONG", "resultTextRequired",
            "destinationRequired", "MERGE_TARGET", "HAS_REPEATS", "mergeTargetUnknown", "reclassified", "NEW_FACTS_TO_VERIFY",
            "bodyMoved", "bodyReasonRequired", "bodyNotAllowed", "revealRequested", "revealPending",
            "emergencyReasonRequired", "officerNamed", "officerUnchanged", "officerNotOpen", "officerNotEligible",
            "declared");

    private Notices() {
    }

    /** The message key of a notice, or null. */
    static String key(String msg) {
        return msg != null && KNOWN.contains(msg) ? "desk.msg." + msg : null;
    }
}
