package cn.gov.yongzhou.qingfeng.shared.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * The database away for a moment (bench/faults/pg-kill.sh: a PostgreSQL crash and its recovery): the failures the
 * JDBC driver gives then are answered 503 with Retry-After, not 500 with an error id to phone in.
 */
@QuarkusTest
class DatabaseDownTest {

    /** Throws what Hibernate throws while PostgreSQL starts up again after a crash (SQL state 57P03). */
    @Path("/faults-test")
    @Produces(MediaType.TEXT_HTML)
    public static class Failing {

        static RuntimeException startingUp() {
            return new RuntimeException("Unable to acquire JDBC Connection",
                    new SQLException("FATAL: the database system is starting up", "57P03"));
        }

        @GET
        @Path("starting-up")
        public String page() {
            throw startingUp();
        }

        @GET
        @Path("refused")
        public String refused() {
            throw new RuntimeException("Unable to acquire JDBC Connection",
                    new SQLException("Connection to 127.0.0.1:5432 refused", "08001"));
        }

        @GET
        @Path("constraint")
        public String constraint() {
            throw new RuntimeException("could not execute statement",
                    new SQLException("null value in column violates not-null constraint", "23502"));
        }
    }

    @Path("/api/v1/faults-test")
    @Produces(MediaType.APPLICATION_JSON)
    public static class FailingApi {

        @GET
        @Path("starting-up")
        public String api() {
            throw Failing.startingUp();
        }
    }

    @Test
    void shouldAskTheCitizenToTryAgainShortlyWhileTheDatabaseStartsUp() {
        given().accept("text/html").get("/faults-test/starting-up").then().statusCode(503)
                .header("Retry-After", "10")
                .body(containsString("数据库正在恢复"), not(containsString("错误编号")), not(containsString("SQL")));
    }

    @Test
    void shouldTellAnIntakeSystemToRetryWhenTheDatabaseRefusesConnections() {
        given().get("/faults-test/refused").then().statusCode(503).header("Retry-After", "10");
        given().get("/api/v1/faults-test/starting-up").then().statusCode(503)
                .header("Retry-After", "10").contentType("application/json")
                .body("message", containsString("数据库正在恢复"));
    }

    @Test
    void shouldStillAnswerOtherDatabaseErrorsAsUnexpected() {
        given().accept("text/html").get("/faults-test/constraint").then().statusCode(500)
                .body(containsString("错误编号"));
    }
}
