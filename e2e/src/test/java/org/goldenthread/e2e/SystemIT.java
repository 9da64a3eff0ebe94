package org.goldenthread.e2e;

import org.goldenthread.devstack.GoldenThreadSystem;
import org.goldenthread.e2e.support.Api;
import org.goldenthread.e2e.support.RunningSystem;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The packaged system comes up and every service answers its readiness check through the gateway URL. */
class SystemIT {

    @Test
    void everyServiceIsReadyThroughTheGateway() {
        GoldenThreadSystem system = RunningSystem.get();
        Api.Reply status = new Api(system.gateway()).get("/status", null).expect(200);
        assertEquals("UP", status.json().path("status").asText());
        for (String service : List.of("plans-service", "tracking-service", "monitoring-service")) {
            assertEquals("UP", status.json().path("services").path(service).path("status").asText(), status.body());
        }
    }

    @Test
    void theGatewayServesOneOpenApiDocumentForTheWholeApi() {
        Api.Reply doc = new Api(RunningSystem.get().gateway()).get("/openapi", null).expect(200);
        var paths = doc.json().path("paths");
        for (String path : List.of("/oauth/token", "/api/v1/plans", "/api/v1/imports", "/api/v1/findings",
                "/api/v1/plans/events", "/api/v1/tracking/events", "/api/v1/monitoring/events")) {
            assertTrue(paths.has(path), path + " is missing from the merged OpenAPI");
        }
    }

    @Test
    void aCallerWithoutATokenIsRefusedWithAProblem() {
        Api.Reply reply = new Api(RunningSystem.get().gateway()).get("/api/v1/plans", null);
        assertEquals(401, reply.status());
        assertTrue(reply.header("Content-Type").startsWith("application/problem+json"), reply.headers().toString());
    }
}
