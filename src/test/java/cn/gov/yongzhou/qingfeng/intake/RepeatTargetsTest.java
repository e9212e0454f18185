package cn.gov.yongzhou.qingfeng.intake;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.yongzhou.qingfeng.support.StaffClient;
import cn.gov.yongzhou.qingfeng.support.TestReports;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The second report naming a staff member shows the pattern to the inspector, never to the handler. */
@QuarkusTest
class RepeatTargetsTest {

    @Inject
    EntityManager em;

    static String inspector() {
        return StaffClient.token("inspector-wang", "inspector");
    }

    String file(String badge) {
        Map<String, String> form = TestReports.valid();
        // a unit no other test reports, without a window: only the staff member links the reports
        form.put("unit", "LL-ZRZY");
        form.remove("window");
        form.put("place", "零陵区自然资源局 办事大厅");
        form.put("accusedBadge", badge);
        form.put("channel", "VISIT");
        return TestReports.api(form).post("/api/v1/reports").then().statusCode(201).extract().path("receipt");
    }

    @Transactional
    void assignToLinglingDisciplineBody(long caseId) {
        em.createNativeQuery("""
                insert into handler_unit (user_name, unit_id, created_by)
                select 'handler-lljw', id, 'test' from unit where code = 'LL-JW' on conflict do nothing""")
                .executeUpdate();
        em.createNativeQuery("update case_file set assigned_unit_id = (select id from unit where code = 'LL-JW'), "
                + "state = 'ASSIGNED' where id = ?1").setParameter(1, caseId).executeUpdate();
    }

    /** The queue's rows for visits, page after page, until the receipt shows up. */
    String queueRowOf(String receipt) {
        String query = "/staff/cases?channel=VISIT&state=REGISTERED";
        for (int i = 0; i < 200; i++) {
            String page = given().auth().oauth2(inspector()).get(query).then().statusCode(200).extract().asString();
            int at = page.indexOf(">" + receipt + "<");
            if (at >= 0) {
                return page.substring(at, page.indexOf("</tr>", at));
            }
            Matcher next = Pattern.compile("href=\"/staff/cases\\?after=([^&\"]+)&amp;([^\"]*)\"").matcher(page);
            if (!next.find()) {
                break;
            }
            query = "/staff/cases?after=" + next.group(1) + "&" + next.group(2).replace("&amp;", "&");
        }
        throw new AssertionError(receipt + " not in the queue");
    }

    @Test
    void shouldShowTheInspectorThatASecondReportNamesTheSameStaffMember() {
        String badge = "RT" + (System.nanoTime() % 100000000);
        String first = file(badge);
        long firstCase = TestReports.caseOf(em, first);
        given().auth().oauth2(inspector()).get("/staff/cases/" + firstCase).then().statusCode(200)
                .body(not(containsString("id=\"cluster\"")));
        assertTrue(!queueRowOf(first).contains("同一对象"), "one report is not a pattern");

        String second = file(badge.toLowerCase());
        long secondCase = TestReports.caseOf(em, second);
        assertTrue(queueRowOf(second).contains("同一对象共 2 件，来自 2 人"), queueRowOf(second));
        given().auth().oauth2(inspector()).get("/staff/cases/" + secondCase).then().statusCode(200)
                .body(containsString("重复举报预警"), containsString("多次举报同一工作人员"),
                        containsString("/staff/cases/" + firstCase + "\">" + first));
        given().auth().oauth2(inspector()).get("/staff/cases/" + firstCase).then()
                .body(containsString("/staff/cases/" + secondCase + "\">" + second));

        assignToLinglingDisciplineBody(secondCase);
        StaffClient.as("handler-lljw", "handler")
                .get("/staff/unit-cases/" + secondCase).then().statusCode(200)
                .body(not(containsString("id=\"cluster\"")), not(containsString(first)));
    }
}
