package cn.gov.yongzhou.qingfeng.intake;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.gov.yongzhou.qingfeng.support.DatabaseProxy;
import cn.gov.yongzhou.qingfeng.support.TestReports;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The database goes away while a citizen submits (a real outage: the app's connections to PostgreSQL are cut and new
 * ones refused), then comes back.
 */
@QuarkusTest
@TestProfile(ReportOutageTest.Outage.class)
@QuarkusTestResource(value = DatabaseProxy.class, restrictToAnnotatedClass = true)
class ReportOutageTest {

    /** A profile of its own: the datasource goes through the relay, so this test gets an app of its own. */
    public static class Outage implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.acquisition-timeout", "3S");
        }
    }

    @Test
    void shouldGiveTheFormBackAsTypedDuringAnOutageAndTakeTheFirstRetryAfterIt() {
        TestReports.Csrf csrf = TestReports.openForm(); // the directory is read once while the database is there
        Map<String, String> form = TestReports.valid();
        form.put("narrative", "停电那天窗口工作人员说系统坏了让我改天再来，第二天又说材料不对，这是我写下的经过。");
        DatabaseProxy.current().down();
        try {
            TestReports.formPost(form, csrf).post("/report").then().statusCode(503)
                    .header("Retry-After", "10")
                    .header("Cache-Control", "no-store")
                    .body(containsString("id=\"limit-notice\""), containsString("您的举报尚未保存"),
                            containsString("证据文件需要重新选择"), containsString("has NOT been saved"),
                            containsString(form.get("narrative")),
                            containsString("value=\"" + form.get("phone") + "\""),
                            containsString("value=\"" + form.get("idNumber") + "\""),
                            containsString("value=\"" + form.get("reporterName") + "\""));
        } finally {
            DatabaseProxy.current().up();
        }
        // the pool still holds the connections that were cut: the very first retry must not fail on them
        String page = TestReports.formPost(form, csrf).post("/report").then().statusCode(200).extract().asString();
        assertEquals(true, page.contains("举报已收到"), page);
    }

    /**
     * The database restarted between two requests (an administrator's restart, a fail-over): every pooled connection
     * is dead, and nothing has told the pool. The next citizen's report must still be stored, not fail on one of them.
     */
    @Test
    void shouldNotFailTheFirstReportAfterTheDatabaseCameBack() {
        TestReports.Csrf csrf = TestReports.openForm();
        for (int i = 0; i < 3; i++) { // a few connections in the pool
            TestReports.formPost(TestReports.valid(), TestReports.openForm()).post("/report").then().statusCode(200);
        }
        DatabaseProxy.current().down();
        DatabaseProxy.current().up();
        for (int i = 0; i < 3; i++) {
            TestReports.formPost(TestReports.valid(), csrf).post("/report").then().statusCode(200)
                    .body(containsString("举报已收到"));
        }
    }
}
