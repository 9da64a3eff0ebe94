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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.goldenthread.gateway.domain.School;
import org.goldenthread.gateway.identity.Caller;
import org.goldenthread.gateway.rest.SchoolViews.SchoolRequest;
import org.goldenthread.gateway.rest.SchoolViews.SchoolView;
import org.goldenthread.gateway.service.SchoolService;
import org.goldenthread.platform.http.ETags;
import org.goldenthread.platform.idempotency.IdempotencyKeys;
import org.goldenthread.platform.problem.Problem;
import org.goldenthread.platform.problem.ProblemTypes;
import org.goldenthread.platform.tenancy.Roles;

import java.util.UUID;

/** Adding schools to a trust (the registry's schools are read and changed at /api/v1/schools). */
@Path("/api/v1/trusts/{trustId}/schools")
@Tag(name = "Schools")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Caller.PLATFORM_ADMIN, Roles.TRUST_LEADER})
public class TrustSchoolsResource {
    @Inject
    SchoolService schools;
    @Inject
    CurrentCaller caller;
    @Inject
    IdempotencyKeys idempotency;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.PLATFORM_ADMIN, Roles.TRUST_LEADER})
    @Operation(summary = "Add a school to a trust",
            description = "The trust's leaders or the platform administrator. A URN can belong to one school only. Honours `Idempotency-Key`.")
    @APIResponse(responseCode = "201", description = "Added; Location and ETag name it", content = @Content(schema = @Schema(implementation = SchoolView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or wrong", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not one of the trust's leaders", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such trust, or not yours", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The URN is already registered", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused for another request", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@Parameter(description = "The trust's id") @PathParam("trustId") UUID trustId,
                           @Valid @NotNull SchoolRequest request,
                           @Parameter(description = "Makes a retried request safe: the first answer is given again")
                           @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
                           @Context UriInfo uri) {
        Caller who = caller.get();
        return idempotency.run(who.principalId(), idempotencyKey, new Fingerprint("POST /api/v1/trusts/" + trustId + "/schools", request), () -> {
            School school = schools.create(who, trustId, request);
            return Response.created(uri.getBaseUriBuilder().path("api/v1/schools").path(school.id.toString()).build())
                    .header(HttpHeaders.ETAG, ETags.of(school.version))
                    .entity(SchoolView.of(school)).build();
        });
    }
}
