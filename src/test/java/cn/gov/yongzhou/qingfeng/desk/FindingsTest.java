package cn.gov.yongzhou.qingfeng.desk;

import static cn.gov.yongzhou.qingfeng.support.StaffClient.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.gov.yongzhou.qingfeng.casework.CaseFile;
import cn.gov.yongzhou.qingfeng.casework.CaseRole;
import cn.gov.yongzhou.qingfeng.casework.CaseState;
import cn.gov.yongzhou.qingfeng.casework.Casework;
import cn.gov.yongzhou.qingfeng.casework.Conclusion;
import cn.gov.yongzhou.qingfeng.casework.Transition;
import cn.gov.yongzhou.qingfeng.support.TestReports;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The handling unit's findings: text, proposed conclusion and material; the inspector's decided conclusion. */
@QuarkusTest
class FindingsTest {

    @Inject
    EntityManager em;

    @Inject
    Casework casework;

    static final Casework.Actor INSPECTOR = new Casework.Actor("inspector-wang", CaseRole.INSPECTOR);

    @BeforeEach
    @Transactional
    void handlersOfTwoUnits() {
        em.createNativeQuery("""
                insert into handler_unit (user_name, unit_id, created_by)
                select 'handler-lljw', id, 'test' from unit where code = 'LL-JW'
                union all select 'handler-llga', id, 'test' from unit where code = 'LL-GA'
                on conflict do nothing""").executeUpdate();
    }

    record Filed(long caseId, String receipt, String password, int version) {
    }

    /** A report accepted, assigned to 零陵区纪委监委 and signed for by its handler. */
    Filed signedFor() {
        JsonPath report = TestReports.api(TestReports.valid()).post("/api/v1/reports").then().statusCode(201)
                .extract().jsonPath();
        long id = TestReports.caseOf(em, report.getString("receipt"));
        int v = casework.perform(id, Transition.ACCEPT, INSPECTOR, null, 0).version();
        v = casework.assign(id, TestReports.unitId(em, "LL-JW"), INSPECTOR, null, v).version();
        v = casework.perform(id, Transition.SIGN_FOR, new Casework.Actor("handler-lljw", CaseRole.HANDLER), null, v)
                .version();
        return new Filed(id, report.getString("receipt"), report.getString("password"), v);
    }

    static byte[] jpeg() throws IOException {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }

    RequestSpecification findingsForm(String user, Filed filed, TestReports.Csrf csrf) {
        return as(user, "handler").config(io.restassured.RestAssured.config().multiPartConfig(
                io.restassured.config.MultiPartConfig.multiPartConfig().defaultCharset("UTF-8")))
                .cookie("qf-csrf", csrf.cookie()).contentType("multipart/form-data")
                .multiPart("csrf-token", csrf.token())
                .multiPart("version", String.valueOf(filed.version()));
    }

    @Test
    void shouldSubmitFindingsWithMaterialAndHaveTheInspectorDecideTheConclusion() throws IOException {
        Filed filed = signedFor();
        byte[] photo = jpeg();
        TestReports.Csrf csrf = TestReports.openForm();
        findingsForm("handler-lljw", filed, csrf)
                .multiPart("findings", "经调取窗口监控并约谈当事人，确有暗示办事群众请客的情况。", "text/plain; charset=UTF-8")
                .multiPart("conclusion", "SUBSTANTIATED")
                .multiPart("attachment", "talk-record.jpg", photo, "image/jpeg")
                .post("/staff/unit-cases/" + filed.caseId() + "/findings").then().statusCode(303)
                .header("Location", containsString("msg=done"));

        String page = as("inspector-wang", "inspector").get("/staff/cases/" + filed.caseId()).then().statusCode(200)
                .body(containsString("审核中"), containsString("id=\"proposed-conclusion\">属实"),
                        containsString("talk-record.jpg"), containsString("确有暗示办事群众请客"))
                .extract().asString();
        String fileId = page.replaceAll("(?s).*href=\"/staff/findings/(\\d+)\".*", "$1");
        byte[] downloaded = as("inspector-wang", "inspector").get("/staff/findings/" + fileId).then().statusCode(200)
                .header("Content-Disposition", containsString("attachment")).extract().asByteArray();
        assertArrayEquals(photo, downloaded);
        as("handler-lljw", "handler").get("/staff/findings/" + fileId).then().statusCode(200);
        as("handler-llga", "handler").get("/staff/findings/" + fileId).then().statusCode(404);
        as("ducha-zhang", "supervisor").get("/staff/findings/" + fileId).then().statusCode(403);

        // the inspector decides "partly": the decided conclusion is the one that counts
        int v = casework.perform(filed.caseId(), Transition.APPROVE, INSPECTOR, null, Conclusion.PARTLY_SUBSTANTIATED,
                filed.version() + 1).version();
        assertEquals(CaseState.CONCLUDED, CaseFile.<CaseFile> findById(filed.caseId()).state);
        as("inspector-wang", "inspector").get("/staff/cases/" + filed.caseId()).then().statusCode(200)
                .body(containsString("id=\"conclusion\">部分属实"));
        given().header("X-Query-Password", filed.password()).get("/api/v1/reports/" + filed.receipt()).then()
                .statusCode(200).body(containsString("\"conclusion\":\"PARTLY_SUBSTANTIATED\""),
                        containsString("部分属实"), not(containsString("确有暗示办事群众请客")));
        assertEquals(v, CaseFile.<CaseFile> findById(filed.caseId()).version);
    }

