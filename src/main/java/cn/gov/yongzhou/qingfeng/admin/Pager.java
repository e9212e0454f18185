package cn.gov.yongzhou.qingfeng.admin;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where an admin list stands: this page of {@code size} rows out of {@code total}, and the addresses of the pages
 * before and after, with the list's search kept in them. Plain links, so paging works without JavaScript.
 */
public record Pager(String path, Map<String, String> query, int page, int size, long total) {

    /** The page asked for in the address: 1 when missing or not a number; past the end shows the last page. */
    static int pageOf(String raw) {
        try {
            return raw == null ? 1 : Math.max(1, Integer.parseInt(raw.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** The search's fields worth keeping in the paging links (blank ones left out). */
    static Map<String, String> kept(String... namesAndValues) {
        Map<String, String> kept = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null && !namesAndValues[i + 1].isBlank()) {
                kept.put(namesAndValues[i], namesAndValues[i + 1].strip());
            }
        }
        return kept;
    }

    public long pages() {
        return Math.max(1, (total + size - 1) / size);
    }

    /** More than one page: the pager is shown. */
    public boolean paged() {
        return pages() > 1;
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages();
    }

    /** The number of the first row on this page (1-based), 0 when there are none. */
    public long from() {
        return total == 0 ? 0 : (long) (page - 1) * size + 1;
    }

    public long to() {
        return Math.min(total, (long) page * size);
    }

    public String previous() {
        return href(page - 1);
    }

    public String next() {
        return href(page + 1);
    }

    public String href(long to) {
        Map<String, String> params = new LinkedHashMap<>(query);
        if (to > 1) {
            params.put("page", String.valueOf(to));
        }
        return params.isEmpty() ? path
                : path + "?" + params.entrySet().stream()
                        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"));
    }
}
