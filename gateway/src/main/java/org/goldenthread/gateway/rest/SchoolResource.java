package org.goldenthread.gateway.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.goldenthread.gateway.domain.School;
import org.goldenthread.gateway.identity.Caller;
import org.goldenthread.gateway.rest.SchoolViews.SchoolRequest;
import org.goldenthread.gateway.rest.SchoolViews.SchoolView;
import org.goldenthread.gateway.service.SchoolService;
import org.goldenthread.platform.http.ETags;
import org.goldenthread.platform.paging.Page;
import org.goldenthread.platform.paging.PageRequest;
import org.goldenthread.platform.problem.Problem;
import org.goldenthread.platform.problem.ProblemTypes;
import org.goldenthread.platform.tenancy.Roles;

import java.util.UUID;

/** The organisation registry's schools: lookup by URN, and each trust's schools. */
@Path("/api/v1/schools")
@Tag(name = "Schools", description = "The schools of each trust, with their DfE URNs")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Caller.PLATFORM_ADMIN, Roles.TRUST_LEADER, Roles.SCHOOL_LEADER, Roles.SUBJECT_LEADER, Roles.TEACHER,
        Roles.GOVERNOR, Roles.MIS_INTEGRATION, Roles.ANALYTICS})
public class SchoolResource {
    @Inject
    SchoolService schools;
    @Inject
    CurrentCaller caller;

    @GET
    @Operation(summary = "List or look up schools",
            description = "The schools you may see: every school of your trust for TRUST_LEADER and ANALYTICS, your own "
                    + "schools otherwise, every school for the platform administrator. `urn` finds one school by its URN.")
    @APIResponse(responseCode = "200", description = "A page of schools")
    @APIResponse(responseCode = "400", description = "Bad URN, limit or cursor", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The token carries no tenant", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<SchoolView> list(@Parameter(description = "Only the school with this 6-digit URN", example = "139944") @QueryParam("urn") String urn,
                                 @Parameter(description = "Only this trust's schools (useful to the platform administrator)") @QueryParam("trustId") UUID trustId,
                                 @Parameter(description = "Page size, 1 to 500", example = "50") @QueryParam("limit") Integer limit,
                                 @Parameter(description = "Cursor from the previous page's next link") @QueryParam("after") String after,
                                 @Context UriInfo uri) {
        PageRequest page = PageRequest.of(limit, after);
        return Page.of(schools.list(caller.get(), urn, trustId, page), page, s -> s.id.toString(), SchoolView::of, uri);
    }

    @GET
    @Path("/{schoolId}")
    @Operation(summary = "Get a school")
    @APIResponse(responseCode = "200", description = "The school, with its ETag", content = @Content(schema = @Schema(implementation = SchoolView.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such school, or not one of yours", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@Parameter(description = "The school's id") @PathParam("schoolId") UUID schoolId) {
        School school = schools.get(caller.get(), schoolId);
        return Response.ok(SchoolView.of(school)).header(HttpHeaders.ETAG, ETags.of(school.version)).build();
    }

    @PUT
    @Path("/{schoolId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.PLATFORM_ADMIN, Roles.TRUST_LEADER})
    @Operation(summary = "Change a school's details", description = "The trust's leaders or the platform administrator. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(schema = @Schema(implementation = SchoolView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or wrong", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not one of the trust's leaders", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such school, or not one of yours", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The URN belongs to another school", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Changed since you read it", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response update(@Parameter(description = "The school's id") @PathParam("schoolId") UUID schoolId,
                           @Parameter(description = "The ETag you last read", example = "\"0\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull SchoolRequest request) {
        School school = schools.update(caller.get(), schoolId, ifMatch, request);
        return Response.ok(SchoolView.of(school)).header(HttpHeaders.ETAG, ETags.of(school.version)).build();
    }
}
