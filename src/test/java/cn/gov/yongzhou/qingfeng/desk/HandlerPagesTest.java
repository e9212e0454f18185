package cn.gov.yongzhou.qingfeng.desk;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.gov.yongzhou.qingfeng.casework.CaseRole;
import cn.gov.yongzhou.qingfeng.casework.CaseState;
import cn.gov.yongzhou.qingfeng.casework.Casework;
import cn.gov.yongzhou.qingfeng.casework.Transition;
import cn.gov.yongzhou.qingfeng.support.StaffClient;
import cn.gov.yongzhou.qingfeng.support.TestCases;
import cn.gov.yongzhou.qingfeng.support.TestReports;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A handler works their own unit's cases, never sees the reporter, and cannot reach another unit's case. */
@QuarkusTest
class HandlerPagesTest {

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

    long assignedToLinglingDisciplineBody(Map<String, String> form) {
        String receipt = TestReports.api(form).post("/api/v1/reports").then().statusCode(201).extract().path("receipt");
        long id = TestReports.caseOf(em, receipt);
        long unit = TestReports.unitId(em, "LL-JW");
        int v = casework.perform(id, Transition.ACCEPT, INSPECTOR, null, 0).version();
        TestCases.approveBrief(id);
        casework.assign(id, unit, INSPECTOR, null, v);
        return id;
    }

    @Test
    void shouldGiveTheHandlerOnlyTheApprovedSummaryNeverTheReportItsTimeOrTheReporter() {
        Map<String, String> form = TestReports.valid();
        form.put("reporterName", "端木清扬");
        form.put("email", "duanmu@example.cn");
        form.put("occurredTime", "10:47");
        form.put("narrative", "我在窗口排队四十分钟，轮到我时工作人员说系统坏了让我明天再来，还暗示找熟人才好办。");
        String receipt = TestReports.api(form).post("/api/v1/reports").then().statusCode(201).extract().path("receipt");
        long id = TestReports.caseOf(em, receipt);
        int v = casework.perform(id, Transition.ACCEPT, INSPECTOR, null, 0).version();
        StaffClient.form(StaffClient.inspector("inspector-wang"), Map.of("alleged", "反映该窗口工作人员以系统故障为由推脱办理，并暗示需托熟人。",
                "place", "零陵区政务服务中心不动产登记窗口", "period", "2026年11月下旬",
                "toVerify", "调取当日该窗口的叫号和办理记录，核实系统是否故障、有无推脱。"))
                .post("/staff/cases/" + id + "/brief").then().statusCode(303);
        casework.assign(id, TestReports.unitId(em, "LL-JW"), INSPECTOR, "区纪委监委直接核查", v);

        String queue = StaffClient.handler("handler-lljw").get("/staff/unit-cases").then().statusCode(200).extract()
                .asString();
        String page = StaffClient.handler("handler-lljw").get("/staff/unit-cases/" + id).then().statusCode(200)
                .body(containsString("以系统故障为由推脱办理"), containsString("调取当日该窗口的叫号和办理记录"),
                        containsString("2026年11月下旬"))
                .extract().asString();
        String letter = em.createQuery("select d.body from CaseDocument d where d.caseId = ?1 and d.kind = ?2",
                String.class).setParameter(1, id)
                .setParameter(2, cn.gov.yongzhou.qingfeng.documents.DocumentKind.ASSIGNMENT_LETTER).getSingleResult();
        org.junit.jupiter.api.Assertions.assertTrue(letter.contains("以系统故障为由推脱办理"), letter);
        for (String seen : new String[] { queue, page, letter }) {
            for (String secret : new String[] { "排队四十分钟", "找熟人才好办", "10:47", "端木", "duanmu",
                    form.get("phone"), form.get("idNumber"), "戴眼镜", "区纪委监委直接核查" }) {
                org.junit.jupiter.api.Assertions.assertFalse(seen.contains(secret),
                        "the handler's desk and letter never hold " + secret);
            }
        }
        org.junit.jupiter.api.Assertions.assertFalse(page.contains("id=\"report\""), "no report panel");
    }

