package org.goldenthread.monitoring.rest;

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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.goldenthread.monitoring.service.FrameworkService;
import org.goldenthread.monitoring.service.Inputs;
import org.goldenthread.platform.http.ETags;
import org.goldenthread.platform.idempotency.IdempotencyKeys;
import org.goldenthread.platform.paging.Page;
import org.goldenthread.platform.paging.PageRequest;
import org.goldenthread.platform.tenancy.Tenant;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** The catalogue of self-evaluation frameworks: the built-in 2010 toolkit and a trust's own. */
@Path("/api/v1/frameworks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"TRUST_LEADER", "SCHOOL_LEADER", "SUBJECT_LEADER", "TEACHER", "GOVERNOR"})
@Tag(name = "Self-evaluation frameworks", description = "Reference data for self-evaluation: the primary self-evaluation and improvement "
        + "toolkit (DCSF, 2010) is built in with its six core elements and their quality standards; trusts and schools may add their own.")
public class FrameworkResource {
    @Inject
    Tenant tenant;
    @Inject
    FrameworkService frameworks;
    @Inject
    IdempotencyKeys idempotency;
    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "List frameworks", description = "The built-in toolkit and your trust's frameworks (and those of your schools).")
    @APIResponse(responseCode = "200", description = "A page of frameworks", content = @Content(schema = @Schema(implementation = Pages.FrameworkPage.class)))
    @APIResponse(responseCode = "400", description = "A filter or the cursor is invalid")
    @APIResponse(responseCode = "404", description = "The school is not one of yours")
    public Pages.FrameworkPage list(
            @Parameter(description = "Only frameworks this school can use") @QueryParam("schoolId") String schoolId,
            @Parameter(description = "Page size, 1-500 (default 50)") @QueryParam("limit") Integer limit,
            @Parameter(description = "The cursor from the previous page's next link") @QueryParam("after") String after) {
        PageRequest page = PageRequest.of(limit, after);
        List<FrameworkSummary> rows = frameworks.list(Inputs.uuidParam("schoolId", schoolId), page);
        return Pages.FrameworkPage.of(Page.of(rows, page, f -> f.id().toString(), f -> f, uri));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Get a framework", description = "Its rating scale, core elements with their questions, and quality standards.")
    @APIResponse(responseCode = "200", description = "The framework",
            headers = @Header(name = "ETag", description = "Its version, for If-Match", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = FrameworkView.class)))
    @APIResponse(responseCode = "404", description = "No such framework that you can use")
    public Response get(@Parameter(description = "The framework's id; the built-in toolkit is d0c5f010-2010-4000-8000-000000000001")
                        @PathParam("id") UUID id) {
        FrameworkView f = frameworks.view(id);
        return Response.ok(f).header(HttpHeaders.ETAG, ETags.of(f.version())).build();
    }

    @POST
    @RolesAllowed({"TRUST_LEADER", "SCHOOL_LEADER"})
    @Operation(summary = "Create a custom framework",
            description = "A trust-wide framework (trust leaders), or one school's (its leaders). Rated on the same 1-4 scale. "
                    + "Send Idempotency-Key to make a retry safe.")
    @APIResponse(responseCode = "201", description = "Created", headers = {
            @Header(name = "ETag", description = "Its version", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "Location", description = "The new framework", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = FrameworkView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or invalid")
    @APIResponse(responseCode = "404", description = "The school is not one of yours")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for a different request")
    public Response create(@Valid @NotNull FrameworkRequest request,
                           @Parameter(description = "Makes a retry safe") @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey) {
        return idempotency.run(tenant.trustId() + ":" + tenant.subject(), idempotencyKey, List.of("POST /frameworks", request), () -> {
            FrameworkView f = frameworks.create(request);
            return Response.created(URI.create("/api/v1/frameworks/" + f.id())).header(HttpHeaders.ETAG, ETags.of(f.version()))
                    .entity(f).build();
        });
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({"TRUST_LEADER", "SCHOOL_LEADER"})
    @Operation(summary = "Change a custom framework",
            description = "Replaces it. Once a self-evaluation uses it only the title and description can change. The built-in toolkit cannot change.")
    @APIResponse(responseCode = "200", description = "Changed",
            headers = @Header(name = "ETag", description = "The new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = FrameworkView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or invalid")
    @APIResponse(responseCode = "404", description = "No such framework that you can use")
    @APIResponse(responseCode = "409", description = "It is in use and the change touches its standards")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response update(@Parameter(description = "The framework's id") @PathParam("id") UUID id,
                           @Parameter(description = "The ETag you last read", required = true) @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull FrameworkRequest request) {
        FrameworkView f = frameworks.update(id, ifMatch, request);
        return Response.ok(f).header(HttpHeaders.ETAG, ETags.of(f.version())).build();
    }
}
