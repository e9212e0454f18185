package cn.gov.yongzhou.qingfeng.shared.web;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.security.identity.SecurityIdentity;
import java.util.Locale;

/**
 * Staff as people read them: a name for a login id, the body someone works for. Implemented where the directory
 * is known (the desk); the shared page layout only asks.
 */
public interface StaffDirectory {

    /** The signed-in person's name, or null when only the login id is known. */
    String nameOf(SecurityIdentity identity);

    /** The body the signed-in person works for, in the page's language, or null. */
    String bodyOf(SecurityIdentity identity, Locale locale);

    /** Who did a step of a timeline or a log, in words: a name and role, "系统（自动）", "举报人". */
    String actor(String actor, Locale locale);

    static StaffDirectory current() {
        if (Arc.container() == null) {
            return null;
        }
        InstanceHandle<StaffDirectory> handle = Arc.container().instance(StaffDirectory.class);
        return handle.isAvailable() ? handle.get() : null;
    }
}
