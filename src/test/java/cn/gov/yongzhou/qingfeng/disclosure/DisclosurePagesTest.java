package cn.gov.yongzhou.qingfeng.disclosure;

import static cn.gov.yongzhou.qingfeng.support.TestClock.at;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.gov.yongzhou.qingfeng.accountability.Accountability;
import cn.gov.yongzhou.qingfeng.accountability.AppealKind;
import cn.gov.yongzhou.qingfeng.accountability.AppealOutcome;
import cn.gov.yongzhou.qingfeng.accountability.DispositionKind;
import cn.gov.yongzhou.qingfeng.casework.Casework;
import cn.gov.yongzhou.qingfeng.casework.Conclusion;
import cn.gov.yongzhou.qingfeng.support.StaffClient;
import cn.gov.yongzhou.qingfeng.support.TestCases;
import cn.gov.yongzhou.qingfeng.support.TestReports;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A typical case from a substantiated report to the public page and back off it. */
@QuarkusTest
class DisclosurePagesTest {

    @Inject
    Casework casework;

    @Inject
    EntityManager em;

    @Inject
    Accountability accountability;

    static RequestSpecification post(String user) {
        return StaffClient.form(StaffClient.inspector(user));
    }

    long concluded(Map<String, String> form) {
        String receipt = TestReports.api(form).post("/api/v1/reports").then().statusCode(201).extract().path("receipt");
        long id = TestReports.caseOf(em, receipt);
        TestCases.conclude(casework, em, id, "LL-JW", Conclusion.SUBSTANTIATED);
        return id;
    }

    @Transactional
    String staffName(String badge) {
        return (String) em.createNativeQuery("select name from staff where badge_no = ?1").setParameter(1, badge)
                .getSingleResult();
    }

    long staffId(String badge) {
        return ((Number) em.createNativeQuery("select id from staff where badge_no = ?1").setParameter(1, badge)
                .getSingleResult()).longValue();
    }

