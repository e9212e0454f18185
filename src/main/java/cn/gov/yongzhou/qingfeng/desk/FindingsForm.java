package cn.gov.yongzhou.qingfeng.desk;

import cn.gov.yongzhou.qingfeng.casework.Conclusion;
import java.util.List;
import java.util.Map;

/**
 * The findings form as the case page shows it: empty, or with what the handler typed and chose and the message
 * beside each field to correct ({@code reselect}: files cannot be kept by a browser, so the page says to choose
 * them again).
 */
public record FindingsForm(String text, Conclusion conclusion, Map<String, String> err, boolean reselect) {

    static final FindingsForm BLANK = new FindingsForm("", null, Map.of(), false);

    public List<Conclusion> conclusions() {
        return List.of(Conclusion.values());
    }
}
