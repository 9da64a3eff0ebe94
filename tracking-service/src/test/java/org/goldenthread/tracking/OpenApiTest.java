package org.goldenthread.tracking;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import org.goldenthread.devstack.DevstackResource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@WithTestResource(value = DevstackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "tracking"))
class OpenApiTest {

    @Test
    void everyOperationIsDescribedWithItsProblemResponses() {
        JsonPath doc = RestAssured.given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        for (String path : List.of("/api/v1/imports", "/api/v1/imports/{importId}", "/api/v1/schools/{schoolId}/pupils",
                "/api/v1/pupils/{pupilId}/assessments/{academicYear}/{term}/{subject}/{source}",
                "/api/v1/schools/{schoolId}/termly-results/{academicYear}/{term}/publish",
                "/api/v1/trusts/{trustId}/termly-results/{academicYear}/{term}", "/api/v1/tracking/events",
                "/api/v1/schools/{schoolId}/pupils/needing-attention")) {
            assertTrue(paths.containsKey(path), "missing " + path);
        }
        for (Map.Entry<String, Map<String, Map<String, Object>>> path : paths.entrySet()) {
            for (Map.Entry<String, Map<String, Object>> op : path.getValue().entrySet()) {
                if (op.getKey().equals("parameters")) {
                    continue;
                }
                String name = op.getKey().toUpperCase() + " " + path.getKey();
                assertTrue(op.getValue().get("summary") != null, name + " has no summary");
                assertTrue(op.getValue().get("tags") != null, name + " has no tag");
                @SuppressWarnings("unchecked") Map<String, Object> responses = (Map<String, Object>) op.getValue().get("responses");
                assertTrue(responses.keySet().stream().anyMatch(s -> s.startsWith("2")), name + " has no success response");
                assertTrue(responses.containsKey("401") && responses.containsKey("403"), name + " lacks its problem responses");
            }
        }
        String importDescription = doc.getString("paths.'/api/v1/imports'.post.description");
        assertTrue(importDescription.contains("Pupil columns") && importDescription.contains("Assessment columns"),
                "the CSV layout is documented");
        assertTrue(doc.getMap("paths.'/api/v1/imports'.post.requestBody.content").containsKey("text/csv"));
    }

    @Test
    void healthChecksAnswer() {
        RestAssured.given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        RestAssured.given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }
}
