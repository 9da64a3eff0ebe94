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
import org.goldenthread.gateway.domain.UserAccount;
import org.goldenthread.gateway.identity.Caller;
import org.goldenthread.gateway.rest.UserViews.NewUserRequest;
import org.goldenthread.gateway.rest.UserViews.UserUpdateRequest;
import org.goldenthread.gateway.rest.UserViews.UserView;
import org.goldenthread.gateway.service.UserService;
import org.goldenthread.platform.http.ETags;
import org.goldenthread.platform.idempotency.IdempotencyKeys;
import org.goldenthread.platform.paging.Page;
import org.goldenthread.platform.paging.PageRequest;
import org.goldenthread.platform.problem.Problem;
import org.goldenthread.platform.problem.ProblemTypes;
import org.goldenthread.platform.tenancy.Roles;

import java.util.UUID;

/** The built-in issuer's users of a trust, managed by the trust's leaders. */
@Path("/api/v1/trusts/{trustId}/users")
@Tag(name = "Users", description = "People who sign in with the built-in issuer (the embedded default and demos)")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Caller.PLATFORM_ADMIN, Roles.TRUST_LEADER})
public class UserResource {
    @Inject
    UserService users;
    @Inject
    CurrentCaller caller;
    @Inject
    IdempotencyKeys idempotency;

    /** The request without its password, which is never fingerprinted or stored. */
    private record NewUserFingerprint(String username, String displayName, Object roles, Object schoolIds) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a user", description = "The trust's leaders or the platform administrator. The password is "
            + "stored as a bcrypt hash. Roles other than TRUST_LEADER need at least one of the trust's schools. Honours `Idempotency-Key`.")
    @APIResponse(responseCode = "201", description = "Added; Location and ETag name it", content = @Content(schema = @Schema(implementation = UserView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or wrong (e.g. a school of another trust)", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not one of the trust's leaders", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such trust, or not yours", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The username is taken", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused for another request", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@Parameter(description = "The trust's id") @PathParam("trustId") UUID trustId,
                           @Valid @NotNull NewUserRequest request,
                           @Parameter(description = "Makes a retried request safe: the first answer is given again")
                           @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
                           @Context UriInfo uri) {
        Caller who = caller.get();
        Fingerprint fingerprint = new Fingerprint("POST /api/v1/trusts/" + trustId + "/users", new NewUserFingerprint(
                request.username(), request.displayName(),
                request.roles().stream().map(Enum::name).sorted().toList(),
                request.schoolIds() == null ? null : request.schoolIds().stream().map(UUID::toString).sorted().toList()));
        return idempotency.run(who.principalId(), idempotencyKey, fingerprint, () -> {
            UserAccount user = users.create(who, trustId, request);
            return Response.created(uri.getAbsolutePathBuilder().path(user.id.toString()).build())
                    .header(HttpHeaders.ETAG, ETags.of(user.version))
                    .entity(UserView.of(user)).build();
        });
    }

    @GET
    @Operation(summary = "List a trust's users")
    @APIResponse(responseCode = "200", description = "A page of users")
    @APIResponse(responseCode = "400", description = "Bad limit or cursor", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not one of the trust's leaders", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such trust, or not yours", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<UserView> list(@Parameter(description = "The trust's id") @PathParam("trustId") UUID trustId,
                               @Parameter(description = "Page size, 1 to 500", example = "50") @QueryParam("limit") Integer limit,
                               @Parameter(description = "Cursor from the previous page's next link") @QueryParam("after") String after,
                               @Context UriInfo uri) {
        PageRequest page = PageRequest.of(limit, after);
        return Page.of(users.list(caller.get(), trustId, page), page, u -> u.id.toString(), UserView::of, uri);
    }

    @GET
    @Path("/{userId}")
    @Operation(summary = "Get a user")
    @APIResponse(responseCode = "200", description = "The user, with its ETag", content = @Content(schema = @Schema(implementation = UserView.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not one of the trust's leaders", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such user in a trust of yours", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@Parameter(description = "The trust's id") @PathParam("trustId") UUID trustId,
                        @Parameter(description = "The user's id") @PathParam("userId") UUID userId) {
        UserAccount user = users.get(caller.get(), trustId, userId);
        return Response.ok(UserView.of(user)).header(HttpHeaders.ETAG, ETags.of(user.version)).build();
    }

    @PUT
    @Path("/{userId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a user", description = "Roles, schools, name, enabled, and optionally a new password. "
            + "Applies to the user's next request. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(schema = @Schema(implementation = UserView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or wrong", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not one of the trust's leaders", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such user in a trust of yours", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Changed since you read it", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response update(@Parameter(description = "The trust's id") @PathParam("trustId") UUID trustId,
                           @Parameter(description = "The user's id") @PathParam("userId") UUID userId,
                           @Parameter(description = "The ETag you last read", example = "\"0\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull UserUpdateRequest request) {
        UserAccount user = users.update(caller.get(), trustId, userId, ifMatch, request);
        return Response.ok(UserView.of(user)).header(HttpHeaders.ETAG, ETags.of(user.version)).build();
    }
}
