package cn.gov.yongzhou.qingfeng.documents;

import static cn.gov.yongzhou.qingfeng.support.TestCases.INSPECTOR;
import static cn.gov.yongzhou.qingfeng.support.TestClock.at;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.yongzhou.qingfeng.casework.Casework;
import cn.gov.yongzhou.qingfeng.casework.Transition;
import cn.gov.yongzhou.qingfeng.intake.TrackPass;
import cn.gov.yongzhou.qingfeng.notify.OutboxMessage;
import cn.gov.yongzhou.qingfeng.shared.crypto.Sha256;
import cn.gov.yongzhou.qingfeng.support.TestCases;
import cn.gov.yongzhou.qingfeng.support.TestReports;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The documents as staff and the reporter reach them: the case page, the register, downloads, tracking. */
@QuarkusTest
class DocumentPagesTest {

    static final Pattern PASS = Pattern.compile("name=\"pass\" value=\"([^\"]+)\"");

    @Inject
    Casework casework;

    @Inject
    EntityManager em;

    @Inject
    TrackPass passes;

    record Filed(long caseId, String receipt, String password) {
    }

    Filed file(String email) {
        Map<String, String> form = TestReports.valid();
        if (email != null) {
            form.put("email", email);
        }
        JsonPath filed = TestReports.api(form).post("/api/v1/reports").then().statusCode(201).extract().jsonPath();
        return new Filed(TestReports.caseOf(em, filed.getString("receipt")), filed.getString("receipt"),
                filed.getString("password"));
    }

    static RequestSpecification as(String user, String... roles) {
        return given().redirects().follow(false)
                .auth().oauth2(OidcWiremockTestResource.getAccessToken(user, Set.of(roles)));
    }

    static RequestSpecification post(String user, String role) {
        TestReports.Csrf csrf = TestReports.openForm();
        return as(user, role).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .cookie("qf-csrf", csrf.cookie()).formParam("csrf-token", csrf.token());
    }

    static RequestSpecification anonymousPost() {
        TestReports.Csrf csrf = TestReports.openForm();
        return given().cookie("qf-csrf", csrf.cookie()).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", csrf.token());
    }

    @Test
    void shouldTakeADraftFromTheCasePageThroughApprovalToTheSameSignedBytesOnEveryDownload() {
        at("2027-04-06T10:00:00");
        Filed f = file(null);
        casework.perform(f.caseId(), Transition.ACCEPT, INSPECTOR, null, 0);
        long id = DocumentsTest.only(f.caseId(), DocumentKind.ACCEPTANCE_NOTICE).id;

        as("inspector-wang", "inspector").get("/staff/cases/" + f.caseId()).then().statusCode(200)
                .body(containsString("id=\"documents\""), containsString("/staff/documents/" + id + "\""),
                        containsString("受理告知书"), containsString("草稿"));
        as("inspector-wang", "inspector").get("/staff/documents/" + id).then().statusCode(200)
                .body(containsString("关于举报事项受理情况的告知书"), containsString("id=\"doc-approve\""));
        Response preview = as("inspector-wang", "inspector").get("/staff/documents/" + id + "/preview.pdf");
        preview.then().statusCode(200).contentType("application/pdf");
        assertTrue(Pdfs.text(preview.asByteArray()).contains("草稿"), "a preview says it is a draft");

        // a correction that breaks a rule: the page again with the error and the typed text
        post("inspector-wang", "inspector").formParam("title", "关于举报事项受理情况的告知书")
                .formParam("recipient", "测试人").formParam("body", "经审查，当班人员窗口人员22已受理。")
                .post("/staff/documents/" + id).then().statusCode(422)
                .body(containsString("窗口人员22"), containsString("error-summary"));
        post("inspector-wang", "inspector").formParam("title", "关于举报事项受理情况的告知书")
                .formParam("recipient", "测试人").formParam("body", "经审查，您的举报已依规受理。\n特此告知。")
                .formParam("attachments", "举报受理回执").post("/staff/documents/" + id).then().statusCode(303);
        post("inspector-wang", "inspector").post("/staff/documents/" + id + "/approve").then().statusCode(303);

        CaseDocument issued = DocumentsTest.reload(id);
        byte[] first = as("inspector-zhao", "inspector").get("/staff/documents/" + id + ".pdf").then().statusCode(200)
                .contentType("application/pdf").header("Cache-Control", "no-store").extract().asByteArray();
        byte[] second = as("inspector-wang", "inspector").get("/staff/documents/" + id + ".pdf").then().statusCode(200)
                .extract().asByteArray();
        assertArrayEquals(first, second, "a re-print is the same bytes");
        assertEquals(issued.sha256, Sha256.hex(first));
        String text = Pdfs.text(first);
        assertTrue(text.contains(issued.number) && text.contains("附件：举报受理回执") && text.contains("2027年4月6日"), text);

        as("inspector-wang", "inspector").get("/staff/documents?body=LL-JW&year=2027").then().statusCode(200)
                .body(containsString(issued.number), containsString(issued.sha256.substring(0, 16)));
        as("ducha", "supervisor").get("/staff/documents?body=LL-JW&year=2027").then().statusCode(200)
                .body(containsString(issued.number));
        as("lingling", "handler").get("/staff/documents").then().statusCode(403);
    }

