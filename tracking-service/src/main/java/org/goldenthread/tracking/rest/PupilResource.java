package org.goldenthread.tracking.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
import org.goldenthread.platform.idempotency.IdempotencyKeys;
import org.goldenthread.platform.paging.Page;
import org.goldenthread.platform.paging.PageRequest;
import org.goldenthread.platform.problem.Problem;
import org.goldenthread.platform.tenancy.Roles;
import org.goldenthread.platform.tenancy.Tenant;
import org.goldenthread.tracking.domain.Pupil;
import org.goldenthread.tracking.service.ProgressService;
import org.goldenthread.tracking.service.PupilService;

import java.net.URI;
import java.util.List;
import java.util.UUID;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Pupils", description = "Pupils of a school and their characteristics, progress flags, and the pupils needing attention")
public class PupilResource {
    @Inject
    Tenant tenant;
    @Inject
    PupilService pupils;
    @Inject
    ProgressService progress;
    @Inject
    IdempotencyKeys idempotency;
    @Context
    UriInfo uri;

    @POST
    @Path("schools/{schoolId}/pupils")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SCHOOL_LEADER, Roles.MIS_INTEGRATION})
    @Operation(summary = "Record a pupil", description = "Adds a pupil to the school. The UPN must be valid (check letter) and not yet recorded at the school; MIS systems upsert many pupils at once through /api/v1/imports.")
    @APIResponse(responseCode = "201", description = "Recorded; Location and ETag of the pupil", content = @Content(schema = @Schema(implementation = PupilView.class)))
    @APIResponse(responseCode = "400", description = Docs.BAD_REQUEST, content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = Docs.UNAUTHORIZED, content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = Docs.FORBIDDEN, content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = Docs.NOT_FOUND, content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The school already has a pupil with this UPN", content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = Docs.IDEMPOTENCY, content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response create(@Parameter(description = "The school's id") @PathParam("schoolId") UUID schoolId,
                           @Parameter(description = "Makes a retried POST safe: the same key and body answer the first response again")
                           @HeaderParam(IdempotencyKeys.HEADER) String key,
                           @Valid @NotNull PupilRequest request) {
        return idempotency.run(tenant.trustId() + ":" + tenant.subject(), key, List.of("POST", uri.getPath(), request), () -> {
            Pupil p = pupils.create(tenant, schoolId, request);
            return Response.created(URI.create("/api/v1/pupils/" + p.id)).header("ETag", ETags.of(p.version))
                    .entity(PupilView.of(p)).build();
        });
    }

    @GET
    @Path("schools/{schoolId}/pupils")
    @RolesAllowed({Roles.SCHOOL_LEADER, Roles.SUBJECT_LEADER, Roles.TEACHER, Roles.MIS_INTEGRATION})
    @Operation(summary = "List a school's pupils", description = "Pupils on roll (and leavers when asked), filtered by year group, pupil group and class, in pages.")
    @APIResponse(responseCode = "200", description = "A page of pupils", content = @Content(schema = @Schema(implementation = PupilPage.class)))
    @APIResponse(responseCode = "400", description = Docs.BAD_REQUEST, content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = Docs.UNAUTHORIZED, content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = Docs.FORBIDDEN, content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = Docs.NOT_FOUND, content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Page<PupilView> list(@Parameter(description = "The school's id") @PathParam("schoolId") UUID schoolId,
                                @Parameter(description = "National Curriculum year, 0 = Reception", example = "6") @QueryParam("yearGroup") Integer yearGroup,
                                @Parameter(description = "Only pupils in this group, e.g. DISADVANTAGED, SEN_SUPPORT, PRIOR_LOW", example = "DISADVANTAGED") @QueryParam("pupilGroup") String pupilGroup,
                                @Parameter(description = "Registration class", example = "6B") @QueryParam("class") String className,
                                @Parameter(description = "Include pupils who have left") @QueryParam("includeLeavers") @DefaultValue("false") boolean includeLeavers,
                                @Parameter(description = "Page size, 1–500 (default 50)") @QueryParam("limit") Integer limit,
                                @Parameter(description = "Cursor from the previous page's next link") @QueryParam("after") String after) {
        PageRequest page = PageRequest.of(limit, after);
        List<Pupil> rows = pupils.list(tenant, schoolId, Params.yearGroup(yearGroup), Params.pupilGroup(pupilGroup),
                className, includeLeavers, page);
        return Page.of(rows, page, p -> p.id.toString(), PupilView::of, uri);
    }

    @GET
    @Path("pupils/{pupilId}")
    @RolesAllowed({Roles.SCHOOL_LEADER, Roles.SUBJECT_LEADER, Roles.TEACHER, Roles.MIS_INTEGRATION})
    @Operation(summary = "Read a pupil")
    @APIResponse(responseCode = "200", description = "The pupil, with its ETag", content = @Content(schema = @Schema(implementation = PupilView.class)))
    @APIResponse(responseCode = "401", description = Docs.UNAUTHORIZED, content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = Docs.FORBIDDEN, content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = Docs.NOT_FOUND, content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response get(@Parameter(description = "The pupil's id") @PathParam("pupilId") UUID pupilId) {
        Pupil p = pupils.find(tenant, pupilId);
        return Response.ok(PupilView.of(p)).header("ETag", ETags.of(p.version)).build();
    }

    @PUT
    @Path("pupils/{pupilId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SCHOOL_LEADER, Roles.MIS_INTEGRATION})
    @Operation(summary = "Update a pupil", description = "Replaces the pupil's details (a temporary UPN may be replaced by the permanent one). Set leftOn when they leave: the pupil and their assessments are kept. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Updated, with the new ETag", content = @Content(schema = @Schema(implementation = PupilView.class)))
    @APIResponse(responseCode = "400", description = Docs.BAD_REQUEST, content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = Docs.UNAUTHORIZED, content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = Docs.FORBIDDEN, content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = Docs.NOT_FOUND, content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Another pupil of the school has this UPN", content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = Docs.PRECONDITION_FAILED, content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = Docs.PRECONDITION_REQUIRED, content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response update(@Parameter(description = "The pupil's id") @PathParam("pupilId") UUID pupilId,
                           @Parameter(description = "The ETag last read") @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull PupilRequest request) {
        Pupil p = pupils.update(tenant, pupilId, ifMatch, request);
        return Response.ok(PupilView.of(p)).header("ETag", ETags.of(p.version)).build();
    }

    @GET
    @Path("pupils/{pupilId}/progress")
    @RolesAllowed({Roles.SCHOOL_LEADER, Roles.SUBJECT_LEADER, Roles.TEACHER})
    @Operation(summary = "A pupil's progress flags", description = "Per subject: ON_TRACK, FALLING_BEHIND, STUCK or ACCELERATED as of the term, from the term-by-term record (rules in the README).")
    @APIResponse(responseCode = "200", description = "One entry per subject with results", content = @Content(schema = @Schema(implementation = ProgressView[].class)))
    @APIResponse(responseCode = "400", description = Docs.BAD_REQUEST, content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = Docs.UNAUTHORIZED, content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = Docs.FORBIDDEN, content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = Docs.NOT_FOUND, content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public List<ProgressView> progress(@Parameter(description = "The pupil's id") @PathParam("pupilId") UUID pupilId,
                                       @Parameter(description = "Academic year", example = "2026-27", required = true) @QueryParam("academicYear") String academicYear,
                                       @Parameter(description = "Term to judge at", example = "SPRING", required = true) @QueryParam("term") String term) {
        return progress.forPupil(tenant, pupilId, academicYear, Params.term(term)).stream().map(ProgressView::of).toList();
    }

    @GET
    @Path("schools/{schoolId}/pupils/needing-attention")
    @RolesAllowed({Roles.SCHOOL_LEADER, Roles.SUBJECT_LEADER, Roles.TEACHER})
    @Operation(summary = "Pupils needing attention", description = "The DCSF toolkit's children who are falling behind, slow-moving or stuck: pupils on roll flagged FALLING_BEHIND or STUCK as of the term, for a pupil progress meeting.")
    @APIResponse(responseCode = "200", description = "One entry per pupil and subject", content = @Content(schema = @Schema(implementation = ProgressView[].class)))
    @APIResponse(responseCode = "400", description = Docs.BAD_REQUEST, content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = Docs.UNAUTHORIZED, content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = Docs.FORBIDDEN, content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = Docs.NOT_FOUND, content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public List<ProgressView> needingAttention(@Parameter(description = "The school's id") @PathParam("schoolId") UUID schoolId,
                                               @Parameter(description = "Academic year", example = "2026-27", required = true) @QueryParam("academicYear") String academicYear,
                                               @Parameter(description = "Term to judge at", example = "AUTUMN", required = true) @QueryParam("term") String term,
                                               @Parameter(description = "Current year group", example = "5") @QueryParam("yearGroup") Integer yearGroup,
                                               @Parameter(description = "Subject", example = "MATHS") @QueryParam("subject") String subject,
                                               @Parameter(description = "Pupil group", example = "DISADVANTAGED") @QueryParam("pupilGroup") String pupilGroup) {
        return progress.needingAttention(tenant, schoolId, academicYear, Params.term(term), Params.yearGroup(yearGroup),
                Params.subject(subject, false), Params.pupilGroup(pupilGroup)).stream().map(ProgressView::of).toList();
    }

    /** For OpenAPI: a page of pupils. */
    @Schema(name = "PupilPage")
    public record PupilPage(List<PupilView> items, String next) {
    }
}
