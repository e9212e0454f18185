package cn.gov.yongzhou.qingfeng.admin;

import cn.gov.yongzhou.qingfeng.support.StaffClient;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** Signing in as an admin, posting the admin's forms with their CSRF token, and fresh codes per test. */
final class AdminForms {

    static final String ADMIN = "admin-wang";
    /** The roles that must not reach the admin's pages. */
    static final String[] OTHER_ROLES = { StaffClient.INSPECTOR, StaffClient.HANDLER, StaffClient.SUPERVISOR };

    private AdminForms() {
    }

    /** A code no other test uses, e.g. "T-4K7Q2Z". */
    static String code(String prefix) {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        StringBuilder s = new StringBuilder(prefix).append('-');
        for (int i = 0; i < 6; i++) {
            s.append(alphabet.charAt(ThreadLocalRandom.current().nextInt(alphabet.length())));
        }
        return s.toString();
    }

    static RequestSpecification admin() {
        return StaffClient.admin(ADMIN);
    }

    /** An admin's form post, with the CSRF cookie and token. */
    static RequestSpecification adminForm() {
        return StaffClient.form(admin());
    }

    static RequestSpecification form(RequestSpecification who, Map<String, String> fields) {
        return StaffClient.form(who, fields);
    }

    static ValidatableResponse post(String path, String... pairs) {
        return form(admin(), map(pairs)).post(path).then();
    }

    static Map<String, String> map(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    /** Creates a unit through the admin page and answers its id. */
    static long createUnit(String code, String name, String kind, String parent, String mailbox) {
        String location = post("/staff/admin/units", "code", code, "name", name, "nameEn", "Test unit " + code,
                "kind", kind, "parent", parent == null ? "" : parent, "mailbox", mailbox == null ? "" : mailbox)
                .statusCode(303).extract().header("Location");
        return Long.parseLong(location.replaceAll(".*/staff/admin/units/(\\d+)\\?msg=created$", "$1"));
    }
}
