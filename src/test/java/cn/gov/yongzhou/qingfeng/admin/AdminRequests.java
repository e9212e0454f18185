package cn.gov.yongzhou.qingfeng.admin;

import static io.restassured.RestAssured.given;

import cn.gov.yongzhou.qingfeng.intake.TestReports;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.specification.RequestSpecification;
import java.util.Set;

/** Requests to the admin's pages as a signed-in user, and their forms with the CSRF cookie and token. */
final class AdminRequests {

    static final String ADMIN = "admin-wang";
    static final String[] OTHER_ROLES = {"inspector", "handler", "supervisor"};

    private AdminRequests() {
    }

    static RequestSpecification as(String user, String role) {
        return given().redirects().follow(false)
                .auth().oauth2(OidcWiremockTestResource.getAccessToken(user, Set.of(role)));
    }

    static RequestSpecification admin() {
        return as(ADMIN, "admin");
    }

    /** A form post as a browser sends it: UTF-8, with the CSRF cookie and the hidden token. */
    static RequestSpecification form(String user, String role) {
        TestReports.Csrf csrf = TestReports.openForm();
        return as(user, role).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .cookie("qf-csrf", csrf.cookie()).formParam("csrf-token", csrf.token());
    }

    static RequestSpecification adminForm() {
        return form(ADMIN, "admin");
    }
}
