package cn.gov.yongzhou.qingfeng.admin;

import java.util.Set;

/** The notices a redirect may ask a directory page to show (?msg=); anything else is ignored. */
final class DirectoryNotices {

    private static final Set<String> KNOWN = Set.of("created", "saved", "headAdded", "headEnded", "windowAdded",
            "windowOff", "windowOn", "staffAdded", "staffOff", "staffOn", "handlerAdded", "handlerRemoved");

    private DirectoryNotices() {
    }

    /** The message key of a notice, or null. */
    static String key(String msg) {
        return msg != null && KNOWN.contains(msg) ? "admin.dir.msg." + msg : null;
    }
}
