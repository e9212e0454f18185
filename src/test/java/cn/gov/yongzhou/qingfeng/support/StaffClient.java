package cn.gov.yongzhou.qingfeng.support;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;

import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.Set;

/**
 * Requests as a signed-in staff member: a bearer token minted by the OIDC test server for the user and role (real
 * tokens, no {@code @TestSecurity}), redirects not followed so a test sees the portal's own answer.
 */
public final class StaffClient {

    public static final String INSPECTOR = "inspector";
    public static final String HANDLER = "handler";
    public static final String SUPERVISOR = "supervisor";
    public static final String ADMIN = "admin";
    /** 分管领导: approves an inspector's look at a reporter's identity. */
    public static final String DIRECTOR = "director";

    private StaffClient() {
    }

    public static String token(String user, String role) {
        return OidcWiremockTestResource.getAccessToken(user, Set.of(role));
    }

    public static RequestSpecification as(String user, String role) {
        return given().redirects().follow(false).auth().oauth2(token(user, role));
    }

    public static RequestSpecification inspector(String user) {
        return as(user, INSPECTOR);
    }

    public static RequestSpecification handler(String user) {
        return as(user, HANDLER);
    }

    public static RequestSpecification supervisor(String user) {
        return as(user, SUPERVISOR);
    }

    public static RequestSpecification director(String user) {
        return as(user, DIRECTOR);
    }

    public static RequestSpecification admin(String user) {
        return as(user, ADMIN);
    }

    /** A form post as a browser sends it: URL-encoded UTF-8, with the CSRF cookie and the hidden token. */
    public static RequestSpecification form(RequestSpecification who) {
        TestReports.Csrf csrf = TestReports.openForm();
        return who.contentType("application/x-www-form-urlencoded; charset=UTF-8").cookie("qf-csrf", csrf.cookie())
                .formParam("csrf-token", csrf.token());
    }

    /** {@link #form(RequestSpecification)} with these fields. */
    public static RequestSpecification form(RequestSpecification who, Map<String, String> fields) {
        RequestSpecification spec = form(who);
        fields.forEach(spec::formParam);
        return spec;
    }

    public static RequestSpecification formAs(String user, String role) {
        return form(as(user, role));
    }

    /** A request without any credential, redirects not followed. */
    public static RequestSpecification anonymous() {
        return given().redirects().follow(false);
    }

    /**
     * What a browser without a session gets on a staff page: sent to the identity provider's sign-in (the code flow),
     * and nothing of the page itself.
     */
    public static void assertSentToSignIn(Response response) {
        response.then().statusCode(302).header("Location", containsString("response_type=code"))
                .header("Location", containsString("client_id=")).body(emptyString());
    }
}
