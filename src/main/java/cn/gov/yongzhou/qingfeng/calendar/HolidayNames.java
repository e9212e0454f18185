package cn.gov.yongzhou.qingfeng.calendar;

import cn.gov.yongzhou.qingfeng.shared.web.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A holiday's name as the notices write it (春节, “五一”, 国庆节、中秋节) in the reader's language. */
public final class HolidayNames {

    // every spelling the notices of 2007–2026 use, to the message key of the holiday
    private static final Map<String, String> KEYS = Map.ofEntries(
            Map.entry("元旦", "newYear"),
            Map.entry("春节", "springFestival"),
            Map.entry("清明节", "qingming"),
            Map.entry("劳动节", "labourDay"),
            Map.entry("“五一”", "labourDay"),
            Map.entry("“五一”国际劳动节", "labourDay"),
            Map.entry("端午节", "dragonBoat"),
            Map.entry("中秋节", "midAutumn"),
            Map.entry("国庆节", "nationalDay"),
            Map.entry("“十一”", "nationalDay"),
            Map.entry("抗日战争暨世界反法西斯战争胜利70周年纪念日", "victoryDay70"));

    private HolidayNames() {
    }

    /**
     * The name in {@code locale}: Chinese as the notice has it; English from the messages, a joint holiday
     * (国庆节、中秋节) joined with "and". A name no notice used so far stays as it is.
     */
    public static String in(Locale locale, String name) {
        if (name == null || !Messages.isEnglish(locale)) {
            return name;
        }
        List<String> parts = new ArrayList<>();
        for (String part : name.split("、")) {
            String key = KEYS.get(part.strip());
            if (key == null) {
                return name;
            }
            parts.add(Messages.get(locale, "calendar.holiday." + key));
        }
        return String.join(" and ", parts);
    }
}
