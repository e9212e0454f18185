package cn.gov.yongzhou.qingfeng.desk;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import cn.gov.yongzhou.qingfeng.intake.TestReports;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SupervisorPagesTest {

    static void at(String beijingTime) {
        ZonedDateTime t = ZonedDateTime.parse(beijingTime + "+08:00[Asia/Shanghai]");
        QuarkusMock.installMockForType(Clock.fixed(t.toInstant(), t.getZone()), Clock.class);
    }

    @Test
    void shouldListAReportNobodyAcceptedInTimeOnTheSupervisionBoard() {
        at("2026-03-02T09:00:00");
        Map<String, String> form = TestReports.valid();
        form.put("occurredDate", "2026-03-01");
        String receipt = TestReports.api(form).post("/api/v1/reports").then().statusCode(201).extract().path("receipt");
        at("2026-03-10T09:00:00"); // five working days to accept ended on Mon 03-09
        given().auth().oauth2(OidcWiremockTestResource.getAccessToken("ducha-zhang", Set.of("supervisor")))
                .get("/staff/board").then().statusCode(200)
                .body(containsString("期限督办台"), containsString(receipt), containsString("2026-03-09"),
                        containsString("待受理或待交办"));
        given().auth().oauth2(OidcWiremockTestResource.getAccessToken("handler-li", Set.of("handler")))
                .get("/staff/board").then().statusCode(403);
    }
}
