package cn.gov.yongzhou.qingfeng.accountability;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import cn.gov.yongzhou.qingfeng.casework.Casework;
import cn.gov.yongzhou.qingfeng.casework.Conclusion;
import cn.gov.yongzhou.qingfeng.support.StaffClient;
import cn.gov.yongzhou.qingfeng.support.TestCases;
import cn.gov.yongzhou.qingfeng.support.TestReports;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The accountability pages as an inspector, the supervision office and a handler meet them. */
@QuarkusTest
class AccountabilityPagesTest {

    @Inject
    Casework casework;

    @Inject
    EntityManager em;

    static RequestSpecification post(String role) {
        return StaffClient.formAs("someone-" + role, role);
    }

    long concluded(String reporterName, Conclusion conclusion) {
        Map<String, String> form = TestReports.valid();
        form.put("reporterName", reporterName);
        String receipt = TestReports.api(form).post("/api/v1/reports").then().statusCode(201).extract().path("receipt");
        long id = TestReports.caseOf(em, receipt);
        TestCases.conclude(casework, em, id, "LL-JW", conclusion);
        return id;
    }

    @Transactional
    long matterOf(long caseId) {
        return AccountabilityMatter.ofCase(caseId).get(0).id;
    }

    @Transactional
    long headOf(long matterId) {
        return AccountabilityMatter.<AccountabilityMatter> findById(matterId).head.id;
    }

    @Transactional
    static String today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    }

    long staffId(String badge) {
        return ((Number) em.createNativeQuery("select id from staff where badge_no = ?1").setParameter(1, badge)
                .getSingleResult()).longValue();
    }

    @Test
    void shouldLetAnInspectorDecideTheHeadsMatterWithReasonsAndShowItOnTheHeadsPage() {
        long caseId = concluded("司马光明", Conclusion.SUBSTANTIATED);
        long matter = matterOf(caseId);
        StaffClient.as("inspector-he", "inspector").get("/staff/accountability").then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body(containsString("索拿卡要查证属实（第九条）"), containsString("示例主任乙"),
                        containsString("/staff/accountability/" + matter), not(containsString("司马")));

        post("inspector").formParam("decision", "EXEMPTED").formParam("reasons", " ")
                .post("/staff/accountability/" + matter + "/decide").then().statusCode(422)
                .body(containsString("免予问责须写明容错纠错的理由。"),
                        containsString("<option value=\"EXEMPTED\" selected>"));
        post("supervisor").formParam("decision", "CIRCULATION").formParam("reasons", "督查室不作决定")
                .post("/staff/accountability/" + matter + "/decide").then().statusCode(403);
        // one approver is not a collective decision; the form comes back as typed
        post("inspector").formParam("decision", "CIRCULATION").formParam("reasons", "对窗口人员疏于管理，予以通报。")
                .formParam("meeting", "区纪委常委会会议").formParam("meetingOn", today()).formParam("approvers", "示例书记甲")
                .post("/staff/accountability/" + matter + "/decide").then().statusCode(422)
                .body(containsString("请写明至少两名审批人。"), containsString("value=\"区纪委常委会会议\""),
                        containsString("对窗口人员疏于管理，予以通报。"));
        post("inspector").formParam("decision", "CIRCULATION").formParam("reasons", "对窗口人员疏于管理，予以通报。")
                .formParam("meeting", "区纪委常委会会议").formParam("meetingOn", today())
                .formParam("approvers", "示例书记甲、示例副书记乙")
                .post("/staff/accountability/" + matter + "/decide").then().statusCode(303);

        StaffClient.as("ducha-zhang", "supervisor").get("/staff/accountability/" + matter).then()
                .statusCode(200).body(containsString("通报"), containsString("对窗口人员疏于管理，予以通报。"),
                        containsString("示例书记甲、示例副书记乙"),
                        not(containsString("id=\"decide-form\"")));
        StaffClient.as("inspector-he", "inspector")
                .get("/staff/accountability/heads/" + headOf(matter)).then().statusCode(200)
                .body(containsString("示例主任乙"), containsString("零陵区政务服务中心"),
                        containsString("id=\"matter-" + matter + "\""));
        StaffClient.as("handler-lljw", "handler").get("/staff/accountability").then().statusCode(403);
        StaffClient.as("handler-lljw", "handler").get("/staff/accountability/" + matter).then()
                .statusCode(403);
    }

    @Test
    void shouldRecordADispositionOnTheCaseAndShowItOnTheStaffRecord() {
        long caseId = concluded("诸葛明", Conclusion.PARTLY_SUBSTANTIATED);
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        long staff = staffId("LL0302");
        StaffClient.as("inspector-he", "inspector").get("/staff/cases/" + caseId).then()
                .body(containsString("/staff/accountability/cases/" + caseId));

        post("inspector").formParam("staff", String.valueOf(staff)).formParam("kind", "WARNING")
                .formParam("decidedOn", "2099-01-01").formParam("note", "经集体研究决定")
                .post("/staff/accountability/cases/" + caseId + "/dispositions").then().statusCode(422)
                .body(containsString("决定日期不能早于案件登记日，也不能晚于今天。"), containsString("经集体研究决定"),
                        containsString("<option value=\"WARNING\" selected>"));
        post("inspector").formParam("staff", String.valueOf(staff)).formParam("kind", "WARNING")
                .formParam("decidedOn", today).formParam("note", "经集体研究决定")
                .post("/staff/accountability/cases/" + caseId + "/dispositions").then().statusCode(303);

        StaffClient.as("inspector-he", "inspector").get("/staff/accountability/cases/" + caseId).then()
                .statusCode(200).body(containsString("警告（6个月）"), containsString("处分期内"),
                        not(containsString("诸葛")));
        StaffClient.as("ducha-zhang", "supervisor").get("/staff/accountability/staff/" + staff).then()
                .statusCode(200).body(containsString("警告（6个月）"), containsString("<strong class=\"late\">是</strong>"));
        String later = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusMonths(7).toString();
        StaffClient.as("ducha-zhang", "supervisor")
                .get("/staff/accountability/staff/" + staff + "?on=" + later).then().statusCode(200)
                .body(not(containsString("<strong class=\"late\">是</strong>")));
    }
}
