package org.goldenthread.gateway;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.goldenthread.devstack.DevstackResource;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One OpenAPI document for the whole API, tolerant of services that are down, shown by Swagger UI. */
@QuarkusTest
@WithTestResource(value = DevstackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "gateway"))
@WithTestResource(value = GatewayTestResource.class, scope = TestResourceScope.GLOBAL)
class OpenApiTest {

    private static JsonPath merged() {
        return given().when().get("/openapi").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void mergedDocumentHasTheGatewaysAndTheServicesPaths() {
        await().atMost(Duration.ofSeconds(20)).until(() -> "included".equals(
                merged().getString("'x-golden-thread-services'.'plans-service'")));
        JsonPath doc = merged();
        Map<String, Object> paths = doc.getMap("paths");
        for (String path : List.of("/oauth/token", "/api/v1/trusts", "/api/v1/trusts/{trustId}", "/api/v1/schools",
                "/api/v1/schools/{schoolId}", "/api/v1/clients", "/api/v1/trusts/{trustId}/users",
                "/api/v1/plans", "/api/v1/plans/{planId}", "/api/v1/milestones/{milestoneId}")) {
            assertTrue(paths.containsKey(path), path + " is missing from " + paths.keySet());
        }
        assertFalse(paths.containsKey("/api/v1/schools/{schoolId}/pupils"),
                "a path the gateway routes to tracking must not come from the plans document");
        assertNotNull(doc.get("components.schemas.PlanView"));
        assertEquals("unavailable", doc.getString("'x-golden-thread-services'.'monitoring-service'"));
        assertTrue(doc.getString("info.description").contains("monitoring-service"));
    }

    @Test
    void everyOperationIsSecuredByTheGatewaysSchemes() {
        JsonPath doc = merged();
        Map<String, Object> schemes = doc.getMap("components.securitySchemes");
        assertEquals(Map.of("bearer", true, "oauth2", true),
                Map.of("bearer", schemes.containsKey("bearer"), "oauth2", schemes.containsKey("oauth2")));
        assertFalse(schemes.containsKey("internalToken"), "the services' internal scheme is not for callers");
        assertEquals("/oauth/token", doc.getString("components.securitySchemes.oauth2.flows.clientCredentials.tokenUrl"));
        await().atMost(Duration.ofSeconds(20)).until(() -> merged().get("paths.'/api/v1/plans'.get") != null);
        List<Map<String, Object>> planSecurity = merged().getList("paths.'/api/v1/plans'.get.security");
        assertTrue(planSecurity.stream().anyMatch(s -> s.containsKey("bearer")), planSecurity.toString());
        assertTrue(planSecurity.stream().noneMatch(s -> s.containsKey("internalToken")), planSecurity.toString());
    }

    @Test
    void gatewayOperationsDescribeTheirProblems() {
        JsonPath own = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = own.getMap("paths");
        paths.forEach((path, item) -> item.forEach((method, operation) -> {
            assertNotNull(operation.get("summary"), method + " " + path + " has no summary");
            @SuppressWarnings("unchecked")
            Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
            if (path.startsWith("/api/v1")) {
                assertTrue(responses.containsKey("401"), method + " " + path + " does not describe 401");
                assertTrue(responses.keySet().stream().anyMatch(code -> code.startsWith("2")), method + " " + path);
            }
        }));
        Map<String, Object> urn = own.getMap("components.schemas.SchoolRequest.properties.urn");
        assertTrue(urn.containsKey("example") || urn.containsKey("examples"), "request fields carry examples: " + urn);
    }

    @Test
    void swaggerUiShowsTheMergedDocument() {
        given().when().get("/q/swagger-ui/").then().statusCode(200).body(containsString("/openapi"));
    }
}
