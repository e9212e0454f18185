package cn.gov.yongzhou.qingfeng.documents;

/**
 * A step outside the case's own life cycle that calls for a document; the feature taking the step says what it
 * decided, so documents needs nothing of its tables. The case's own steps (accept, reject, transfer, assign,
 * approve, chase, escalate) are read from casework's events instead.
 */
public sealed interface Occasion {

    long caseId();

    /** 问责决定: the decision on the head of {@code unitId} in accountability matter {@code matterId}. */
    record AccountabilityDecided(long caseId, long matterId, long unitId, String headName, String headTitle,
            String matter, String decision, boolean exempted, String reasons) implements Occasion {
    }

    /** 通报: typical case {@code typicalCaseId} approved for publication, with its title and text. */
    record TypicalCasePublished(long caseId, long typicalCaseId, String title, String body) implements Occasion {
    }
}