    @Test
    void shouldKeepTheFindingsTextAndStoreNothingWhenTheConclusionIsMissing() {
        Filed filed = signedFor();
        TestReports.Csrf csrf = TestReports.openForm();
        findingsForm("handler-lljw", filed, csrf)
                .multiPart("findings", "已约谈窗口负责人，正在核实。", "text/plain; charset=UTF-8")
                .multiPart("attachment", "notes.jpg", "only text".getBytes(StandardCharsets.UTF_8), "image/jpeg")
                .post("/staff/unit-cases/" + filed.caseId() + "/findings").then().statusCode(422)
                .body(containsString("请选择核查结论"), containsString(">已约谈窗口负责人，正在核实。</textarea>"),
                        containsString("notes.jpg"), containsString("请重新选择"));
        CaseFile file = CaseFile.findById(filed.caseId());
        assertEquals(CaseState.SIGNED_FOR, file.state);
        assertEquals(0L, ((Number) em.createNativeQuery("select count(*) from finding_attachment where case_id = ?1")
                .setParameter(1, filed.caseId()).getSingleResult()).longValue());
    }

    @Test
    void shouldApproveOnlyWithTheResultForTheReporterAndShowItOnTracking() {
        Filed filed = signedFor();
        int v = casework.submitFindings(filed.caseId(), new Casework.Actor("handler-lljw", CaseRole.HANDLER),
                "经核查，工作人员确有刁难，已谈话提醒。", Conclusion.SUBSTANTIATED, java.util.List.of(), filed.version())
                .version();
        TestReports.Csrf csrf = TestReports.openForm();
        as("inspector-wang", "inspector").contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .cookie("qf-csrf", csrf.cookie()).formParam("csrf-token", csrf.token())
                .formParam("transition", "APPROVE").formParam("conclusion", "SUBSTANTIATED")
                .formParam("version", String.valueOf(v)).post("/staff/cases/" + filed.caseId() + "/act").then()
                .statusCode(303).header("Location", containsString("msg=resultTextRequired"));
        assertEquals(CaseState.FINDINGS_SUBMITTED, CaseFile.<CaseFile> findById(filed.caseId()).state);
        as("inspector-wang", "inspector").get("/staff/cases/" + filed.caseId() + "?msg=resultTextRequired").then()
                .body(containsString("请填写告知举报人的处理结果"), containsString("id=\"to-reporter-APPROVE\""));
        String result = "经核查，您反映的问题属实。已责成该中心整改窗口服务，并对相关工作人员作出处理。";
        as("inspector-wang", "inspector").contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .cookie("qf-csrf", csrf.cookie()).formParam("csrf-token", csrf.token())
                .formParam("transition", "APPROVE").formParam("conclusion", "SUBSTANTIATED")
                .formParam("toReporter", result).formParam("version", String.valueOf(v)).formParam("confirmed", "yes")
                .post("/staff/cases/" + filed.caseId() + "/act").then().statusCode(303)
                .header("Location", containsString("msg=done"));
        given().contentType("application/x-www-form-urlencoded; charset=UTF-8").cookie("qf-csrf", csrf.cookie())
                .formParam("csrf-token", csrf.token()).formParam("receipt", filed.receipt())
                .formParam("password", filed.password()).post("/track").then().statusCode(200)
                .body(containsString(result), not(containsString("已谈话提醒")));
    }

    @Test
    void shouldRefuseApprovalWithoutAConclusion() {
        Filed filed = signedFor();
        int v = casework.submitFindings(filed.caseId(), new Casework.Actor("handler-lljw", CaseRole.HANDLER),
                "经核查，不属实。", Conclusion.UNSUBSTANTIATED, java.util.List.of(), filed.version()).version();
        TestReports.Csrf csrf = TestReports.openForm();
        as("inspector-wang", "inspector").contentType("application/x-www-form-urlencoded")
                .cookie("qf-csrf", csrf.cookie()).formParam("csrf-token", csrf.token())
                .formParam("transition", "APPROVE").formParam("version", String.valueOf(v))
                .post("/staff/cases/" + filed.caseId() + "/act").then().statusCode(303)
                .header("Location", containsString("msg=CONCLUSION_REQUIRED"));
        assertEquals(CaseState.FINDINGS_SUBMITTED, CaseFile.<CaseFile> findById(filed.caseId()).state);
        as("inspector-wang", "inspector").get("/staff/cases/" + filed.caseId() + "?msg=CONCLUSION_REQUIRED").then()
                .body(containsString("请选择核查结论"),
                        containsString("<option value=\"UNSUBSTANTIATED\" selected>不属实</option>"));
    }
}
