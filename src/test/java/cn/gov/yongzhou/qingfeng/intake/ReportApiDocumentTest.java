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

    /** The part of the document a report client is generated from (pom.xml, openapi-generator): the two paths. */
    static final java.nio.file.Path SNAPSHOT = java.nio.file.Paths.get("src", "test", "openapi", "report-api.json");

    static final List<String> PATHS = List.of("/api/v1/reports", "/api/v1/reports/{receipt}");

    /** The report API's paths with the schemas they reach and the security schemes, from the whole document. */
    static com.fasterxml.jackson.databind.node.ObjectNode reportApiPart(String json) throws java.io.IOException {
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.JsonNode root = mapper.readTree(json);
        com.fasterxml.jackson.databind.node.ObjectNode part = mapper.createObjectNode();
        part.set("openapi", root.get("openapi"));
        part.set("info", root.get("info"));
        com.fasterxml.jackson.databind.node.ObjectNode paths = part.putObject("paths");
        java.util.Deque<com.fasterxml.jackson.databind.JsonNode> todo = new java.util.ArrayDeque<>();
        for (String path : PATHS) {
            paths.set(path, root.get("paths").get(path));
            todo.add(root.get("paths").get(path));
        }
        java.util.TreeMap<String, com.fasterxml.jackson.databind.JsonNode> schemas = new java.util.TreeMap<>();
        while (!todo.isEmpty()) {
            com.fasterxml.jackson.databind.JsonNode node = todo.pop();
            if (node.isObject() && node.has("$ref") && node.get("$ref").asText().startsWith("#/components/schemas/")) {
                String name = node.get("$ref").asText().substring("#/components/schemas/".length());
                if (!schemas.containsKey(name)) {
                    schemas.put(name, root.get("components").get("schemas").get(name));
                    todo.add(schemas.get(name));
                }
            }
            node.forEach(todo::add);
        }
        com.fasterxml.jackson.databind.node.ObjectNode components = part.putObject("components");
        com.fasterxml.jackson.databind.node.ObjectNode schemaNode = components.putObject("schemas");
        schemas.forEach(schemaNode::set);
        // only the schemes these paths name (the OIDC scheme Quarkus adds names the test server's random port)
        com.fasterxml.jackson.databind.node.ObjectNode security = mapper.createObjectNode();
        for (String path : PATHS) {
            root.get("paths").get(path)
                    .forEach(operation -> operation.path("security")
                            .forEach(requirement -> requirement.fieldNames().forEachRemaining(name -> security.set(name,
                                    root.get("components").get("securitySchemes").get(name)))));
        }
        components.set("securitySchemes", security);
        return part;
    }

    @Test
    void shouldKeepTheDocumentTheClientIsGeneratedFrom() throws Exception {
        String json = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString();
        com.fasterxml.jackson.databind.node.ObjectNode live = reportApiPart(json);
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        if (!java.nio.file.Files.exists(SNAPSHOT) || !mapper.readTree(SNAPSHOT.toFile()).equals(live)) {
            java.nio.file.Path fresh = java.nio.file.Paths.get("target", "openapi", "report-api.json");
            java.nio.file.Files.createDirectories(fresh.getParent());
            java.nio.file.Files.writeString(fresh, mapper.writerWithDefaultPrettyPrinter().writeValueAsString(live) + "\n");
            org.junit.jupiter.api.Assertions.fail("The report API's OpenAPI document changed: the generated client "
                    + "would not match it. Copy " + fresh + " to " + SNAPSHOT + " (and check GeneratedClientTest).");
        }
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