    long dispositionId(long caseId, DispositionKind kind) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select id from disposition where case_id = ?1 and kind = ?2").setParameter(1, caseId)
                .setParameter(2, kind.name()).getSingleResult()).longValue());
    }

    long appealId(long dispositionId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select id from disposition_appeal where disposition_id = ?1").setParameter(1, dispositionId)
                .getSingleResult()).longValue());
    }

    @Transactional
    long typicalOf(long caseId) {
        return TypicalCase.ofCase(caseId).orElseThrow().id;
    }

    @Test
    void shouldPublishATypicalCaseApprovedByASecondInspectorAndWithdrawIt() {
        Map<String, String> form = TestReports.valid();
        form.put("reporterName", "欧阳清风");
        long caseId = concluded(form);
        String title = "零陵区政务服务中心工作人员暗示办事群众给予好处问题-" + caseId;
        String fullName = staffName("LL0301");
        assertEquals(List.of(), accountability.dispose(caseId, staffId("LL0301"), DispositionKind.WARNING,
                LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")), null, "inspector-a").all());

        StaffClient.inspector("inspector-a").get("/staff/disclosure/new?case=" + caseId).then().statusCode(200)
                .body(containsString("零陵区政务服务中心工作人员“索拿卡要”问题"), containsString("×某受到警告处分"),
                        containsString("一律称“张某”"));
        post("inspector-a").formParam("case", caseId).formParam("title", title)
                .formParam("body", "举报人欧阳清风反映，工作人员暗示其给予好处。").post("/staff/disclosure/new").then()
                .statusCode(422).body(containsString("公开材料不得出现举报人"), containsString("工作人员暗示其给予好处"));
        post("inspector-a").formParam("case", caseId).formParam("title", title)
                .formParam("body", fullName + "在办理不动产登记时暗示办事群众给予好处。").post("/staff/disclosure/new").then()
                .statusCode(422).body(containsString("请按通报惯例写作"), containsString(fullName));
        // the draft's blanks must be written out
        post("inspector-a").formParam("case", caseId).formParam("title", title)
                .formParam("body", "2026年11月，零陵区政务服务中心工作人员张某暗示办事群众给予好处。经查，（查证的事实）。")
                .post("/staff/disclosure/new").then().statusCode(422)
                .body(containsString("正文还有待填写的内容“（查证的事实）”"));
        post("inspector-a").formParam("case", caseId).formParam("title", title)
                .formParam("body", "2026年11月，零陵区政务服务中心工作人员张某在办理不动产登记时暗示办事群众给予好处。\n张某受到警告处分。")
                .post("/staff/disclosure/new").then().statusCode(303);
        long id = typicalOf(caseId);
        given().get("/cases").then().statusCode(200).body(not(containsString(title)));
        given().get("/cases/" + id).then().statusCode(404);

        post("inspector-a").post("/staff/disclosure/" + id + "/approve").then().statusCode(422)
                .body(containsString("整理人不能审核自己的草稿"));
        post("inspector-b").post("/staff/disclosure/" + id + "/approve").then().statusCode(303);

        given().get("/cases").then().statusCode(200).body(containsString(title));
        given().get("/cases?county=LL&category=PETTY_CORRUPTION").then().body(containsString(title));
        given().get("/cases?category=ARROGANT_SERVICE").then().body(not(containsString(title)));
        given().get("/cases/" + id).then().statusCode(200).body(containsString("张某受到警告处分。"),
                not(containsString("欧阳")), not(containsString(form.get("phone"))));

        post("inspector-b").formParam("reason", " ").post("/staff/disclosure/" + id + "/withdraw").then()
                .statusCode(422).body(containsString("请写明撤回理由。"));
        post("inspector-b").formParam("reason", "当事人申请复核，暂时撤回。").post("/staff/disclosure/" + id + "/withdraw")
                .then().statusCode(303);
        given().get("/cases/" + id).then().statusCode(404);
        given().get("/cases").then().body(not(containsString(title)));
        StaffClient.inspector("inspector-a").get("/staff/disclosure/" + id).then().statusCode(200)
                .body(containsString("当事人申请复核，暂时撤回。"), containsString("已撤回"));
        StaffClient.as("handler-lljw", "handler")
                .get("/staff/disclosure").then().statusCode(403);
    }

    /** The check compares as written in any width, spacing or punctuation, on both sides. */
    @Test
    void shouldRefuseADraftNamingTheReporterHoweverItIsWritten() {
        Map<String, String> form = TestReports.valid();
        form.put("reporterName", "上官婉儿");
        form.put("email", "Shangguan.WanEr@example.cn");
        long caseId = concluded(form);
        String phone = form.get("phone");
        String spacedPhone = phone.substring(0, 3) + " " + phone.substring(3, 7) + " " + phone.substring(7);
        String fullWidthPhone = phone.chars().mapToObj(c -> String.valueOf((char) (c - '0' + '０')))
                .collect(java.util.stream.Collectors.joining());
        String id = form.get("idNumber");
        String spacedId = id.substring(0, 6) + " " + id.substring(6, 14) + " " + id.substring(14);
        for (String body : List.of("举报人上官\u200b婉儿反映，工作人员暗示其给予好处。", "举报人上官·婉儿反映。",
                "举报人电话" + spacedPhone + "。", "举报人电话" + fullWidthPhone + "。", "身份证号" + spacedId + "。",
                "邮箱 SHANGGUAN.WANER@EXAMPLE.CN。")) {
            post("inspector-a").formParam("case", caseId).formParam("title", "暗示给予好处问题-" + caseId)
                    .formParam("body", body).post("/staff/disclosure/new").then().statusCode(422)
                    .body(containsString("公开材料不得出现举报人"));
        }
        String staff = staffName("LL0301");
        String spaced = staff.charAt(0) + "\u200b" + staff.substring(1);
        post("inspector-a").formParam("case", caseId).formParam("title", "暗示给予好处问题-" + caseId)
                .formParam("body", spaced + "在办理不动产登记时暗示办事群众给予好处。").post("/staff/disclosure/new").then()
                .statusCode(422).body(containsString("请按通报惯例写作"));
    }

    /**
     * 处理结果 are published once they stand: not while the person is still to be dealt with, not while an appeal
     * may change what was decided, not when everything decided was revoked.
     */
    @Test
    void shouldPublishATypicalCaseOnlyOnceItsOutcomeStands() {
        at("2026-11-20T10:00:00");
        long caseId = concluded(TestReports.valid());
        String title = "零陵区政务服务中心工作人员作风问题-" + caseId;
        // the draft can be written as soon as the case is found true; it says what is still to be filled
        StaffClient.inspector("inspector-a").get("/staff/disclosure/new?case=" + caseId).then().statusCode(200)
                .body(containsString("×某受到（处理或处分）"), containsString("处理结果尚未全部作出"));
        post("inspector-a").formParam("case", caseId).formParam("title", title)
                .formParam("body", "2026年11月，零陵区政务服务中心工作人员张某暗示办事群众给予好处。").post("/staff/disclosure/new")
                .then().statusCode(303);
        long id = typicalOf(caseId);
        post("inspector-b").post("/staff/disclosure/" + id + "/approve").then().statusCode(422)
                .body(containsString("处理结果尚未全部作出"));

        long staff = staffId("LL0301");
        LocalDate day = LocalDate.parse("2026-11-20");
        assertEquals(List.of(), accountability.dispose(caseId, staff, DispositionKind.DEMERIT, day, null, "inspector-a").all());
        long demerit = dispositionId(caseId, DispositionKind.DEMERIT);
        assertEquals(List.of(), accountability.lodgeAppeal(caseId, demerit, AppealKind.APPEAL, day, "认为处分过重。",
                "inspector-a").all());
        StaffClient.inspector("inspector-b").get("/staff/disclosure/" + id).then().statusCode(200)
                .body(containsString("尚未办结"));
        post("inspector-b").post("/staff/disclosure/" + id + "/approve").then().statusCode(422)
                .body(containsString("申诉、复审或复核尚未办结"));
        given().get("/cases/" + id).then().statusCode(404);

        assertEquals(List.of(), accountability.decideAppeal(caseId, appealId(demerit), AppealOutcome.REVOKED, null, null,
                day, "事实不清，撤销处分。", "inspector-a").all());
        post("inspector-b").post("/staff/disclosure/" + id + "/approve").then().statusCode(422)
                .body(containsString("没有生效的处理决定"));

        assertEquals(List.of(), accountability.dispose(caseId, staff, DispositionKind.REMOVED_FROM_WINDOW, day, null,
                "inspector-a").all());
        post("inspector-a").formParam("title", title)
                .formParam("body", "2026年11月，零陵区政务服务中心工作人员张某暗示办事群众给予好处。张某被调离窗口岗位。")
                .post("/staff/disclosure/" + id + "/edit").then().statusCode(303);
        post("inspector-b").post("/staff/disclosure/" + id + "/approve").then().statusCode(303);
        given().get("/cases/" + id).then().statusCode(200).body(containsString("张某被调离窗口岗位"));

        // an appeal lodged after publication is shown to the staff, who decide whether to withdraw
        assertEquals(List.of(), accountability.lodgeAppeal(caseId, dispositionId(caseId, DispositionKind.REMOVED_FROM_WINDOW),
                AppealKind.APPEAL, day, "不服调离决定。", "inspector-a").all());
        StaffClient.inspector("inspector-b").get("/staff/disclosure/" + id).then().statusCode(200)
                .body(containsString("此案公开后处理结果有变化"));
    }
}
