package org.goldenthread.plans;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

/** The OpenAPI document describes every endpoint: a summary, a tag, the success response and the problem responses. */
@QuarkusTest
@WithTestResource(value = DevstackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "plans"))
class OpenApiTest {

    @Test
    void everyOperationIsDescribedWithItsProblems() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(RestAssured.get("/q/openapi?format=json").then().statusCode(200).extract().asString());
        List<String> faults = new ArrayList<>();
        int operations = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : Set.of("get", "put", "post", "delete")) {
                JsonNode op = path.getValue().path(method);
                if (op.isMissingNode()) {
                    continue;
                }
                operations++;
                String where = method.toUpperCase() + " " + path.getKey();
                JsonNode responses = op.path("responses");
                boolean success = false;
                boolean problem = false;
                for (Iterator<String> codes = responses.fieldNames(); codes.hasNext(); ) {
                    String code = codes.next();
                    success |= code.startsWith("2");
                    if (code.startsWith("4")) {
                        problem = true;
                        if (responses.path(code).path("content").path("application/problem+json").isMissingNode()) {
                            faults.add(where + " " + code + " is not problem+json");
                        }
                    }
                }
                if (!success || !problem || op.path("summary").asText().isBlank() || op.path("tags").isEmpty()) {
                    faults.add(where + " lacks a summary, a tag, a success or a problem response");
                }
                for (JsonNode parameter : op.path("parameters")) {
                    if (parameter.path("description").asText().isBlank()) {
                        faults.add(where + " parameter " + parameter.path("name").asText() + " has no description");
                    }
                }
            }
        }
        assertEquals(49, operations);
        assertTrue(faults.isEmpty(), () -> String.join("\n", faults));
        JsonNode measure = doc.path("components").path("schemas").path("Measure");
        assertEquals("TRACKING", measure.path("examples").path(0).path("type").asText(), "the Measure schema has an example");
        assertEquals("2026-27", doc.path("components").path("schemas").path("PlanRequest").path("properties")
                .path("academicYear").path("examples").path(0).asText());
    }
}
