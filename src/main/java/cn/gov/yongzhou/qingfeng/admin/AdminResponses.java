package cn.gov.yongzhou.qingfeng.admin;

import jakarta.ws.rs.core.Response;
import java.net.URI;

/** What every admin page does with its answers: never cached, post/redirect/get with a notice. */
final class AdminResponses {

    private AdminResponses() {
    }

    /** Back to an admin page after a successful post, with a notice key the page shows. */
    static Response back(String path, String notice) {
        String sep = path.contains("?") ? "&" : "?";
        return Response.seeOther(URI.create(path + sep + "msg=" + notice)).build();
    }
}
