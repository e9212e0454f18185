package cn.gov.yongzhou.qingfeng.casework;

/**
 * The states of a case in the words of the field (纪检监察机关处理检举控告工作规则, 2020). Intake opens every case as
 * REGISTERED (art. 14: every report is registered). After acceptance the clue is disposed of in one of the four ways
 * of art. 17 — 谈话函询 ({@link #INQUIRING}), 初步核实 (交办 for verification: {@link #ASSIGNED} and on), 暂存待查
 * ({@link #HELD}), 予以了结 (straight to {@link #CONCLUDED}) — or 移送 for 审查调查 ({@link #REFERRED}). A report (信访件)
 * ends 办结 ({@link #CONCLUDED}) and 归档 ({@link #CLOSED}); 结案 is the word for a 立案 case and is not used here.
 */
public enum CaseState {
    /** 登记: received, waiting for the discipline body to accept it. */
    REGISTERED,
    /** 受理: accepted, waiting for the way it is disposed of. */
    ACCEPTED,
    /** 不予受理: not accepted, with grounds. Final. */
    REJECTED,
    /** 转办: handed over to another competent body, which handles it from now on. Final here. */
    TRANSFERRED,
    /** 谈话函询: the inspector talks to the person reported or asks them in writing to explain. */
    INQUIRING,
    /** 暂存待查: kept on file until the conditions to verify it are there; can be taken up again. */
    HELD,
    /** 初步核实, 交办: assigned to a handling unit with a date to report back by, waiting for it to sign. */
    ASSIGNED,
    /** 签收: the unit signed for it and verifies (初步核实). */
    SIGNED_FOR,
    /** Findings submitted, waiting for the inspector's review (审核). */
    FINDINGS_SUBMITTED,
    /** 移送审查调查: passed on for 立案审查调查. Final here. */
    REFERRED,
    /** 办结: handled to a result (approved findings, an inquiry's outcome, or 予以了结); the result goes to the reporter. */
    CONCLUDED,
    /** 异议 / 申请复核: the reporter objected within the window; the inspector reviews. */
    UNDER_REVIEW,
    /** 归档: handled and filed (not 结案, which belongs to 立案 cases). */
    CLOSED,
    /**
     * 并案: a report of the same matter kept on file (留存备查, art. 14) with the case it was merged into
     * ({@link CaseFile#mergedIntoId}), which handles it: no limits of its own, not told again (art. 21), not counted
     * twice. An inspector can split it off again.
     */
    MERGED
}
