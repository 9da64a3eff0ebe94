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
import org.goldenthread.tracking.domain.Assessment;
import org.goldenthread.tracking.service.AssessmentService;

import java.net.URI;
import java.util.List;
import java.util.UUID;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assessments", description = "Teacher assessments and test results per pupil, subject, year and term; every correction kept")
public class AssessmentResource {
    private static final String KEY_PATH = "pupils/{pupilId}/assessments/{academicYear}/{term}/{subject}/{source}";

    @Inject
    Tenant tenant;
    @Inject
    AssessmentService assessments;
    @Context
    UriInfo uri;

    @PUT
    @Path(KEY_PATH)
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SCHOOL_LEADER, Roles.SUBJECT_LEADER, Roles.TEACHER, Roles.MIS_INTEGRATION})
    @Operation(summary = "Record an assessment", description = "Upsert by natural key (pupil, academic year, term, subject, source). A new assessment needs no If-Match; correcting one needs the ETag it was read with, and the value it replaces is kept in its history. Each change writes an assessment-recorded event (pseudonymous pupil id).")
    @APIResponse(responseCode = "201", description = "Recorded for the first time", content = @Content(schema = @Schema(implementation = AssessmentView.class)))
    @APIResponse(responseCode = "200", description = "Corrected (or unchanged: the same value again)", content = @Content(schema = @Schema(implementation = AssessmentView.class)))
    @APIResponse(responseCode = "400", description = Docs.BAD_REQUEST, content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = Docs.UNAUTHORIZED, content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = Docs.FORBIDDEN, content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = Docs.NOT_FOUND, content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = Docs.PRECONDITION_FAILED, content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = Docs.PRECONDITION_REQUIRED, content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response record(@Parameter(description = "The pupil's id") @PathParam("pupilId") UUID pupilId,
                           @Parameter(description = "Academic year", example = "2026-27") @PathParam("academicYear") String academicYear,
                           @Parameter(description = "AUTUMN, SPRING or SUMMER", example = "AUTUMN") @PathParam("term") String term,
                           @Parameter(description = "READING, WRITING, MATHS, GPS or SCIENCE", example = "WRITING") @PathParam("subject") String subject,
                           @Parameter(description = "TEACHER_ASSESSMENT or TEST", example = "TEACHER_ASSESSMENT") @PathParam("source") String source,
                           @Parameter(description = "The ETag last read (when correcting)") @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull AssessmentRequest request) {
        AssessmentService.Recorded r = assessments.record(tenant, pupilId, academicYear, Params.term(term),
                Params.subject(subject, true), Params.source(source), request, ifMatch);
        Assessment a = r.assessment();
        Response.ResponseBuilder response = r.created()
                ? Response.created(URI.create("/api/v1/pupils/" + a.pupilId + "/assessments/" + a.academicYear + "/" + a.term
                + "/" + a.subject + "/" + a.source))
                : Response.ok();
        return response.header("ETag", ETags.of(a.version)).entity(AssessmentView.of(a)).build();
    }

    @GET
    @Path(KEY_PATH)
    @RolesAllowed({Roles.SCHOOL_LEADER, Roles.SUBJECT_LEADER, Roles.TEACHER, Roles.MIS_INTEGRATION})
    @Operation(summary = "Read an assessment")
    @APIResponse(responseCode = "200", description = "The assessment, with its ETag", content = @Content(schema = @Schema(implementation = AssessmentView.class)))
    @APIResponse(responseCode = "400", description = Docs.BAD_REQUEST, content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = Docs.UNAUTHORIZED, content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = Docs.FORBIDDEN, content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = Docs.NOT_FOUND, content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response get(@Parameter(description = "The pupil's id") @PathParam("pupilId") UUID pupilId,
                        @Parameter(description = "Academic year", example = "2026-27") @PathParam("academicYear") String academicYear,
                        @Parameter(description = "Term", example = "AUTUMN") @PathParam("term") String term,
                        @Parameter(description = "Subject", example = "WRITING") @PathParam("subject") String subject,
                        @Parameter(description = "Source", example = "TEACHER_ASSESSMENT") @PathParam("source") String source) {
        Assessment a = assessments.find(tenant, pupilId, academicYear, Params.term(term), Params.subject(subject, true), Params.source(source));
        return Response.ok(AssessmentView.of(a)).header("ETag", ETags.of(a.version)).build();
    }

    @GET
    @Path(KEY_PATH + "/history")
    @RolesAllowed({Roles.SCHOOL_LEADER, Roles.SUBJECT_LEADER, Roles.TEACHER, Roles.MIS_INTEGRATION})
    @Operation(summary = "An assessment's history", description = "Every value the assessment has had, oldest first, ending with the current one.")
    @APIResponse(responseCode = "200", description = "The versions", content = @Content(schema = @Schema(implementation = AssessmentVersion[].class)))
    @APIResponse(responseCode = "400", description = Docs.BAD_REQUEST, content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = Docs.UNAUTHORIZED, content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = Docs.FORBIDDEN, content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = Docs.NOT_FOUND, content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public List<AssessmentVersion> history(@Parameter(description = "The pupil's id") @PathParam("pupilId") UUID pupilId,
                                           @Parameter(description = "Academic year", example = "2026-27") @PathParam("academicYear") String academicYear,
                                           @Parameter(description = "Term", example = "AUTUMN") @PathParam("term") String term,
                                           @Parameter(description = "Subject", example = "WRITING") @PathParam("subject") String subject,
                                           @Parameter(description = "Source", example = "TEACHER_ASSESSMENT") @PathParam("source") String source) {
        Assessment a = assessments.find(tenant, pupilId, academicYear, Params.term(term), Params.subject(subject, true), Params.source(source));
        List<AssessmentVersion> out = new java.util.ArrayList<>(assessments.history(a).stream()
                .map(h -> new AssessmentVersion(h.version(), h.judgement(), h.scaledScore(), h.yearGroup(), h.recordedAt(),
                        h.recordedBy(), h.supersededAt())).toList());
        out.add(new AssessmentVersion(a.version + 1, a.judgement == null ? null : a.judgement.name(), a.scaledScore, a.yearGroup,
                a.recordedAt, a.recordedBy, null));
        return out;
    }

    @GET
    @Path("pupils/{pupilId}/assessments")
    @RolesAllowed({Roles.SCHOOL_LEADER, Roles.SUBJECT_LEADER, Roles.TEACHER, Roles.MIS_INTEGRATION})
    @Operation(summary = "A pupil's assessments", description = "The term-by-term record, optionally of one academic year.")
    @APIResponse(responseCode = "200", description = "The assessments in term order", content = @Content(schema = @Schema(implementation = AssessmentView[].class)))
    @APIResponse(responseCode = "400", description = Docs.BAD_REQUEST, content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = Docs.UNAUTHORIZED, content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = Docs.FORBIDDEN, content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = Docs.NOT_FOUND, content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public List<AssessmentView> forPupil(@Parameter(description = "The pupil's id") @PathParam("pupilId") UUID pupilId,
                                         @Parameter(description = "Only this academic year", example = "2026-27") @QueryParam("academicYear") String academicYear) {
        return assessments.forPupil(tenant, pupilId, academicYear).stream().map(AssessmentView::of).toList();
    }

    @GET
    @Path("schools/{schoolId}/assessments")
    @RolesAllowed({Roles.SCHOOL_LEADER, Roles.SUBJECT_LEADER, Roles.TEACHER, Roles.MIS_INTEGRATION})
    @Operation(summary = "A school's assessments", description = "Filtered by academic year, term, subject and year group, in pages.")
    @APIResponse(responseCode = "200", description = "A page of assessments", content = @Content(schema = @Schema(implementation = AssessmentPage.class)))
    @APIResponse(responseCode = "400", description = Docs.BAD_REQUEST, content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = Docs.UNAUTHORIZED, content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = Docs.FORBIDDEN, content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = Docs.NOT_FOUND, content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Page<AssessmentView> forSchool(@Parameter(description = "The school's id") @PathParam("schoolId") UUID schoolId,
                                          @Parameter(description = "Academic year", example = "2026-27") @QueryParam("academicYear") String academicYear,
                                          @Parameter(description = "Term", example = "AUTUMN") @QueryParam("term") String term,
                                          @Parameter(description = "Subject", example = "READING") @QueryParam("subject") String subject,
                                          @Parameter(description = "Year group when assessed", example = "6") @QueryParam("yearGroup") Integer yearGroup,
                                          @Parameter(description = "Page size, 1–500 (default 50)") @QueryParam("limit") Integer limit,
                                          @Parameter(description = "Cursor from the previous page's next link") @QueryParam("after") String after) {
        PageRequest page = PageRequest.of(limit, after);
        List<Assessment> rows = assessments.forSchool(tenant, schoolId, academicYear,
                term == null ? null : Params.term(term), Params.subject(subject, false), Params.yearGroup(yearGroup), page);
        return Page.of(rows, page, a -> a.id.toString(), AssessmentView::of, uri);
    }

    @Schema(name = "AssessmentVersion", description = "One value an assessment has had.")
    public record AssessmentVersion(@Schema(example = "1") long version, @Schema(example = "WTS") String judgement,
                                    @Schema(example = "null") Integer scaledScore, @Schema(example = "4") int yearGroup,
                                    java.time.OffsetDateTime recordedAt, @Schema(example = "teacher@school") String recordedBy,
                                    @Schema(description = "When a correction replaced it; null for the current value") java.time.OffsetDateTime supersededAt) {
    }

    @Schema(name = "AssessmentPage")
    public record AssessmentPage(List<AssessmentView> items, String next) {
    }
}
