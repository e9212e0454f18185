package cn.gov.yongzhou.qingfeng.admin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.Set;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AdminPagesTest {

    static String token(String user, String role) {
        return OidcWiremockTestResource.getAccessToken(user, Set.of(role));
    }

    @Test
    void shouldShowTheAdminSectionsOnlyToAdmins() {
        given().auth().oauth2(token("admin-wang", "admin")).get("/staff/admin").then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body(containsString("系统管理"), containsString("/staff/admin/units"),
                        containsString("管理日志"));
        for (String role : new String[] {"inspector", "handler", "supervisor"}) {
            given().auth().oauth2(token("someone", role)).get("/staff/admin").then().statusCode(403);
        }
    }

    @Test
    void shouldShowTheCategoriesOfRulesEightAndNineWithTheirSubcategories() {
        given().auth().oauth2(token("admin-wang", "admin")).get("/staff/admin/categories").then().statusCode(200)
                .body(containsString("傲慢服务"), containsString("门好进、脸好看、事仍然难办"),
                        containsString("索拿卡要"), containsString("给了好处乱办事"), containsString("只作查看"));
        given().auth().oauth2(token("someone", "inspector")).get("/staff/admin/categories").then().statusCode(403);
    }
}
