package cn.gov.yongzhou.qingfeng.intake;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.yongzhou.qingfeng.directory.Unit;
import cn.gov.yongzhou.qingfeng.directory.UnitEdits;
import cn.gov.yongzhou.qingfeng.support.TestClock;
import cn.gov.yongzhou.qingfeng.support.TestReports;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The blank form is served from a rendered copy (issue 18): each visitor still gets a page of their own (their CSRF
 * token, a fresh submission key), in their language, with the day's date, and an admin's edit of the directory shows on
 * the very next form.
 */
@QuarkusTest
class BlankFormsTest {

    private static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    private static final Pattern KEY = Pattern.compile("name=\"submissionKey\" value=\"([^\"]+)\"");

    @Inject
    EntityManager em;

    @Inject
    UnitEdits units;

    long reports() {
        return ((Number) em.createNativeQuery("select count(*) from report").getSingleResult()).longValue();
    }

    static String find(Pattern p, String html) {
        Matcher m = p.matcher(html);
        assertTrue(m.find(), "the form carries " + p);
        String value = m.group(1);
        assertTrue(!m.find(), "once: " + p);
        return value;
    }

    @Test
    void shouldGiveEachVisitorOfTheSameWindowTheirOwnTokenAndSubmissionKey() {
        Response first = given().get("/w/LL-03");
        Response second = given().get("/w/LL-03");
        first.then().statusCode(200).contentType("text/html;charset=UTF-8").header("Cache-Control", "no-store");
        second.then().statusCode(200).body(containsString("<option value=\"LL-03\" data-unit=\"LL-ZWFW\" selected>"));
        String firstToken = find(TOKEN, first.asString());
        String secondToken = find(TOKEN, second.asString());
        assertNotEquals(firstToken, secondToken);
        assertNotEquals(find(KEY, first.asString()), find(KEY, second.asString()));
        assertEquals(first.asString().length() - firstToken.length(),
                second.asString().length() - secondToken.length(), "the same page but for the two values");

        long before = reports();
        // one visitor's token does not pass with another's cookie: the tokens are really each visitor's own
        TestReports.formPost(TestReports.valid(), new TestReports.Csrf(second.getCookie("qf-csrf"), firstToken))
                .post("/report").then().statusCode(400);
        assertEquals(before, reports());
        TestReports.formPost(TestReports.valid(), new TestReports.Csrf(second.getCookie("qf-csrf"), secondToken))
                .post("/report").then().statusCode(200).body(containsString("举报已收到"));
        assertEquals(before + 1, reports());
    }

    @Test
    void shouldAnswerInTheVisitorsLanguageWhateverWasAskedBefore() {
        given().get("/report").then().statusCode(200).body(containsString("实名举报"));
        given().get("/report?lang=en").then().statusCode(200).body(containsString("Real-name report"),
                not(containsString("实名举报")));
        given().cookie("qf-lang", "en").get("/report").then().statusCode(200)
                .body(containsString("Real-name report"));
        given().get("/report").then().statusCode(200).body(containsString("实名举报"),
                not(containsString("Real-name report")));
    }

    @Test
    void shouldPutTheDayOfTheVisitOnAWindowsForm() {
        TestClock.at("2026-03-10T09:00:00");
        given().get("/w/LL-03").then().statusCode(200).body(containsString("value=\"2026-03-10\""),
                containsString("max=\"2026-03-10\""));
        TestClock.at("2026-03-11T08:30:00");
        given().get("/w/LL-03").then().statusCode(200).body(containsString("value=\"2026-03-11\""),
                containsString("max=\"2026-03-11\""), not(containsString("2026-03-10")));
    }

    @Test
    void shouldFillTheKeptPageAndKeepOnlyTheDaysPages() {
        io.quarkus.qute.Template page = io.quarkus.qute.Engine.builder().addDefaults().build()
                .parse("<input value=\"{token}\"><input value=\"{key}\"><p>{token}</p>");
        String token = "t".repeat(22);
        String key = "k".repeat(36);
        java.util.List<String> areas = new java.util.ArrayList<>();
        java.util.List<String> windows = new java.util.ArrayList<>();
        BlankForms forms = new BlankForms();
        BlankForms.Key tuesday = new BlankForms.Key(java.util.Locale.CHINA, "2026-03-10", null, null);
        String first = forms.render(tuesday, areas, windows, page.data("token", token).data("key", key), token, key,
                false);
        assertEquals("<input value=\"" + token + "\"><input value=\"" + key + "\"><p>" + token + "</p>", first);
        assertEquals("<input value=\"" + "T".repeat(22) + "\"><input value=\"" + "K".repeat(36) + "\"><p>"
                + "T".repeat(22) + "</p>", forms.get(tuesday, areas, windows, "T".repeat(22), "K".repeat(36)));
        assertNull(forms.get(tuesday, new java.util.ArrayList<>(), windows, token, key),
                "lists the directory cache no longer gives: rendered again");
        assertNotNull(forms.get(tuesday, areas, windows, token, key), "still kept for the lists it was rendered with");
        BlankForms.Key wednesday = new BlankForms.Key(java.util.Locale.CHINA, "2026-03-11", null, null);
        forms.render(wednesday, areas, windows, page.data("token", token).data("key", key), token, key, false);
        assertEquals(java.util.Set.of("2026-03-11"), forms.days(), "the day before's pages are dropped");
        forms.render(new BlankForms.Key(java.util.Locale.ENGLISH, "2026-03-11", null, null), areas,
                windows, page.data("token", token).data("key", key), token, key, true);
        assertEquals(1, forms.size(), "a page that names a signed-in user is not kept");
    }

    @Test
    void shouldShowAnAdminsEditOfTheUnitOnTheNextForm() {
        given().get("/w/LL-03").then().body(containsString("零陵区政务服务中心"));
        given().get("/report").then().body(containsString("零陵区政务服务中心"));
        Unit unit = QuarkusTransaction.requiringNew().call(() -> Unit.findByCode("LL-ZWFW").orElseThrow());
        String name = unit.name;
        try {
            assertTrue(units.changeUnit(unit.id, new UnitEdits.UnitInput(unit.code, "零陵区政务服务大厅（缓存测试）",
                    unit.nameEn, null, null, unit.mailbox, unit.dutyPhone, true), "admin-test").ok());
            given().get("/w/LL-03").then().body(containsString("零陵区政务服务大厅（缓存测试）"),
                    not(containsString("零陵区政务服务中心")));
            given().get("/report").then().body(containsString("零陵区政务服务大厅（缓存测试）"));
        } finally {
            units.changeUnit(unit.id, new UnitEdits.UnitInput(unit.code, name, unit.nameEn, null, null,
                    unit.mailbox, unit.dutyPhone, true), "admin-test");
        }
        given().get("/report").then().body(containsString("零陵区政务服务中心"),
                not(containsString("缓存测试")));
    }
}
