package cn.gov.yongzhou.qingfeng.desk;

import cn.gov.yongzhou.qingfeng.routing.Route;
import cn.gov.yongzhou.qingfeng.shared.web.Messages;
import io.quarkus.qute.TemplateExtension;
import java.util.Locale;

/** {@code {route.explanation}}: why routing proposes what it does, in the page's language. */
@TemplateExtension
class DeskText {

    static String explanation(Route route, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return route.explain(locale instanceof Locale l ? l : Messages.CHINESE);
    }
}
