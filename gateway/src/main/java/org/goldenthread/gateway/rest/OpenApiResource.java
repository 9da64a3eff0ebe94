package org.goldenthread.gateway.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.goldenthread.gateway.edge.OpenApiMerger;

/** The whole API in one OpenAPI document (Swagger UI at /q/swagger-ui shows it). */
@Path("/openapi")
@Tag(name = "OpenAPI", description = "The API description")
@SecurityRequirements
@PermitAll
public class OpenApiResource {
    @Inject
    OpenApiMerger merger;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The OpenAPI document of the whole API",
            description = "The gateway's own endpoints and every service's, as callers reach them through the gateway.")
    @APIResponse(responseCode = "200", description = "OpenAPI 3 document")
    public String document() {
        return merger.document();
    }
}
