package org.goldenthread.monitoring;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.goldenthread.devstack.DevstackResource;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The OpenAPI document is part of the product: every operation is described, with its problems and examples. */
@QuarkusTest
@WithTestResource(value = DevstackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "monitoring"))
class OpenApiTest {

    private JsonNode document() {
        return Events.read(RestAssured.given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString());
    }

    @Test
    void everyOperationIsTaggedSummarisedAndDescribesItsSuccessAndProblems() {
        JsonNode paths = document().path("paths");
        List<String> problems = new ArrayList<>();
        int operations = 0;
        for (Iterator<Map.Entry<String, JsonNode>> p = paths.fields(); p.hasNext(); ) {
            Map.Entry<String, JsonNode> path = p.next();
            if (!path.getKey().startsWith("/api/v1/")) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> o = path.getValue().fields(); o.hasNext(); ) {
                Map.Entry<String, JsonNode> op = o.next();
                if (!Set.of("get", "post", "put", "delete").contains(op.getKey())) {
                    continue;
                }
                operations++;
                String name = op.getKey().toUpperCase() + " " + path.getKey();
                JsonNode operation = op.getValue();
                if (operation.path("tags").isEmpty()) {
                    problems.add(name + " has no tag");
                }
                if (operation.path("summary").asText().isBlank()) {
                    problems.add(name + " has no summary");
                }
                JsonNode responses = operation.path("responses");
                boolean success = false;
                boolean clientProblem = false;
                for (Iterator<Map.Entry<String, JsonNode>> r = responses.fields(); r.hasNext(); ) {
                    Map.Entry<String, JsonNode> response = r.next();
                    success |= response.getKey().startsWith("2");
                    if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
                        clientProblem |= response.getKey().startsWith("4");
                        if (!response.getValue().path("content").has("application/problem+json")) {
                            problems.add(name + " " + response.getKey() + " is not described as problem+json");
                        }
                    }
                }
                if (!success || !clientProblem) {
                    problems.add(name + " lacks a success or a problem response");
                }
                for (JsonNode parameter : operation.path("parameters")) {
                    if (parameter.path("description").asText().isBlank()) {
                        problems.add(name + " parameter " + parameter.path("name").asText() + " has no description");
                    }
                }
            }
        }
        assertTrue(operations >= 30, "found only " + operations + " operations");
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void requestAndResponseSchemasCarryExamples() {
        JsonNode schemas = document().path("components").path("schemas");
        for (String name : List.of("ActivityRequest", "FindingRequest", "Activity", "Finding", "Evidence", "RatingRequest",
                "SelfEvaluationRequest", "FrameworkRequest")) {
            JsonNode properties = schemas.path(name).path("properties");
            assertTrue(properties.size() > 0, name + " is in the document");
            long withExamples = 0;
            for (JsonNode property : properties) {
                if (property.has("example") || property.has("examples") || property.has("$ref") || property.has("items")) {
                    withExamples++;
                }
            }
            assertTrue(withExamples * 2 >= properties.size(), name + " has examples for few of its properties");
        }
        assertEquals("object", schemas.path("Problem").path("type").asText());
    }

    @Test
    void healthIsReady() {
        RestAssured.get("/q/health/ready").then().statusCode(200);
    }
}