    @Test
    void shouldShowTheUnitsCaseWithoutTheReporter() {
        Map<String, String> form = TestReports.valid();
        form.put("reporterName", "端木清扬");
        form.put("email", "duanmu@example.cn");
        long id = assignedToLinglingDisciplineBody(form);
        org.hamcrest.MatcherAssert.assertThat(wholeQueue("handler-lljw"),
                containsString("href=\"/staff/unit-cases/" + id + "\""));
        StaffClient.handler("handler-lljw").get("/staff/unit-cases/" + id).then().statusCode(200)
                .body(containsString("反映有关工作人员在办理业务中存在问题"), containsString("id=\"act-SIGN_FOR\""),
                        not(containsString("端木")), not(containsString(form.get("phone").substring(7))),
                        not(containsString(form.get("idNumber").substring(14))), not(containsString("duanmu")),
                        not(containsString("id=\"reporter\"")), not(containsString("/staff/evidence/")));
    }

    /** Whoever knows a receipt number can try the reporter's password: the unit sees its own case reference. */
    @Test
    void shouldNameTheCaseByItsReferenceNeverByTheReceiptNumber() {
        String receipt = TestReports.api(TestReports.valid()).post("/api/v1/reports").then().statusCode(201).extract()
                .path("receipt");
        long id = TestReports.caseOf(em, receipt);
        int v = casework.perform(id, Transition.ACCEPT, INSPECTOR, null, 0).version();
        casework.assign(id, TestReports.unitId(em, "LL-JW"), INSPECTOR, null, v);
        String reference = cn.gov.yongzhou.qingfeng.casework.CaseFile.reference(id);
        String queue = wholeQueue("handler-lljw");
        org.hamcrest.MatcherAssert.assertThat(queue, containsString(">" + reference + "</a>"));
        org.hamcrest.MatcherAssert.assertThat(queue, not(containsString(receipt)));
        StaffClient.handler("handler-lljw").get("/staff/unit-cases/" + id).then().statusCode(200)
                .body(containsString("<title>" + reference), containsString("<h1>" + reference),
                        not(containsString(receipt)));
    }

    @Inject
    cn.gov.yongzhou.qingfeng.notify.OutboxWorker worker;

    /**
     * "回执已发送到您的邮箱" on a handler's timeline told the accused unit the reporter left an email, and spoke to the
     * wrong person: staff read staff words, handlers nothing of how the reporter is reached, inspectors an email
     * masked down to its first letter.
     */
    @Test
    void shouldTellStaffTheReceiptWentOutInStaffWordsAndHandlersNothingOfTheReportersContacts() {
        Map<String, String> form = TestReports.valid();
        form.put("email", "duanmu.qy@lingling-school.example.cn");
        long id = assignedToLinglingDisciplineBody(form);
        cn.gov.yongzhou.qingfeng.notify.Outboxes.drainAll(worker);
        assertEquals(1L, ((Number) em.createNativeQuery("select count(*) from case_event where case_id = ?1 "
                + "and action = 'RECEIPT_MAILED'").setParameter(1, id).getSingleResult()).longValue(), "mailed");
        StaffClient.as("inspector-wang", "inspector").get("/staff/cases/" + id).then().statusCode(200)
                .body(containsString("已向举报人发送回执"), not(containsString("回执已发送到您的邮箱")),
                        containsString("d***@***"), not(containsString("lingling-school")));
        StaffClient.handler("handler-lljw").get("/staff/unit-cases/" + id).then().statusCode(200)
                .body(not(containsString("回执")), not(containsString("邮箱")), not(containsString("d***")),
                        not(containsString("lingling-school")));
    }

