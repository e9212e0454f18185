package cn.gov.yongzhou.qingfeng.intake;

import cn.gov.yongzhou.qingfeng.shared.web.FieldErrors;

/** What became of a submission. */
public sealed interface Submission {

    /** Stored and committed (or found stored by an earlier try of the same submission). */
    record Accepted(String receiptNo, String password, boolean replay) implements Submission {
    }

    /** Refused by a check; nothing stored. */
    record Invalid(FieldErrors errors) implements Submission {
    }

    /** The same submission key came with different content: refused, the first report stands. */
    record Conflict(String receiptNo) implements Submission {
    }

    /** Too many submissions with evidence at once: nothing stored, the citizen is asked to send again shortly. */
    record Busy() implements Submission {
    }

    /** Too many submissions (or too much evidence) from the address this hour: nothing stored. */
    record Limited(IntakeLimits.Limited limit) implements Submission {
    }
}
