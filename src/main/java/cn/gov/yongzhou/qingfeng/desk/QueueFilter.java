package cn.gov.yongzhou.qingfeng.desk;

import cn.gov.yongzhou.qingfeng.casework.CaseState;
import cn.gov.yongzhou.qingfeng.category.Category;
import cn.gov.yongzhou.qingfeng.intake.Channel;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a queue is narrowed to, read leniently from the query string (an unknown value means "any"), and written
 * back so the next page keeps the same filters.
 *
 * @param area a county, district or zone code: its units and theirs
 * @param dueWithinDays only cases whose next limit falls within this many working days (overdue ones included)
 */
public record QueueFilter(CaseState state, Category category, String area, Channel channel, boolean overdue,
        Integer dueWithinDays) {

    public static final QueueFilter ALL = new QueueFilter(null, null, null, null, false, null);

    public static QueueFilter of(String state, String category, String area, String channel, boolean overdue,
            String dueWithin) {
        return new QueueFilter(parse(CaseState.class, state), parse(Category.class, category),
                area != null && area.matches("[A-Z0-9-]{1,40}") ? area : null, parse(Channel.class, channel), overdue,
                dueWithin != null && dueWithin.matches("\\d{1,3}") ? Integer.valueOf(dueWithin) : null);
    }

    /** The filters as a query string, for links to further pages. */
    public String query() {
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("state", state);
        q.put("category", category);
        q.put("area", area);
        q.put("channel", channel);
        q.put("overdue", overdue ? "true" : null);
        q.put("dueWithin", dueWithinDays);
        return q.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue().toString(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(value)).findFirst().orElse(null);
    }
}