    @Test
    void shouldAnswerAnotherUnitsHandlerAsIfTheCaseDidNotExist() {
        long id = assignedToLinglingDisciplineBody(TestReports.valid());
        String missing = StaffClient.handler("handler-llga").get("/staff/unit-cases/999999999").then().statusCode(404).extract()
                .asString();
        String other = StaffClient.handler("handler-llga").get("/staff/unit-cases/" + id).then().statusCode(404).extract()
                .asString();
        org.junit.jupiter.api.Assertions.assertEquals(missing, other);
        StaffClient.handler("handler-llga").get("/staff/unit-cases").then().statusCode(200)
                .body(not(containsString("/staff/unit-cases/" + id + "\"")));
        TestCases.Standing assigned = TestCases.standing(em, id);
        StaffClient.form(StaffClient.handler("handler-llga")).formParam("transition", "SIGN_FOR")
                .formParam("version", String.valueOf(assigned.version())).post("/staff/unit-cases/" + id + "/act")
                .then().statusCode(404);
        assertEquals(assigned, TestCases.standing(em, id), "another unit's handler did not sign for it");
        assertEquals(CaseState.ASSIGNED, assigned.state());
        StaffClient.handler("handler-lljw").get("/staff/cases/" + id).then().statusCode(403);
    }

    @Test
    void shouldAskForMoreTimeAndHaveAnInspectorGrantIt() {
        long id = assignedToLinglingDisciplineBody(TestReports.valid());
        TestReports.Csrf csrf = TestReports.openForm();
        StaffClient.handler("handler-lljw").contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .cookie("qf-csrf", csrf.cookie()).formParam("csrf-token", csrf.token())
                .formParam("days", "10").formParam("reason", "需要调取银行流水")
                .post("/staff/unit-cases/" + id + "/extension").then().statusCode(303)
                .header("Location", containsString("msg=done"));
        StaffClient.handler("handler-lljw").get("/staff/unit-cases/" + id).then().statusCode(200)
                .body(containsString("等待纪检监察机关决定"), not(containsString("id=\"ext-request\"")));
        StaffClient.as("inspector-wang", "inspector")
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .cookie("qf-csrf", csrf.cookie()).formParam("csrf-token", csrf.token())
                .formParam("decision", "approve")
                .post("/staff/cases/" + id + "/extension").then().statusCode(303)
                .header("Location", containsString("msg=done"));
        StaffClient.handler("handler-lljw").get("/staff/unit-cases/" + id).then().statusCode(200)
                .body(containsString("已批准"), containsString("需要调取银行流水"));
    }

    @Test
    void shouldSignForTheCase() {
        long id = assignedToLinglingDisciplineBody(TestReports.valid());
        String version = StaffClient.handler("handler-lljw").get("/staff/unit-cases/" + id).then().statusCode(200).extract()
                .asString()
                .replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");
        TestReports.Csrf csrf = TestReports.openForm();
        StaffClient.handler("handler-lljw").contentType("application/x-www-form-urlencoded").cookie("qf-csrf", csrf.cookie())
                .formParam("csrf-token", csrf.token()).formParam("transition", "SIGN_FOR").formParam("version", version)
                .post("/staff/unit-cases/" + id + "/act").then().statusCode(303)
                .header("Location", containsString("msg=done"));
        StaffClient.handler("handler-lljw").get("/staff/unit-cases/" + id).then().statusCode(200)
                .body(containsString("核查中"), containsString("id=\"act-SUBMIT_FINDINGS\""));
    }

    /** Every page of a handler's queue (50 rows a page; other tests fill the same unit's queue). */
    static String wholeQueue(String handler) {
        StringBuilder all = new StringBuilder();
        String url = "/staff/unit-cases";
        for (int i = 0; i < 100 && url != null; i++) {
            String page = StaffClient.handler(handler).get(url).then().statusCode(200).extract().asString();
            all.append(page);
            java.util.regex.Matcher next = java.util.regex.Pattern.compile("href=\"/staff/unit-cases\\?after=([^\"&]+)")
                    .matcher(page);
            url = next.find() ? "/staff/unit-cases?after=" + next.group(1) : null;
        }
        return all.toString();
    }
}
