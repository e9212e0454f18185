package cn.gov.yongzhou.qingfeng.intake;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The OpenAPI document tells a calling system (12345, a registration desk) what the report API really does. */
@QuarkusTest
class ReportApiDocumentTest {

    static JsonPath document() {
        String json = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString();
        try {
            java.nio.file.Files.createDirectories(java.nio.file.Paths.get("target", "openapi"));
            java.nio.file.Files.writeString(java.nio.file.Paths.get("target", "openapi", "live.json"), json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new JsonPath(json);
    }

    static Map<String, Object> schema(JsonPath doc, Map<String, Object> ref) {
        String name = ((String) ref.get("$ref")).replace("#/components/schemas/", "");
        Map<String, Object> schema = doc.getMap("components.schemas." + name);
        assertNotNull(schema, "component " + name);
        return schema;
    }

    @Test
    void shouldDocumentEveryStatusTheReportApiAnswers() {
        JsonPath doc = document();
        Map<String, Object> responses = doc.getMap("paths.'/api/v1/reports'.post.responses");
        assertTrue(responses.keySet().containsAll(Set.of("201", "400", "401", "403", "409", "413", "422", "429", "503")),
                responses.keySet().toString());
        assertTrue(!responses.containsKey("200"), "creating answers 201, not 200");
        Map<String, Object> status = doc.getMap("paths.'/api/v1/reports/{receipt}'.get.responses");
        assertTrue(status.keySet().containsAll(Set.of("200", "404", "429")), status.keySet().toString());
    }

    @Test
    void shouldDescribeTheRequestFieldsAndTheAnswersShapes() {
        JsonPath doc = document();
        Map<String, Object> body = doc.getMap(
                "paths.'/api/v1/reports'.post.requestBody.content.'multipart/form-data'.schema");
        Map<String, Object> request = schema(doc, body);
        @SuppressWarnings("unchecked")
        Map<String, Object> properties = (Map<String, Object>) request.get("properties");
        assertTrue(properties.keySet().containsAll(Set.of("category", "subcategory", "unit", "occurredDate", "place",
                "narrative", "identity", "reporterKind", "agentName", "idType", "idNumber", "phone", "behalfName",
                "behalfRelation", "applicationNo", "directlyServed", "contactPreference", "declaration", "consent",
                "channel", "evidence")), properties.keySet().toString());
        assertTrue(((List<?>) request.get("required")).containsAll(List.of("category", "narrative", "consent")));
        @SuppressWarnings("unchecked")
        List<String> idTypes = (List<String>) ((Map<String, Object>) properties.get("idType")).get("enum");
        assertEquals(List.of("RESIDENT_ID", "HK_MACAO_PERMIT", "TAIWAN_PERMIT", "FOREIGN_PERMANENT_RESIDENT",
                "PASSPORT"), idTypes);

        Map<String, Object> created = schema(doc, doc.getMap(
                "paths.'/api/v1/reports'.post.responses.'201'.content.'application/json'.schema"));
        assertTrue(((Map<?, ?>) created.get("properties")).keySet().containsAll(Set.of("receipt", "password", "track")));
        Map<String, Object> errors = schema(doc, doc.getMap(
                "paths.'/api/v1/reports'.post.responses.'400'.content.'application/json'.schema"));
        assertTrue(((Map<?, ?>) errors.get("properties")).containsKey("errors"));
        Map<String, Object> item = schema(doc, doc.getMap("components.schemas.Errors.properties.errors.items"));
        assertEquals(Set.of("field", "code", "message", "messageEn"), ((Map<?, ?>) item.get("properties")).keySet(),
                "the field-error shape");
    }

    @Test
    void shouldGiveExamplesTheIdempotencyRulesAndTheSecurity() {
        JsonPath doc = document();
        String created = doc.getString(
                "paths.'/api/v1/reports'.post.responses.'201'.content.'application/json'.examples.registered.value.receipt");
        assertNotNull(created, "an example of the 201 answer");
        assertNotNull(doc.getString("paths.'/api/v1/reports'.post.responses.'400'.content.'application/json'"
                + ".examples.invalid.value.errors[0].messageEn"), "an example of the field errors");
        String description = doc.getString("paths.'/api/v1/reports'.post.description");
        assertTrue(description.contains("Idempotent-Replayed: true") && description.contains("422")
                && description.contains("scoped to the calling client"), description);
        List<Map<String, Object>> parameters = doc.getList("paths.'/api/v1/reports'.post.parameters");
        assertTrue(parameters.stream().anyMatch(p -> "Idempotency-Key".equals(p.get("name"))
                && "header".equals(p.get("in"))), parameters.toString());
        assertNotNull(doc.getMap("paths.'/api/v1/reports'.post.responses.'201'.headers.Idempotent-Replayed"));
        assertNotNull(doc.getMap("paths.'/api/v1/reports'.post.responses.'429'.headers.Retry-After"));
        assertEquals("bearer", doc.getString("components.securitySchemes.bearer.scheme"));
        assertTrue(doc.getList("paths.'/api/v1/reports'.post.security.bearer").isEmpty()
                || doc.getList("paths.'/api/v1/reports'.post.security") != null);
    }
}
