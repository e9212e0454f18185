package cn.gov.yongzhou.qingfeng.desk;

import cn.gov.yongzhou.qingfeng.casework.Briefs;
import java.util.Map;

/**
 * The 交办 summary form on the inspector's case page: the approved summary to rewrite, or what the inspector typed with
 * the message beside each field to correct.
 */
public record BriefForm(String alleged, String place, String period, String toVerify, Map<String, String> err) {

    static BriefForm of(Briefs.BriefView brief) {
        return brief == null ? new BriefForm("", "", "", "", Map.of())
                : new BriefForm(brief.alleged(), brief.place(), brief.period(), brief.toVerify(), Map.of());
    }
}
