package org.goldenthread.gateway.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.goldenthread.gateway.domain.ApiClient;
import org.goldenthread.gateway.identity.Caller;
import org.goldenthread.gateway.rest.ClientViews.ClientCredentialsView;
import org.goldenthread.gateway.rest.ClientViews.ClientRequest;
import org.goldenthread.gateway.rest.ClientViews.ClientView;
import org.goldenthread.gateway.service.ClientService;
import org.goldenthread.platform.http.ETags;
import org.goldenthread.platform.idempotency.IdempotencyKeys;
import org.goldenthread.platform.paging.Page;
import org.goldenthread.platform.paging.PageRequest;
import org.goldenthread.platform.problem.Problem;
import org.goldenthread.platform.problem.ProblemException;
import org.goldenthread.platform.problem.ProblemTypes;
import org.goldenthread.platform.tenancy.Roles;

import java.net.URI;
import java.util.UUID;

/**
 * API clients (MIS integrations, trust analytics), managed by the trust's leaders. Registration
 * and secret rotation show the secret once; Idempotency-Key is refused there because replaying
 * the answer would mean storing the secret.
 */
@Path("/api/v1/clients")
@Tag(name = "API clients", description = "Machine callers of a trust: MIS integrations and trust analytics (OAuth 2.0 client credentials)")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Caller.PLATFORM_ADMIN, Roles.TRUST_LEADER})
public class ClientResource {
    @Inject
    ClientService clients;
    @Inject
    CurrentCaller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register an API client of your trust",
            description = "A trust leader registers a client for their own trust (the platform administrator uses "
                    + "`POST /api/v1/trusts/{trustId}/clients`). The secret is in this answer only.")
    @APIResponse(responseCode = "201", description = "Registered; the secret is shown once", content = @Content(schema = @Schema(implementation = ClientCredentialsView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or wrong, or Idempotency-Key was sent", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a trust leader", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response registerForOwnTrust(@Valid @NotNull ClientRequest request,
                                        @Parameter(description = "Not accepted here: the answer carries a secret that is never stored")
                                        @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
                                        @Context UriInfo uri) {
        Caller who = caller.get();
        if (who.platformAdmin()) {
            throw ProblemException.invalidField("trustId",
                    "is needed from the platform administrator: use POST /api/v1/trusts/{trustId}/clients");
        }
        return register(clients, who, who.trustId(), request, idempotencyKey, uri);
    }

    static Response register(ClientService clients, Caller who, UUID trustId, ClientRequest request, String idempotencyKey,
                             UriInfo uri) {
        refuseIdempotencyKey(idempotencyKey);
        ClientService.WithSecret made = clients.register(who, trustId, request);
        URI location = uri.getBaseUriBuilder().path("api/v1/clients").path(made.client().id.toString()).build();
        return Response.created(location)
                .header(HttpHeaders.ETAG, ETags.of(made.client().version))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .entity(credentials(made)).build();
    }

    @GET
    @Operation(summary = "List API clients", description = "Your trust's clients; every trust's for the platform administrator (filter with trustId).")
    @APIResponse(responseCode = "200", description = "A page of clients (no secrets)")
    @APIResponse(responseCode = "400", description = "Bad limit or cursor", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a trust leader", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<ClientView> list(@Parameter(description = "Only this trust's clients") @QueryParam("trustId") UUID trustId,
                                 @Parameter(description = "Page size, 1 to 500", example = "50") @QueryParam("limit") Integer limit,
                                 @Parameter(description = "Cursor from the previous page's next link") @QueryParam("after") String after,
                                 @Context UriInfo uri) {
        PageRequest page = PageRequest.of(limit, after);
        return Page.of(clients.list(caller.get(), trustId, page), page, c -> c.id.toString(), ClientView::of, uri);
    }

    @GET
    @Path("/{clientId}")
    @Operation(summary = "Get an API client")
    @APIResponse(responseCode = "200", description = "The client (no secret), with its ETag", content = @Content(schema = @Schema(implementation = ClientView.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a trust leader", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such client in your trust", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@Parameter(description = "The client's id (its client_id)") @PathParam("clientId") UUID clientId) {
        ApiClient client = clients.get(caller.get(), clientId);
        return Response.ok(ClientView.of(client)).header(HttpHeaders.ETAG, ETags.of(client.version)).build();
    }

    @PUT
    @Path("/{clientId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change an API client", description = "Name, roles, schools and rate limit; applies to its next request. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(schema = @Schema(implementation = ClientView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or wrong", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a trust leader", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such client in your trust", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The client is revoked", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Changed since you read it", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response update(@Parameter(description = "The client's id") @PathParam("clientId") UUID clientId,
                           @Parameter(description = "The ETag you last read", example = "\"0\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull ClientRequest request) {
        ApiClient client = clients.update(caller.get(), clientId, ifMatch, request);
        return Response.ok(ClientView.of(client)).header(HttpHeaders.ETAG, ETags.of(client.version)).build();
    }

    @POST
    @Path("/{clientId}/secret")
    @Operation(summary = "Rotate an API client's secret", description = "A new secret, shown once; the old one stops working at once. "
            + "Tokens already issued run out within their 15 minutes; revoke the client to stop them at once.")
    @APIResponse(responseCode = "200", description = "The new secret", content = @Content(schema = @Schema(implementation = ClientCredentialsView.class)))
    @APIResponse(responseCode = "400", description = "Idempotency-Key was sent", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a trust leader", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such client in your trust", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The client is revoked", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response rotateSecret(@Parameter(description = "The client's id") @PathParam("clientId") UUID clientId,
                                 @Parameter(description = "Not accepted here: the answer carries a secret that is never stored")
                                 @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey) {
        refuseIdempotencyKey(idempotencyKey);
        ClientService.WithSecret rotated = clients.rotateSecret(caller.get(), clientId);
        return Response.ok(credentials(rotated))
                .header(HttpHeaders.ETAG, ETags.of(rotated.client().version))
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    @POST
    @Path("/{clientId}/revoke")
    @Operation(summary = "Revoke an API client", description = "For good: its next request is refused, whatever tokens it holds. "
            + "Revoking again changes nothing.")
    @APIResponse(responseCode = "200", description = "Revoked", content = @Content(schema = @Schema(implementation = ClientView.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a trust leader", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such client in your trust", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response revoke(@Parameter(description = "The client's id") @PathParam("clientId") UUID clientId) {
        ApiClient client = clients.revoke(caller.get(), clientId);
        return Response.ok(ClientView.of(client)).header(HttpHeaders.ETAG, ETags.of(client.version)).build();
    }

    @DELETE
    @Path("/{clientId}")
    @Operation(summary = "Revoke an API client (same as POST .../revoke)", description = "The client stays listed as REVOKED for the record.")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a trust leader", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such client in your trust", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response delete(@Parameter(description = "The client's id") @PathParam("clientId") UUID clientId) {
        clients.revoke(caller.get(), clientId);
        return Response.noContent().build();
    }

    private static ClientCredentialsView credentials(ClientService.WithSecret made) {
        return new ClientCredentialsView(made.client().id.toString(), made.secret(), "/oauth/token",
                ClientView.of(made.client()));
    }

    static void refuseIdempotencyKey(String key) {
        if (key != null) {
            throw ProblemException.invalidField(IdempotencyKeys.HEADER, "is not accepted here: the answer carries a "
                    + "secret that is shown once and never stored, so it cannot be replayed; if the answer was lost, rotate the secret");
        }
    }
}
