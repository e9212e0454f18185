package cn.gov.yongzhou.qingfeng.casework;

/** The stages that run against a limit (DOMAIN.md, "Time limits in the field"). */
public enum DeadlineStage {
    /** Accept, reject or pass on a registered report. */
    ACCEPTANCE,
    /** Tell a real-name reporter whether the report was accepted, counted from receipt. */
    ACCEPTANCE_NOTICE,
    /** The handling unit verifies, counted from assignment (交办): the date it must report back by. */
    INVESTIGATION,
    /**
     * The receiving body signs for (签收) an assigned case, itself accepting it, counted from assignment: 5 working days
     * (art. 16 of the 2020 rules, for a report forwarded down by a higher body).
     */
    UNIT_ACCEPTANCE,
    /** The inspector reviews the findings. */
    REVIEW,
    /** Tell the reporter the result, counted from the conclusion. */
    RESULT_NOTICE,
    /** The window in which the reporter may object or ask for a review. */
    OBJECTION,
    /** Decide a review the reporter asked for. */
    REVIEW_DECISION,
    /** 回访: call back a reporter who rated the handling badly (好差评), counted from the rating. */
    RATING_VISIT,
    /** 整改: rectify what the bad rating was about, counted from the rating. */
    RATING_RECTIFICATION;

    /**
     * Whether the limit is one that somebody must meet: chased, escalated and counted in the figures. The reporter's
     * objection window is the reporter's right, not a limit ({@code case_limit.counted} says the same in SQL).
     */
    public boolean counted() {
        return this != OBJECTION;
    }

    /** The counted stages' names, for SQL over casework's own tables. */
    static String countedInSql() {
        return java.util.Arrays.stream(values()).filter(DeadlineStage::counted).map(s -> "'" + s.name() + "'")
                .collect(java.util.stream.Collectors.joining(", ", "stage in (", ")"));
    }
}
