package cn.gov.yongzhou.qingfeng.admin;

import static io.restassured.RestAssured.given;

import cn.gov.yongzhou.qingfeng.intake.TestReports;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/** Signing in as an admin, posting the admin's forms with their CSRF token, and fresh codes per test. */
final class AdminForms {

    static final String ADMIN = "admin-zhou";

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

    static RequestSpecification as(String user, String role) {
        return given().redirects().follow(false)
                .auth().oauth2(OidcWiremockTestResource.getAccessToken(user, Set.of(role)));
    }

    static RequestSpecification admin() {
        return as(ADMIN, "admin");
    }

    /** A form post as a browser sends it: UTF-8, with the CSRF cookie and its token. */
    static RequestSpecification form(RequestSpecification who, Map<String, String> fields) {
        TestReports.Csrf csrf = TestReports.openForm();
        RequestSpecification spec = who.contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .cookie("qf-csrf", csrf.cookie()).formParam("csrf-token", csrf.token());
        fields.forEach(spec::formParam);
        return spec;
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
