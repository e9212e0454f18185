package cn.gov.yongzhou.qingfeng.desk;

import static cn.gov.yongzhou.qingfeng.support.StaffClient.inspector;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.yongzhou.qingfeng.support.StaffClient;
import cn.gov.yongzhou.qingfeng.support.TestReports;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * 管辖 (issue 12): an inspector of a county's or district's discipline body sees and acts on the cases that body
 * holds, and gets for any other case what they get for a case that does not exist; the city's body sees all, hands
 * cases down, and a case moved up leaves the lower body's queue.
 */
@QuarkusTest
class JurisdictionTest {

    static final long MISSING = 999_999_998L;

    @Inject
    EntityManager em;

    @Inject
    cn.gov.yongzhou.qingfeng.casework.Casework casework;

    /** Records the inspector's body in the directory, as an administrator (or their last sign-in) would. */
    void bodyOf(String user, String bodyCode) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into staff_account (user_name, roles, unit_id) select ?1, 'inspector', id from unit where code = ?2
                on conflict (user_name) do update set unit_id = excluded.unit_id""")
                .setParameter(1, user).setParameter(2, bodyCode).executeUpdate());
    }

    String file(String unit, String narrativeMark) {
        Map<String, String> form = TestReports.valid();
        form.put("unit", unit);
        if (!unit.startsWith("LL")) {
            form.remove("window");
        }
        form.put("narrative", form.get("narrative") + narrativeMark);
        return TestReports.api(form).post("/api/v1/reports").then().statusCode(201).extract().path("receipt");
    }

    long body(long caseId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select coalesce(body_id, 0) from case_file where id = ?1").setParameter(1, caseId).getSingleResult())
                .longValue());
    }

    static String withoutPath(Response r, String path) {
        return r.asString().replace(path, "{path}");
    }

    @Test
    void shouldGiveACountyInspectorTheSameNotFoundForAnotherCountysCaseAsForAMissingOne() {
        bodyOf("jw-lst-1", "LST-JW");
        String lst = file("LST-ZWFW", " 冷水滩一号");
        String ll = file("LL-ZWFW", " 零陵一号");
        long lstCase = TestReports.caseOf(em, lst);
        long llCase = TestReports.caseOf(em, ll);
        assertEquals(TestReports.unitId(em, "LST-JW"), body(lstCase), "held by the district's body from intake on");
        assertEquals(TestReports.unitId(em, "LL-JW"), body(llCase));

        inspector("jw-lst-1").get("/staff/cases?area=LST").then().statusCode(200)
                .body(containsString(lst), not(containsString(ll)));
        inspector("jw-lst-1").get("/staff/cases").then().statusCode(200).body(not(containsString(ll)));
        inspector("jw-lst-1").get("/staff/cases/" + lstCase).then().statusCode(200).body(containsString("冷水滩一号"));

        Response other = inspector("jw-lst-1").get("/staff/cases/" + llCase);
        Response missing = inspector("jw-lst-1").get("/staff/cases/" + MISSING);
        assertEquals(404, other.statusCode());
        assertEquals(missing.statusCode(), other.statusCode());
        assertEquals(withoutPath(missing, String.valueOf(MISSING)), withoutPath(other, String.valueOf(llCase)));
        other.then().body(not(containsString("零陵一号")), not(containsString(ll)));

        // nor can they act on it: every step answers as for a missing case, and nothing is written
        for (String step : new String[] { "act", "reveal", "assign", "brief", "extension", "told", "body" }) {
            Response a = StaffClient.form(inspector("jw-lst-1"), Map.of("transition", "ACCEPT", "version", "0",
                    "reason", "核实", "unit", "LL-JW", "body", "LST-JW")).post("/staff/cases/" + llCase + "/" + step);
            Response b = StaffClient.form(inspector("jw-lst-1"), Map.of("transition", "ACCEPT", "version", "0",
                    "reason", "核实", "unit", "LL-JW", "body", "LST-JW")).post("/staff/cases/" + MISSING + "/" + step);
            assertEquals(404, a.statusCode(), step);
            assertEquals(b.statusCode(), a.statusCode(), step);
        }
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from case_event where case_id = ?1 and actor = 'jw-lst-1'").setParameter(1, llCase)
                .getSingleResult()).longValue()), "a step of another body's inspector was recorded");
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from identity_reveal where case_id = ?1").setParameter(1, llCase)
                .getSingleResult()).longValue()));

        // the city's body sees both
        bodyOf("jw-city-1", "CITY-JW");
        inspector("jw-city-1").get("/staff/cases/" + llCase).then().statusCode(200).body(containsString("零陵一号"));
        inspector("jw-city-1").get("/staff/cases/" + lstCase).then().statusCode(200).body(containsString("冷水滩一号"));
    }

    @Test
    void shouldTakeACaseMovedUpOutOfTheLowerBodysQueueAndLetTheCityHandItDown() {
        bodyOf("jw-ll-2", "LL-JW");
        bodyOf("jw-city-2", "CITY-JW");
        String ll = file("LL-ZWFW", " 零陵二号");
        long id = TestReports.caseOf(em, ll);
        assertTrue(inQueue("jw-ll-2", "/staff/cases?area=LL", ll), "on the county body's queue");
        // a county's body may only move it up, with a reason
        String moveUp = bodyForm(inspector("jw-ll-2").get("/staff/cases/" + id).then().statusCode(200).extract().asString());
        assertTrue(moveUp.contains("value=\"CITY-JW\""), moveUp);
        assertFalse(moveUp.contains("value=\"LST-JW\""), moveUp);
        StaffClient.form(inspector("jw-ll-2"), Map.of("body", "CITY-JW", "reason", " ", "version", "0"))
                .post("/staff/cases/" + id + "/body").then().statusCode(303)
                .header("Location", containsString("msg=bodyReasonRequired"));
        StaffClient.form(inspector("jw-ll-2"), Map.of("body", "LST-JW", "reason", "涉及本区领导", "version", "0"))
                .post("/staff/cases/" + id + "/body").then().statusCode(303)
                .header("Location", containsString("msg=bodyNotAllowed"));
        StaffClient.form(inspector("jw-ll-2"), Map.of("body", "CITY-JW", "reason", "涉及本区领导干部，报市纪委监委", "version", "0"))
                .post("/staff/cases/" + id + "/body").then().statusCode(303)
                .header("Location", not(containsString("/" + id)));
        assertEquals(TestReports.unitId(em, "CITY-JW"), body(id));

        // gone from the lower body: queue and page
        assertFalse(inQueue("jw-ll-2", "/staff/cases?area=LL", ll), "gone from the county body's queue");
        inspector("jw-ll-2").get("/staff/cases/" + id).then().statusCode(404);
        // the city's body holds it, with the step on the timeline
        inspector("jw-city-2").get("/staff/cases/" + id).then().statusCode(200)
                .body(containsString("id=\"case-body\">永州市纪委监委"), containsString("移交管辖"),
                        containsString("涉及本区领导干部，报市纪委监委"));
        // and hands it down again
        int version = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select version from case_file where id = ?1").setParameter(1, id).getSingleResult()).intValue());
        StaffClient.form(inspector("jw-city-2"), Map.of("body", "LL-JW", "reason", "交零陵区纪委监委办理",
                "version", String.valueOf(version))).post("/staff/cases/" + id + "/body").then().statusCode(303)
                .header("Location", containsString("msg=bodyMoved"));
        inspector("jw-ll-2").get("/staff/cases/" + id).then().statusCode(200).body(containsString("零陵二号"));
    }

    @Test
    void shouldNotLetACountyInspectorMergeIntoACaseAnotherBodyHolds() {
        bodyOf("jw-lst-5", "LST-JW");
        long lstCase = TestReports.caseOf(em, file("LST-ZWFW", " 冷水滩并案五号"));
        String llReceipt = file("LL-ZWFW", " 零陵并案五号");
        long llCase = TestReports.caseOf(em, llReceipt);
        // by reference or by receipt number, another body's case answers as one that does not exist
        for (String into : new String[] { cn.gov.yongzhou.qingfeng.casework.CaseFile.reference(llCase), llReceipt }) {
            StaffClient.form(inspector("jw-lst-5"), Map.of("into", into, "reason", "同一事项", "version", "0"))
                    .post("/staff/cases/" + lstCase + "/merge").then().statusCode(303)
                    .header("Location", org.hamcrest.Matchers.endsWith("msg=mergeTargetUnknown"));
        }
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from case_file where id = ?1 and (state = 'MERGED' or merged_into_id is not null)")
                .setParameter(1, lstCase).getSingleResult()).longValue()), "the case was handed to another body");
        inspector("jw-lst-5").get("/staff/cases/" + lstCase).then().statusCode(200);
    }

    long idOf(String sql, long caseId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).setParameter(1, caseId)
                .getSingleResult()).longValue());
    }

    @Test
    void shouldListAnotherBodysAccountabilityMattersAndDocumentsToNoCountyInspector() {
        bodyOf("jw-lst-6", "LST-JW");
        bodyOf("jw-ll-6", "LL-JW");
        bodyOf("jw-city-6", "CITY-JW");
        long llCase = TestReports.caseOf(em, file("LL-ZWFW", " 零陵问责六号"));
        cn.gov.yongzhou.qingfeng.support.TestCases.conclude(casework, em, llCase, "LL-JW",
                cn.gov.yongzhou.qingfeng.casework.Conclusion.SUBSTANTIATED);
        long matter = idOf("select min(id) from accountability_matter where case_id = ?1", llCase);
        long draft = idOf("select min(id) from case_document where case_id = ?1 and kind = 'ACCEPTANCE_NOTICE'", llCase);

        // the accountability list: the matter of a case held by 零陵区纪委监委 is not 冷水滩区's to see
        inspector("jw-lst-6").get("/staff/accountability").then().statusCode(200)
                .body(not(containsString("/staff/accountability/" + matter + "\"")));
        inspector("jw-ll-6").get("/staff/accountability").then().statusCode(200)
                .body(containsString("/staff/accountability/" + matter + "\""));
        inspector("jw-city-6").get("/staff/accountability").then().statusCode(200)
                .body(containsString("/staff/accountability/" + matter + "\""));
        StaffClient.as("ducha-6", StaffClient.SUPERVISOR).get("/staff/accountability").then().statusCode(200)
                .body(containsString("/staff/accountability/" + matter + "\""));

        // documents: neither the draft nor the other body's register
        inspector("jw-lst-6").get("/staff/documents/" + draft).then().statusCode(404);
        inspector("jw-lst-6").get("/staff/documents/" + draft + "/preview.pdf").then().statusCode(404);
        inspector("jw-lst-6").get("/staff/documents?body=LL-JW").then().statusCode(200)
                .body(not(containsString("/staff/documents/" + draft + "\"")), not(containsString("value=\"LL-JW\"")));
        inspector("jw-ll-6").get("/staff/documents/" + draft).then().statusCode(200);
        inspector("jw-city-6").get("/staff/documents/" + draft).then().statusCode(200);
    }

    @Test
    void shouldKeepAReportAboutACountysDisciplineBodyFromThatBody() {
        bodyOf("jw-ll-3", "LL-JW");
        bodyOf("jw-city-3", "CITY-JW");
        Map<String, String> form = TestReports.valid();
        form.put("unit", "LL-JW");
        form.remove("window");
        form.remove("accusedBadge");
        form.put("narrative", form.get("narrative") + " 零陵纪委三号");
        String receipt = TestReports.api(form).post("/api/v1/reports").then().statusCode(201).extract().path("receipt");
        long id = TestReports.caseOf(em, receipt);
        assertEquals(TestReports.unitId(em, "CITY-JW"), body(id));
        inspector("jw-ll-3").get("/staff/cases").then().statusCode(200).body(not(containsString(receipt)));
        inspector("jw-ll-3").get("/staff/cases/" + id).then().statusCode(404);
        // the city's body cannot hand it down to the body it is about
        String handDown = bodyForm(inspector("jw-city-3").get("/staff/cases/" + id).then().statusCode(200).extract()
                .asString());
        assertFalse(handDown.contains("<option value=\"LL-JW\""), handDown);
    }

    @Test
    void shouldGiveACaseAboutACityManagedCadreToTheCityAndKeepItFromTheCounty() {
        bodyOf("jw-ll-4", "LL-JW");
        bodyOf("jw-city-4", "CITY-JW");
        // the form asks, and keeps the choice
        TestReports.openForm();
        io.restassured.RestAssured.given().get("/report").then().statusCode(200)
                .body(containsString("name=\"accusedLevel\" value=\"COUNTY\""), containsString("县处级干部（市管）"),
                        containsString("不清楚"));
        Map<String, String> form = TestReports.valid();
        form.put("accusedLevel", "COUNTY");
        form.put("narrative", form.get("narrative") + " 市管干部五号");
        String receipt = TestReports.api(form).post("/api/v1/reports").then().statusCode(201).extract().path("receipt");
        long id = TestReports.caseOf(em, receipt);
        assertEquals(TestReports.unitId(em, "CITY-JW"), body(id), "a 县处级 (市管) cadre is the city's");
        inspector("jw-ll-4").get("/staff/cases?area=LL").then().statusCode(200).body(not(containsString(receipt)));
        inspector("jw-ll-4").get("/staff/cases/" + id).then().statusCode(404);
        inspector("jw-city-4").get("/staff/cases/" + id).then().statusCode(200)
                .body(containsString("id=\"accused-level\">县处级干部（市管）"));

        // a window clerk stays with the district's body; a value the form does not offer counts as not said
        Map<String, String> clerk = TestReports.valid();
        clerk.put("accusedLevel", "WINDOW_STAFF");
        long clerkCase = TestReports.caseOf(em, TestReports.api(clerk).post("/api/v1/reports").then().statusCode(201)
                .extract().path("receipt"));
        assertEquals(TestReports.unitId(em, "LL-JW"), body(clerkCase));
        Map<String, String> odd = TestReports.valid();
        odd.put("accusedLevel", "MINISTER");
        long oddCase = TestReports.caseOf(em, TestReports.api(odd).post("/api/v1/reports").then().statusCode(201)
                .extract().path("receipt"));
        assertEquals(TestReports.unitId(em, "LL-JW"), body(oddCase));
    }

    @Test
    void shouldGiveAReportNamingAUnitsHeadToTheBodyThatManagesItsHeads() {
        // 零陵区人民政府's head is 县处级: the directory records the city's body as managing its heads
        Map<String, String> form = TestReports.valid();
        form.put("unit", "LL");
        form.remove("window");
        form.remove("accusedBadge");
        form.put("accusedName", "示例区长甲");
        form.put("occurredDate", "2026-11-20");
        String receipt = TestReports.api(form).post("/api/v1/reports").then().statusCode(201).extract().path("receipt");
        assertEquals(TestReports.unitId(em, "CITY-JW"), body(TestReports.caseOf(em, receipt)));
    }

    /** The form that moves the case's jurisdiction (the page has other unit lists, e.g. the correction's). */
    static String bodyForm(String page) {
        int from = page.indexOf("id=\"body-form\"");
        assertTrue(from >= 0, "the case page offers to move the case");
        return page.substring(from, page.indexOf("</form>", from));
    }

    /** Whether the receipt is on any page of the inspector's queue (the other tests' cases may fill the first). */
    static boolean inQueue(String inspector, String url, String receipt) {
        java.util.regex.Pattern next = java.util.regex.Pattern.compile("href=\"(/staff/cases\\?after=[^\"]*)\"");
        for (int i = 0; i < 500 && url != null; i++) {
            String page = inspector(inspector).get(url).then().statusCode(200).extract().asString();
            if (page.contains(receipt)) {
                return true;
            }
            java.util.regex.Matcher m = next.matcher(page);
            url = m.find() ? m.group(1).replace("&amp;", "&") : null;
        }
        return false;
    }
}
