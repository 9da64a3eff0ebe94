package org.goldenthread.tracking.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
import org.goldenthread.platform.problem.Problem;
import org.goldenthread.platform.tenancy.Roles;
import org.goldenthread.platform.tenancy.Tenant;
import org.goldenthread.tracking.service.TermlyResultsService;

import java.net.URI;
import java.util.List;
import java.util.UUID;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Termly results", description = "Per school × year group × subject (and RWM) × pupil group, with DfE rounding and suppression; published as versioned snapshots; trust roll-ups weighted by cohort")
public class TermlyResultsResource {
    private static final String SCHOOL = "schools/{schoolId}/termly-results/{academicYear}/{term}";
    private static final String TRUST = "trusts/{trustId}/termly-results/{academicYear}/{term}";

    @Inject
    Tenant tenant;
    @Inject
    TermlyResultsService results;
    @Inject
    IdempotencyKeys idempotency;
    @Context
    UriInfo uri;

    @GET
    @Path(SCHOOL)
    @RolesAllowed({Roles.SCHOOL_LEADER, Roles.SUBJECT_LEADER, Roles.TEACHER, Roles.GOVERNOR, Roles.TRUST_LEADER})
    @Operation(summary = "A school's termly results as they stand", description = "Computed now from the assessments (not yet published). The school's staff get exact figures as well as the published ones; governors and trust-wide roles get the published (rounded, suppressed) figures only.")
    @APIResponse(responseCode = "200", description = "The results", content = @Content(schema = @Schema(implementation = SchoolResultsView.class)))
    @APIResponse(responseCode = "400", description = Docs.BAD_REQUEST, content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = Docs.UNAUTHORIZED, content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = Docs.FORBIDDEN, content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = Docs.NOT_FOUND, content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public SchoolResultsView current(@Parameter(description = "The school's id") @PathParam("schoolId") UUID schoolId,
                                     @Parameter(description = "Academic year", example = "2026-27") @PathParam("academicYear") String academicYear,
                                     @Parameter(description = "Term", example = "SPRING") @PathParam("term") String term,
                                     @Parameter(description = "Only this year group", example = "6") @QueryParam("yearGroup") Integer yearGroup,
                                     @Parameter(description = "Only this subject (or RWM)", example = "RWM") @QueryParam("subject") String subject,
                                     @Parameter(description = "Only this pupil group", example = "DISADVANTAGED") @QueryParam("pupilGroup") String pupilGroup) {
        return SchoolResultsView.of(results.current(tenant, schoolId, academicYear, Params.term(term), Params.rows(yearGroup, subject, pupilGroup)));
    }

    @POST
    @Path(SCHOOL + "/publish")
    @RolesAllowed({Roles.SCHOOL_LEADER, Roles.TRUST_LEADER})
    @Operation(summary = "Publish a school's termly results", description = "Stores a versioned snapshot and writes a termly-results-published event (aggregates only). Republishing after corrections creates the next version; publishing when nothing changed answers the current version again (200) without a new event.")
    @APIResponse(responseCode = "201", description = "A new version; Location is that version", content = @Content(schema = @Schema(implementation = SchoolResultsView.class)))
    @APIResponse(responseCode = "200", description = "Nothing changed since the current version, which is returned", content = @Content(schema = @Schema(implementation = SchoolResultsView.class)))
    @APIResponse(responseCode = "400", description = Docs.BAD_REQUEST, content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = Docs.UNAUTHORIZED, content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = Docs.FORBIDDEN, content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = Docs.NOT_FOUND, content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "No assessments for the term, or the Idempotency-Key was used for another request", content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response publish(@Parameter(description = "The school's id") @PathParam("schoolId") UUID schoolId,
                            @Parameter(description = "Academic year", example = "2026-27") @PathParam("academicYear") String academicYear,
                            @Parameter(description = "Term", example = "SPRING") @PathParam("term") String term,
                            @Parameter(description = "Makes a retried POST safe") @HeaderParam(IdempotencyKeys.HEADER) String key) {
        var parsedTerm = Params.term(term);
        return idempotency.run(tenant.trustId() + ":" + tenant.subject(), key, List.of("POST", uri.getPath()), () -> {
            TermlyResultsService.Publication p = results.publish(tenant, schoolId, academicYear, parsedTerm);
            var r = p.results();
            Response.ResponseBuilder b = p.created()
                    ? Response.created(URI.create("/api/v1/schools/" + schoolId + "/termly-results/" + r.academicYear() + "/"
                    + r.term() + "/versions/" + r.version()))
                    : Response.ok();
            return b.header("ETag", ETags.of(r.version())).entity(SchoolResultsView.of(r)).build();
        });
    }

    @GET
    @Path(SCHOOL + "/versions")
    @RolesAllowed({Roles.SCHOOL_LEADER, Roles.SUBJECT_LEADER, Roles.TEACHER, Roles.GOVERNOR, Roles.TRUST_LEADER})
    @Operation(summary = "The published versions", description = "Every publication of the school's results for the term, oldest first (without rows).")
    @APIResponse(responseCode = "200", description = "The versions", content = @Content(schema = @Schema(implementation = SchoolResultsView[].class)))
    @APIResponse(responseCode = "400", description = Docs.BAD_REQUEST, content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = Docs.UNAUTHORIZED, content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = Docs.FORBIDDEN, content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = Docs.NOT_FOUND, content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public List<SchoolResultsView> versions(@Parameter(description = "The school's id") @PathParam("schoolId") UUID schoolId,
                                            @Parameter(description = "Academic year", example = "2026-27") @PathParam("academicYear") String academicYear,
                                            @Parameter(description = "Term", example = "SPRING") @PathParam("term") String term) {
        return results.versions(tenant, schoolId, academicYear, Params.term(term)).stream().map(SchoolResultsView::of).toList();
    }

    @GET
    @Path(SCHOOL + "/versions/{version}")
    @RolesAllowed({Roles.SCHOOL_LEADER, Roles.SUBJECT_LEADER, Roles.TEACHER, Roles.GOVERNOR, Roles.TRUST_LEADER})
    @Operation(summary = "One published version", description = "Exact figures for the school's staff only.")
    @APIResponse(responseCode = "200", description = "The snapshot", content = @Content(schema = @Schema(implementation = SchoolResultsView.class)))
    @APIResponse(responseCode = "400", description = Docs.BAD_REQUEST, content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = Docs.UNAUTHORIZED, content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = Docs.FORBIDDEN, content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = Docs.NOT_FOUND, content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response version(@Parameter(description = "The school's id") @PathParam("schoolId") UUID schoolId,
                            @Parameter(description = "Academic year", example = "2026-27") @PathParam("academicYear") String academicYear,
                            @Parameter(description = "Term", example = "SPRING") @PathParam("term") String term,
                            @Parameter(description = "Version number, or 'latest'", example = "2") @PathParam("version") String version,
                            @Parameter(description = "Only this year group", example = "6") @QueryParam("yearGroup") Integer yearGroup,
                            @Parameter(description = "Only this subject (or RWM)", example = "RWM") @QueryParam("subject") String subject,
                            @Parameter(description = "Only this pupil group", example = "DISADVANTAGED") @QueryParam("pupilGroup") String pupilGroup) {
        Integer v = null;
        if (!"latest".equalsIgnoreCase(version)) {
            try {
                v = Integer.parseInt(version);
            } catch (NumberFormatException e) {
                throw org.goldenthread.platform.problem.ProblemException.invalidField("version", "must be a version number or latest");
            }
        }
        var r = results.snapshot(tenant, schoolId, academicYear, Params.term(term), v, Params.rows(yearGroup, subject, pupilGroup));
        return Response.ok(SchoolResultsView.of(r)).header("ETag", ETags.of(r.version())).build();
    }

    @GET
    @Path(TRUST)
    @RolesAllowed({Roles.TRUST_LEADER, Roles.ANALYTICS})
    @Operation(summary = "The trust's termly results", description = "The roll-up of every school's latest published results for the term: counts summed across schools (weighted by cohort, never an average of percentages), then rounded and suppressed as the DfE would. Published figures only.")
    @APIResponse(responseCode = "200", description = "The roll-up", content = @Content(schema = @Schema(implementation = TrustResultsView.class)))
    @APIResponse(responseCode = "400", description = Docs.BAD_REQUEST, content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = Docs.UNAUTHORIZED, content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = Docs.FORBIDDEN, content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Not the caller's trust", content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public TrustResultsView trust(@Parameter(description = "The trust's id") @PathParam("trustId") UUID trustId,
                                  @Parameter(description = "Academic year", example = "2026-27") @PathParam("academicYear") String academicYear,
                                  @Parameter(description = "Term", example = "SPRING") @PathParam("term") String term,
                                  @Parameter(description = "Only this year group", example = "6") @QueryParam("yearGroup") Integer yearGroup,
                                  @Parameter(description = "Only this subject (or RWM)", example = "RWM") @QueryParam("subject") String subject,
                                  @Parameter(description = "Only this pupil group", example = "DISADVANTAGED") @QueryParam("pupilGroup") String pupilGroup) {
        return TrustResultsView.of(results.trust(tenant, trustId, academicYear, Params.term(term), Params.rows(yearGroup, subject, pupilGroup)));
    }

    @GET
    @Path(TRUST + "/schools")
    @RolesAllowed({Roles.TRUST_LEADER, Roles.ANALYTICS})
    @Operation(summary = "Each school's published results", description = "The latest published version of every school of the trust for the term, published (suppressed) figures only.")
    @APIResponse(responseCode = "200", description = "One entry per school", content = @Content(schema = @Schema(implementation = SchoolResultsView[].class)))
    @APIResponse(responseCode = "400", description = Docs.BAD_REQUEST, content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = Docs.UNAUTHORIZED, content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = Docs.FORBIDDEN, content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Not the caller's trust", content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public List<SchoolResultsView> trustSchools(@Parameter(description = "The trust's id") @PathParam("trustId") UUID trustId,
                                                @Parameter(description = "Academic year", example = "2026-27") @PathParam("academicYear") String academicYear,
                                                @Parameter(description = "Term", example = "SPRING") @PathParam("term") String term,
                                                @Parameter(description = "Only this year group", example = "6") @QueryParam("yearGroup") Integer yearGroup,
                                                @Parameter(description = "Only this subject (or RWM)", example = "RWM") @QueryParam("subject") String subject,
                                                @Parameter(description = "Only this pupil group", example = "DISADVANTAGED") @QueryParam("pupilGroup") String pupilGroup) {
        return results.trustSchools(tenant, trustId, academicYear, Params.term(term), Params.rows(yearGroup, subject, pupilGroup))
                .stream().map(SchoolResultsView::of).toList();
    }

    @POST
    @Path(TRUST + "/publish")
    @RolesAllowed({Roles.TRUST_LEADER})
    @Operation(summary = "Publish every school's termly results", description = "Publishes each school of the trust that has assessments for the term (a new version where anything changed).")
    @APIResponse(responseCode = "200", description = "What was published, per school (without rows)", content = @Content(schema = @Schema(implementation = PublicationView[].class)))
    @APIResponse(responseCode = "400", description = Docs.BAD_REQUEST, content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = Docs.UNAUTHORIZED, content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = Docs.FORBIDDEN, content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Not the caller's trust", content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = Docs.IDEMPOTENCY, content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response publishTrust(@Parameter(description = "The trust's id") @PathParam("trustId") UUID trustId,
                                 @Parameter(description = "Academic year", example = "2026-27") @PathParam("academicYear") String academicYear,
                                 @Parameter(description = "Term", example = "SPRING") @PathParam("term") String term,
                                 @Parameter(description = "Makes a retried POST safe") @HeaderParam(IdempotencyKeys.HEADER) String key) {
        var parsedTerm = Params.term(term);
        return idempotency.run(tenant.trustId() + ":" + tenant.subject(), key, List.of("POST", uri.getPath()), () ->
                Response.ok(results.publishTrust(tenant, trustId, academicYear, parsedTerm).stream()
                        .map(p -> new PublicationView(p.results().schoolId(), p.results().version(), p.results().snapshotId(),
                                p.results().publishedAt(), p.created(), p.eventId())).toList()).build());
    }

    @Schema(name = "Publication", description = "One school's publication in a trust-wide publish.")
    public record PublicationView(UUID schoolId, @Schema(example = "2") int version, UUID snapshotId,
                                  java.time.OffsetDateTime publishedAt,
                                  @Schema(description = "false = nothing had changed; the current version stands") boolean created,
                                  @Schema(description = "The termly-results-published event of this version") UUID eventId) {
    }
}
