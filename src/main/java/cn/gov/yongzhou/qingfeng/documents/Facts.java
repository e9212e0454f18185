package cn.gov.yongzhou.qingfeng.documents;

/**
 * What a kind's template may say, all text ("" when a kind has no such fact). Built per kind and audience: a staff
 * document's facts never hold the reporter (papers to units name the case by {@code caseRef}, never the receipt), and a
 * reporter's document names no one the reporter did not name.
 */
public record Facts(String receiptNo, String receivedOn, String occurredOn, String unitName, String category,
        String subcategory, String reason, String conclusion, String stage, String dueOn, String reportBy,
        String objectionUntil, String today, String headName, String headTitle, String decision, String matter,
        String text, boolean exempted, String caseRef) {

    public static Builder builder() {
        return new Builder();
    }

    /** Fills the facts one by one; anything not set stays "". */
    public static final class Builder {
        String receiptNo = "", receivedOn = "", occurredOn = "", unitName = "", category = "", subcategory = "",
                reason = "", conclusion = "", stage = "", dueOn = "", reportBy = "", objectionUntil = "", today = "",
                headName = "", headTitle = "", decision = "", matter = "", text = "", caseRef = "";
        boolean exempted;

        public Facts build() {
            return new Facts(receiptNo, receivedOn, occurredOn, unitName, category, subcategory, reason, conclusion,
                    stage, dueOn, reportBy, objectionUntil, today, headName, headTitle, decision, matter, text,
                    exempted, caseRef);
        }
    }
}
