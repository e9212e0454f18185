package cn.gov.yongzhou.qingfeng.disclosure;

import static cn.gov.yongzhou.qingfeng.support.TestClock.at;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.yongzhou.qingfeng.accountability.Accountability;
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
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** 通报 of several typical cases: bundled from published cases, screened, approved by a second inspector, numbered. */
@QuarkusTest
class CircularTest {

    @Inject
    Casework casework;

    @Inject
    Accountability accountability;

    @Inject
    Disclosure disclosure;

    @Inject
    EntityManager em;

    static RequestSpecification post(String user) {
        return StaffClient.form(StaffClient.inspector(user));
    }

    /** A substantiated case, its staff member dealt with, published as a typical case; returns {typical id, case id}. */
    long[] published(String reporter, String title) {
        Map<String, String> form = TestReports.valid();
        form.put("reporterName", reporter);
        String receipt = TestReports.api(form).post("/api/v1/reports").then().statusCode(201).extract().path("receipt");
        long caseId = TestReports.caseOf(em, receipt);
        TestCases.conclude(casework, em, caseId, "LL-JW", Conclusion.SUBSTANTIATED);
        long staff = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select id from staff where badge_no = 'LL0301'").getSingleResult()).longValue());
        assertTrue(accountability.dispose(caseId, staff, DispositionKind.WARNING, LocalDate.parse("2026-11-25"), null,
                "inspector-a").isEmpty());
        assertTrue(disclosure.prepare(caseId, title, "2026年11月，工作人员张某暗示办事群众给予好处。张某受到警告处分。",
                "inspector-a").isEmpty());
        long id = QuarkusTransaction.requiringNew().call(() -> TypicalCase.ofCase(caseId).orElseThrow().id);
        assertTrue(disclosure.approve(id, "inspector-b").isEmpty());
        return new long[] { id, caseId };
    }

    long circularOf(String location) {
        return Long.parseLong(location.replaceAll(".*/circulars/(\\d+).*", "$1"));
    }

    @Test
    void shouldBundleSeveralPublishedCasesIntoOneCircularApprovedByASecondInspector() {
        at("2026-11-25T10:00:00");
        long n = System.nanoTime() % 100_000;
        long[] first = published("公孙明理", "零陵区政务服务中心工作人员索要好处问题-" + n);
        long[] second = published("公孙守信", "零陵区政务服务中心工作人员刁难群众问题-" + n);
        long[] third = published("公孙知礼", "零陵区政务服务中心工作人员收受礼品问题-" + n);

        // one case is not a circular; what was typed is kept
        post("inspector-a").formParam("typical", first[0]).formParam("lead", "导语-" + n)
                .post("/staff/disclosure/circulars").then().statusCode(422)
                .body(containsString("一期通报须编入2至20起"), containsString("导语-" + n));
        // the lead is screened against every case in it: here the second case's reporter
        post("inspector-a").formParam("typical", first[0]).formParam("typical", second[0])
                .formParam("lead", "据公孙守信反映，近期窗口作风问题仍有发生。").post("/staff/disclosure/circulars").then()
                .statusCode(422).body(containsString("公开材料不得出现举报人"), containsString("据公孙守信反映"));

        String location = post("inspector-a").formParam("typical", third[0]).formParam("typical", first[0])
                .formParam("typical", second[0]).formParam("title", "").formParam("lead", "现将3起典型问题通报如下。")
                .post("/staff/disclosure/circulars").then().statusCode(303).extract().header("Location");
        long id = circularOf(location);
        String title = "关于3起“索拿卡要”典型问题的通报";
        StaffClient.inspector("inspector-a").get("/staff/disclosure/circulars/" + id).then().statusCode(200)
                .body(containsString(title), containsString("须由另一名纪检监察人员审核"));
        given().get("/cases/circulars/" + id).then().statusCode(404);
        post("inspector-a").post("/staff/disclosure/circulars/" + id + "/approve").then().statusCode(422)
                .body(containsString("整理人不能审核自己的草稿"));
        post("inspector-b").post("/staff/disclosure/circulars/" + id + "/approve").then().statusCode(303);

        given().get("/cases").then().statusCode(200).body(containsString(title), containsString("共3起"));
        String page = given().get("/cases/circulars/" + id).then().statusCode(200)
                .body(containsString("现将3起典型问题通报如下。"), not(containsString("公孙"))).extract().asString();
        // numbered in the order chosen: 一、 the third, 二、 the first, 三、 the second
        assertTrue(page.indexOf("一、零陵区政务服务中心工作人员收受礼品问题-" + n) > 0, page);
        assertTrue(page.indexOf("二、零陵区政务服务中心工作人员索要好处问题-" + n) > page.indexOf("一、"));
        assertTrue(page.indexOf("三、零陵区政务服务中心工作人员刁难群众问题-" + n) > page.indexOf("二、"));

        // a case withdrawn on its own leaves the circular; the rest are numbered again
        assertTrue(disclosure.withdraw(third[0], "当事人申请复核。", "inspector-b").isEmpty());
        page = given().get("/cases/circulars/" + id).then().statusCode(200).extract().asString();
        assertTrue(page.contains("一、零陵区政务服务中心工作人员索要好处问题-" + n), page);
        assertTrue(!page.contains("收受礼品问题-" + n), page);

        post("inspector-b").formParam("reason", "").post("/staff/disclosure/circulars/" + id + "/withdraw").then()
                .statusCode(422).body(containsString("请写明撤回理由。"));
        post("inspector-b").formParam("reason", "通报内容需要更新。").post("/staff/disclosure/circulars/" + id + "/withdraw")
                .then().statusCode(303);
        given().get("/cases/circulars/" + id).then().statusCode(404);
        given().get("/cases").then().body(not(containsString(title + "</strong>")));
        StaffClient.inspector("inspector-a").get("/staff/disclosure/circulars/" + id).then().statusCode(200)
                .body(containsString("通报内容需要更新。"), containsString("已撤回"));
        assertEquals(200, StaffClient.inspector("inspector-a").get("/staff/disclosure").statusCode());
    }
}
