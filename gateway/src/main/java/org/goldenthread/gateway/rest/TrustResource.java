package org.goldenthread.gateway.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import org.goldenthread.gateway.domain.Trust;
import org.goldenthread.gateway.identity.Caller;
import org.goldenthread.gateway.rest.TrustViews.TrustRequest;
import org.goldenthread.gateway.rest.TrustViews.TrustView;
import org.goldenthread.gateway.service.TrustService;
import org.goldenthread.platform.http.ETags;
import org.goldenthread.platform.idempotency.IdempotencyKeys;
import org.goldenthread.platform.paging.Page;
import org.goldenthread.platform.paging.PageRequest;
import org.goldenthread.platform.problem.Problem;
import org.goldenthread.platform.problem.ProblemTypes;
import org.goldenthread.platform.tenancy.Roles;

import java.util.UUID;

/** The organisation registry's trusts. */
@Path("/api/v1/trusts")
@Tag(name = "Trusts", description = "Multi-academy trusts: the tenants of Golden Thread")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Caller.PLATFORM_ADMIN, Roles.TRUST_LEADER, Roles.SCHOOL_LEADER, Roles.SUBJECT_LEADER, Roles.TEACHER,
        Roles.GOVERNOR, Roles.MIS_INTEGRATION, Roles.ANALYTICS})
public class TrustResource {
    @Inject
    TrustService trusts;
    @Inject
    CurrentCaller caller;
    @Inject
    IdempotencyKeys idempotency;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.PLATFORM_ADMIN)
    @Operation(summary = "Register a trust", description = "Platform administrator only. Then add its schools and its first "
            + "trust leader (`POST /api/v1/trusts/{trustId}/schools`, `/users`). Honours `Idempotency-Key`.")
    @APIResponse(responseCode = "201", description = "Registered; Location and ETag headers name it",
            content = @Content(schema = @Schema(implementation = TrustView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or wrong", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not the platform administrator", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused for another request", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Rate limited; see Retry-After", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@Valid @NotNull TrustRequest request,
                           @Parameter(description = "Makes a retried request safe: the first answer is given again")
                           @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
                           @Context UriInfo uri) {
        Caller who = caller.get();
        return idempotency.run(who.principalId(), idempotencyKey, request, () -> {
            Trust trust = trusts.create(who, request);
            return Response.created(uri.getAbsolutePathBuilder().path(trust.id.toString()).build())
                    .header(HttpHeaders.ETAG, ETags.of(trust.version))
                    .entity(TrustView.of(trust)).build();
        });
    }

    @GET
    @Operation(summary = "List trusts", description = "The platform administrator sees every trust; anyone else sees their own.")
    @APIResponse(responseCode = "200", description = "A page of trusts")
    @APIResponse(responseCode = "400", description = "Bad limit or cursor", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The token carries no tenant", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<TrustView> list(@Parameter(description = "Page size, 1 to 500", example = "50") @QueryParam("limit") Integer limit,
                                @Parameter(description = "Cursor from the previous page's next link") @QueryParam("after") String after,
                                @Context UriInfo uri) {
        PageRequest page = PageRequest.of(limit, after);
        return Page.of(trusts.list(caller.get(), page), page, t -> t.id.toString(), TrustView::of, uri);
    }

    @GET
    @Path("/{trustId}")
    @Operation(summary = "Get a trust")
    @APIResponse(responseCode = "200", description = "The trust, with its ETag", content = @Content(schema = @Schema(implementation = TrustView.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such trust, or not yours", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@Parameter(description = "The trust's id") @PathParam("trustId") UUID trustId) {
        Trust trust = trusts.get(caller.get(), trustId);
        return Response.ok(TrustView.of(trust)).header(HttpHeaders.ETAG, ETags.of(trust.version)).build();
    }

    @PUT
    @Path("/{trustId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.PLATFORM_ADMIN, Roles.TRUST_LEADER})
    @Operation(summary = "Change a trust's details", description = "The trust's leaders or the platform administrator. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(schema = @Schema(implementation = TrustView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or wrong", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not one of the trust's leaders", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such trust, or not yours", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Changed since you read it", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response update(@Parameter(description = "The trust's id") @PathParam("trustId") UUID trustId,
                           @Parameter(description = "The ETag you last read", example = "\"0\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull TrustRequest request) {
        Trust trust = trusts.update(caller.get(), trustId, ifMatch, request);
        return Response.ok(TrustView.of(trust)).header(HttpHeaders.ETAG, ETags.of(trust.version)).build();
    }
}
