package org.goldenthread.gateway.rest;

import io.vertx.core.Future;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.goldenthread.gateway.config.GatewayConfig;
import org.goldenthread.gateway.edge.HttpClients;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * Whether the whole system is ready, seen from the one URL clients know: each service's own
 * readiness (database and Kafka), asked through the gateway. Operators and ./run use it.
 */
@Path("/status")
@Tag(name = "Status")
@SecurityRequirements
@PermitAll
public class StatusResource {
    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    @Inject
    HttpClients clients;
    @Inject
    GatewayConfig config;

    /** A service's readiness as this gateway sees it. */
    public record ServiceStatus(String status, String detail) {
    }

    /** The system's readiness: UP only when every service is ready. */
    public record SystemStatus(String status, Map<String, ServiceStatus> services) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Readiness of every service behind the gateway",
            description = "Asks each service's /q/health/ready (its database and Kafka). 200 when all are ready, 503 otherwise.")
    @APIResponse(responseCode = "200", description = "Every service is ready", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "ready", value = """
            {"status":"UP","services":{"plans-service":{"status":"UP"},"tracking-service":{"status":"UP"},"monitoring-service":{"status":"UP"}}}""")))
    @APIResponse(responseCode = "503", description = "At least one service is not ready", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "tracking down", value = """
            {"status":"DOWN","services":{"plans-service":{"status":"UP"},"tracking-service":{"status":"DOWN","detail":"unreachable"},"monitoring-service":{"status":"UP"}}}""")))
    public CompletionStage<Response> status() {
        Map<String, String> upstreams = new LinkedHashMap<>();
        upstreams.put("plans-service", config.upstreams().plans());
        upstreams.put("tracking-service", config.upstreams().tracking());
        upstreams.put("monitoring-service", config.upstreams().monitoring());
        List<String> names = List.copyOf(upstreams.keySet());
        List<Future<ServiceStatus>> checks = names.stream().map(name -> check(upstreams.get(name))).toList();
        return Future.join(checks).transform(ignored -> {
            Map<String, ServiceStatus> services = new LinkedHashMap<>();
            for (int i = 0; i < names.size(); i++) {
                services.put(names.get(i), checks.get(i).result());
            }
            boolean up = services.values().stream().allMatch(s -> s.status().equals("UP"));
            return Future.succeededFuture(Response.status(up ? 200 : 503)
                    .type(MediaType.APPLICATION_JSON)
                    .entity(new SystemStatus(up ? "UP" : "DOWN", services)).build());
        }).toCompletionStage();
    }

    private Future<ServiceStatus> check(String base) {
        return clients.fetch(base.replaceAll("/+$", "") + "/q/health/ready", TIMEOUT)
                .map(body -> new ServiceStatus("UP", null))
                .otherwise(failure -> new ServiceStatus("DOWN", failure.getMessage() == null
                        ? "unreachable" : failure.getMessage().contains("answered") ? "not ready" : "unreachable"));
    }
}
