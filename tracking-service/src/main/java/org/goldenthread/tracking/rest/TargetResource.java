package org.goldenthread.tracking.rest;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.goldenthread.platform.http.ETags;
import org.goldenthread.platform.paging.Page;
import org.goldenthread.platform.paging.PageRequest;
import org.goldenthread.platform.problem.Problem;
import org.goldenthread.platform.tenancy.Roles;
import org.goldenthread.platform.tenancy.Tenant;
import org.goldenthread.tracking.domain.Target;
import org.goldenthread.tracking.service.TargetService;

import java.net.URI;
import java.util.List;
import java.util.UUID;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Targets", description = "End-of-year targets per pupil, subject and year: what on track is measured against")
public class TargetResource {
    @Inject
    Tenant tenant;
    @Inject
    TargetService targets;
    @Context
    UriInfo uri;

    @PUT
    @Path("pupils/{pupilId}/targets/{academicYear}/{subject}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SCHOOL_LEADER, Roles.SUBJECT_LEADER, Roles.TEACHER, Roles.MIS_INTEGRATION})
    @Operation(summary = "Set a pupil's end-of-year target", description = "Creates the target, or changes it (If-Match needed).")
    @APIResponse(responseCode = "201", description = "Set for the first time", content = @Content(schema = @Schema(implementation = TargetView.class)))
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(schema = @Schema(implementation = TargetView.class)))
    @APIResponse(responseCode = "400", description = Docs.BAD_REQUEST, content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = Docs.UNAUTHORIZED, content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = Docs.FORBIDDEN, content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = Docs.NOT_FOUND, content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = Docs.PRECONDITION_FAILED, content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = Docs.PRECONDITION_REQUIRED, content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response set(@Parameter(description = "The pupil's id") @PathParam("pupilId") UUID pupilId,
                        @Parameter(description = "Academic year", example = "2026-27") @PathParam("academicYear") String academicYear,
                        @Parameter(description = "Subject", example = "MATHS") @PathParam("subject") String subject,
                        @Parameter(description = "The ETag last read (when changing)") @HeaderParam("If-Match") String ifMatch,
                        @Valid @NotNull TargetRequest request) {
        TargetService.Set set = targets.set(tenant, pupilId, academicYear, Params.subject(subject, true), request, ifMatch);
        Target t = set.target();
        Response.ResponseBuilder r = set.created()
                ? Response.created(URI.create("/api/v1/pupils/" + t.pupilId + "/targets/" + t.academicYear + "/" + t.subject))
                : Response.ok();
        return r.header("ETag", ETags.of(t.version)).entity(TargetView.of(t)).build();
    }

    @GET
    @Path("pupils/{pupilId}/targets")
    @RolesAllowed({Roles.SCHOOL_LEADER, Roles.SUBJECT_LEADER, Roles.TEACHER, Roles.MIS_INTEGRATION})
    @Operation(summary = "A pupil's targets")
    @APIResponse(responseCode = "200", description = "The targets", content = @Content(schema = @Schema(implementation = TargetView[].class)))
    @APIResponse(responseCode = "401", description = Docs.UNAUTHORIZED, content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = Docs.FORBIDDEN, content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = Docs.NOT_FOUND, content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public List<TargetView> forPupil(@Parameter(description = "The pupil's id") @PathParam("pupilId") UUID pupilId) {
        return targets.forPupil(tenant, pupilId).stream().map(TargetView::of).toList();
    }

    @GET
    @Path("schools/{schoolId}/targets")
    @RolesAllowed({Roles.SCHOOL_LEADER, Roles.SUBJECT_LEADER, Roles.TEACHER, Roles.MIS_INTEGRATION})
    @Operation(summary = "A school's targets", description = "Filtered by academic year and subject, in pages.")
    @APIResponse(responseCode = "200", description = "A page of targets", content = @Content(schema = @Schema(implementation = TargetPage.class)))
    @APIResponse(responseCode = "400", description = Docs.BAD_REQUEST, content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = Docs.UNAUTHORIZED, content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = Docs.FORBIDDEN, content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = Docs.NOT_FOUND, content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Page<TargetView> forSchool(@Parameter(description = "The school's id") @PathParam("schoolId") UUID schoolId,
                                      @Parameter(description = "Academic year", example = "2026-27") @QueryParam("academicYear") String academicYear,
                                      @Parameter(description = "Subject", example = "MATHS") @QueryParam("subject") String subject,
                                      @Parameter(description = "Page size, 1–500 (default 50)") @QueryParam("limit") Integer limit,
                                      @Parameter(description = "Cursor from the previous page's next link") @QueryParam("after") String after) {
        PageRequest page = PageRequest.of(limit, after);
        return Page.of(targets.forSchool(tenant, schoolId, academicYear, Params.subject(subject, false), page), page,
                t -> t.id.toString(), TargetView::of, uri);
    }

    @Schema(name = "TargetPage")
    public record TargetPage(List<TargetView> items, String next) {
    }
}