    @Test
    void shouldGiveAHandlerTheLettersToItsUnitAndNeverTheReportersDocuments() {
        at("2027-04-07T10:00:00");
        TestCases.mapHandler(em, "doc-handler-own", "LL-GA");
        TestCases.mapHandler(em, "doc-handler-other", "LST-GA");
        Filed f = file(null);
        int v = casework.perform(f.caseId(), Transition.ACCEPT, INSPECTOR, null, 0).version();
        casework.assign(f.caseId(), TestReports.unitId(em, "LL-GA"), INSPECTOR, null, v);
        long notice = DocumentsTest.only(f.caseId(), DocumentKind.ACCEPTANCE_NOTICE).id;
        long letter = DocumentsTest.only(f.caseId(), DocumentKind.ASSIGNMENT_LETTER).id;
        as("doc-handler-own", "handler").get("/staff/documents/" + letter + ".pdf").then().statusCode(404);
        post("inspector-wang", "inspector").post("/staff/documents/" + letter + "/approve").then().statusCode(303);
        post("inspector-wang", "inspector").post("/staff/documents/" + notice + "/approve").then().statusCode(303);

        byte[] pdf = as("doc-handler-own", "handler").get("/staff/documents/" + letter + ".pdf").then()
                .statusCode(200).extract().asByteArray();
        assertFalse(Pdfs.text(pdf).contains("测试人"), "a staff document never holds the reporter");
        as("doc-handler-own", "handler").get("/staff/unit-cases/" + f.caseId()).then().statusCode(200)
                .body(containsString("/staff/documents/" + letter + ".pdf"),
                        not(containsString("/staff/documents/" + notice)));
        for (String path : List.of("/staff/documents/" + notice, "/staff/documents/" + notice + ".pdf")) {
            as("doc-handler-own", "handler").get(path).then().statusCode(404);
        }
        for (String path : List.of("/staff/documents/" + letter, "/staff/documents/" + letter + ".pdf",
                "/staff/documents/999999999.pdf")) {
            as("doc-handler-other", "handler").get(path).then().statusCode(404);
        }
    }

    @Test
    void shouldOfferTheReporterTheirDocumentsOnTheTrackingPageAndTellThemByMail() {
        at("2027-04-08T10:00:00");
        String email = "doc-reporter-" + System.nanoTime() + "@example.cn";
        Filed f = file(email);
        Filed other = file(null);
        casework.perform(f.caseId(), Transition.ACCEPT, INSPECTOR, null, 0);
        long notice = DocumentsTest.only(f.caseId(), DocumentKind.ACCEPTANCE_NOTICE).id;
        post("inspector-wang", "inspector").post("/staff/documents/" + notice + "/approve").then().statusCode(303);
        CaseDocument issued = DocumentsTest.reload(notice);

        String mail = QuarkusTransaction.requiringNew().call(() -> OutboxMessage.<OutboxMessage> list(
                "kind = 'DOCUMENT' order by id desc").stream().filter(m -> m.recipient.equals(email))
                .findFirst().orElseThrow().body);
        assertTrue(mail.contains(issued.number) && mail.contains("/track?receipt=" + f.receipt()), mail);
        assertFalse(mail.contains("特此告知"), "the mail points to the document, it does not carry it");

        Response status = anonymousPost().formParam("receipt", f.receipt()).formParam("password", f.password())
                .post("/track");
        status.then().statusCode(200).body(containsString("/track/documents/" + notice), containsString(issued.number));
        Matcher m = PASS.matcher(status.asString());
        assertTrue(m.find());
        String pass = m.group(1);
        byte[] pdf = anonymousPost().formParam("pass", pass).post("/track/documents/" + notice).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        assertEquals(issued.sha256, Sha256.hex(pdf));

        // another receipt's pass, a forged pass, or no pass: as if the document did not exist
        anonymousPost().formParam("pass", passes.issue(other.receipt())).post("/track/documents/" + notice).then()
                .statusCode(404);
        anonymousPost().formParam("pass", pass + "x").post("/track/documents/" + notice).then().statusCode(404);
        anonymousPost().post("/track/documents/" + notice).then().statusCode(404);
    }

    @Test
    void shouldPublishTheCertificateThatVerifiesTheDocuments() {
        given().get("/documents/certificate.pem").then().statusCode(200)
                .body(containsString("-----BEGIN CERTIFICATE-----"));
    }
}
