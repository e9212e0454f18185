package cn.gov.yongzhou.qingfeng.intake;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class GuidePageTest {

    @Test
    void shouldSayWhatIsTakenWhereElseToGoHowReportersAreProtectedAndTheLiability() {
        given().get("/guide").then().statusCode(200)
                .body(containsString("<h1>举报须知</h1>"), containsString("傲慢服务"), containsString("索拿卡要"),
                        containsString("12345 政务服务便民热线"), containsString("12388"),
                        containsString("人民法院、仲裁机构或行政复议机关"), containsString("拨打 110"),
                        containsString("被举报人和被举报人所在单位绝不会得知您是谁"),
                        containsString("第二百四十三条（诬告陷害罪）"), containsString("属于错告，不是诬告"),
                        containsString("受理编号和查询密码"), containsString("匿名举报"),
                        containsString("href=\"/report\""), containsString("href=\"/track\""));
    }

    @Test
    void shouldSayItInEnglishToo() {
        given().get("/guide?lang=en").then().statusCode(200)
                .body(containsString("Before you report"), containsString("false accusation"),
                        containsString("12345 government service hotline"));
    }

    @Test
    void shouldBeLinkedFromTheHomePageTheFormAndTheFooter() {
        given().get("/").then().statusCode(200).body(containsString("id=\"guide-link\""),
                containsString("<a href=\"/guide\">举报须知</a>"));
        given().get("/report").then().statusCode(200).body(containsString("href=\"/guide\" id=\"guide-link\""));
    }
}
