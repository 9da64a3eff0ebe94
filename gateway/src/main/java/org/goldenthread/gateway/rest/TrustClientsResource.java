package org.goldenthread.gateway.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.goldenthread.gateway.identity.Caller;
import org.goldenthread.gateway.rest.ClientViews.ClientCredentialsView;
import org.goldenthread.gateway.rest.ClientViews.ClientRequest;
import org.goldenthread.gateway.service.ClientService;
import org.goldenthread.platform.idempotency.IdempotencyKeys;
import org.goldenthread.platform.problem.Problem;
import org.goldenthread.platform.problem.ProblemTypes;
import org.goldenthread.platform.tenancy.Roles;

import java.util.UUID;

/** Registering API clients of a given trust (the platform administrator's way in). */
@Path("/api/v1/trusts/{trustId}/clients")
@Tag(name = "API clients")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Caller.PLATFORM_ADMIN, Roles.TRUST_LEADER})
public class TrustClientsResource {
    @Inject
    ClientService clients;
    @Inject
    CurrentCaller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register an API client of a trust", description = "The trust's leaders or the platform administrator. "
            + "The secret is in this answer only.")
    @APIResponse(responseCode = "201", description = "Registered; the secret is shown once", content = @Content(schema = @Schema(implementation = ClientCredentialsView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or wrong, or Idempotency-Key was sent", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not one of the trust's leaders", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such trust, or not yours", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response registerForTrust(@Parameter(description = "The trust's id") @PathParam("trustId") UUID trustId,
                                     @Valid @NotNull ClientRequest request,
                                     @Parameter(description = "Not accepted here: the answer carries a secret that is never stored")
                                     @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
                                     @Context UriInfo uri) {
        return ClientResource.register(clients, caller.get(), trustId, request, idempotencyKey, uri);
    }
}
