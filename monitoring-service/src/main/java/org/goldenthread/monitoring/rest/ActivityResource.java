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
import org.goldenthread.monitoring.domain.ActivityStatus;
import org.goldenthread.monitoring.domain.ActivityType;
import org.goldenthread.monitoring.domain.Finding;
import org.goldenthread.monitoring.domain.MonitoringActivity;
import org.goldenthread.monitoring.domain.Term;
import org.goldenthread.monitoring.service.ActivityService;
import org.goldenthread.monitoring.service.FindingService;
import org.goldenthread.monitoring.service.Inputs;
import org.goldenthread.monitoring.service.MonitoringViews;
import org.goldenthread.platform.http.ETags;
import org.goldenthread.platform.idempotency.IdempotencyKeys;
import org.goldenthread.platform.paging.Page;
import org.goldenthread.platform.paging.PageRequest;
import org.goldenthread.platform.problem.Problem;
import org.goldenthread.platform.tenancy.Tenant;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** The monitoring calendar: activities, their completion or cancellation, and the findings recorded on them. */
@Path("/api/v1/monitoring-activities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"TRUST_LEADER", "SCHOOL_LEADER", "SUBJECT_LEADER", "TEACHER", "GOVERNOR"})
@Tag(name = "Monitoring activities", description = "The termly monitoring calendar of each school: work scrutiny, lesson observations, "
        + "learning walks, pupil conferencing, pupil progress meetings, audits and governor visits, linked to plan milestones and actions.")
public class ActivityResource {
    @Inject
    Tenant tenant;
    @Inject
    ActivityService activities;
    @Inject
    FindingService findings;
    @Inject
    MonitoringViews views;
    @Inject
    IdempotencyKeys idempotency;
    @Context
    UriInfo uri;

    @POST
    @RolesAllowed({"TRUST_LEADER", "SCHOOL_LEADER", "SUBJECT_LEADER"})
    @Operation(summary = "Plan a monitoring activity",
            description = "Puts an activity on the school's calendar as PLANNED. Academic year and term default from the planned date. "
                    + "Send Idempotency-Key to make a retry safe.")
    @APIResponse(responseCode = "201", description = "Planned", headers = {
            @Header(name = "ETag", description = "The activity's version, for If-Match", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "Location", description = "The new activity", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = ActivityView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or invalid; `errors` names it",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "The school is not one of yours")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for a different request")
    public Response plan(@Valid @NotNull ActivityRequest request,
                         @Parameter(description = "Makes a retry safe: the same key and body answer the first response again")
                         @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey) {
        return idempotency.run(owner(), idempotencyKey, List.of("POST /monitoring-activities", request), () -> {
            MonitoringActivity a = activities.plan(request);
            return Response.created(URI.create("/api/v1/monitoring-activities/" + a.id)).header(HttpHeaders.ETAG, ETags.of(a.version))
                    .entity(views.activity(a)).build();
        });
    }

    @GET
    @Operation(summary = "List monitoring activities",
            description = "Activities of the schools you can see, oldest first, filtered as asked.")
    @APIResponse(responseCode = "200", description = "A page of activities",
            content = @Content(schema = @Schema(implementation = Pages.ActivityPage.class)))
    @APIResponse(responseCode = "400", description = "A filter or the cursor is invalid")
    @APIResponse(responseCode = "404", description = "The school is not one of yours")
    public Pages.ActivityPage list(
            @Parameter(description = "Only this school") @QueryParam("schoolId") String schoolId,
            @Parameter(description = "Only this academic year, e.g. 2026-27") @QueryParam("academicYear") String academicYear,
            @Parameter(description = "Only this term", schema = @Schema(implementation = Term.class)) @QueryParam("term") String term,
            @Parameter(description = "Only this status", schema = @Schema(implementation = ActivityStatus.class)) @QueryParam("status") String status,
            @Parameter(description = "Only this type", schema = @Schema(implementation = ActivityType.class)) @QueryParam("type") String type,
            @Parameter(description = "Only activities with this focus tag") @QueryParam("focusTag") String focusTag,
            @Parameter(description = "Only activities linked to this plan milestone") @QueryParam("milestoneId") String milestoneId,
            @Parameter(description = "Page size, 1-500 (default 50)") @QueryParam("limit") Integer limit,
            @Parameter(description = "The cursor from the previous page's next link") @QueryParam("after") String after) {
        PageRequest page = PageRequest.of(limit, after);
        ActivityService.ActivityFilter filter = new ActivityService.ActivityFilter(Inputs.uuidParam("schoolId", schoolId),
                Inputs.academicYear("academicYear", academicYear), Inputs.enumParam("term", term, Term.class),
                Inputs.enumParam("status", status, ActivityStatus.class), Inputs.enumParam("type", type, ActivityType.class),
                Inputs.focusTag("focusTag", focusTag), Inputs.uuidParam("milestoneId", milestoneId));
        List<MonitoringActivity> rows = activities.list(filter, page);
        List<ActivityView> shown = views.activities(rows);
        return Pages.ActivityPage.of(Page.of(shown, page, v -> v.id().toString(), v -> v, uri));
    }

    @GET
    @Path("calendar")
    @Operation(summary = "A school's termly monitoring calendar",
            description = "The school's activities for an academic year (or one term), by term and in date order, with counts of "
                    + "planned, completed, cancelled and overdue activities.")
    @APIResponse(responseCode = "200", description = "The calendar", content = @Content(schema = @Schema(implementation = CalendarView.class)))
    @APIResponse(responseCode = "400", description = "schoolId or academicYear missing or invalid")
    @APIResponse(responseCode = "404", description = "The school is not one of yours")
    public CalendarView calendar(
            @Parameter(description = "The school", required = true) @QueryParam("schoolId") String schoolId,
            @Parameter(description = "The academic year, e.g. 2026-27", required = true) @QueryParam("academicYear") String academicYear,
            @Parameter(description = "Only this term", schema = @Schema(implementation = Term.class)) @QueryParam("term") String term) {
        return views.calendar(Inputs.requiredUuidParam("schoolId", schoolId),
                Inputs.requiredAcademicYear("academicYear", academicYear), Inputs.enumParam("term", term, Term.class));
    }

    @GET
    @Path("trust-calendar")
    @Operation(summary = "The trust's monitoring calendar",
            description = "One calendar per school you can see (every school of the trust for a trust leader) for an academic year or one term.")
    @APIResponse(responseCode = "200", description = "The calendars", content = @Content(schema = @Schema(implementation = TrustCalendarView.class)))
    @APIResponse(responseCode = "400", description = "academicYear missing or invalid")
    public TrustCalendarView trustCalendar(
            @Parameter(description = "The academic year, e.g. 2026-27", required = true) @QueryParam("academicYear") String academicYear,
            @Parameter(description = "Only this term", schema = @Schema(implementation = Term.class)) @QueryParam("term") String term) {
        return views.trustCalendar(Inputs.requiredAcademicYear("academicYear", academicYear), Inputs.enumParam("term", term, Term.class));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Get a monitoring activity")
    @APIResponse(responseCode = "200", description = "The activity",
            headers = @Header(name = "ETag", description = "Its version, for If-Match", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ActivityView.class)))
    @APIResponse(responseCode = "404", description = "No such activity in your schools")
    public Response get(@Parameter(description = "The activity's id") @PathParam("id") UUID id) {
        MonitoringActivity a = activities.get(id);
        return Response.ok(views.activity(a)).header(HttpHeaders.ETAG, ETags.of(a.version)).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({"TRUST_LEADER", "SCHOOL_LEADER", "SUBJECT_LEADER"})
    @Operation(summary = "Change a monitoring activity",
            description = "Replaces the activity's details. A completed activity keeps its type, academic year and term; a cancelled one cannot change.")
    @APIResponse(responseCode = "200", description = "Changed",
            headers = @Header(name = "ETag", description = "The new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ActivityView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or invalid")
    @APIResponse(responseCode = "404", description = "No such activity in your schools")
    @APIResponse(responseCode = "409", description = "The activity is cancelled, or completed and the change touches what its findings were published with")
    @APIResponse(responseCode = "412", description = "If-Match is stale: read the activity again")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response update(@Parameter(description = "The activity's id") @PathParam("id") UUID id,
                           @Parameter(description = "The ETag you last read", required = true) @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull ActivityRequest request) {
        MonitoringActivity a = activities.update(id, ifMatch, request);
        return Response.ok(views.activity(a)).header(HttpHeaders.ETAG, ETags.of(a.version)).build();
    }

    @POST
    @Path("{id}/complete")
    @RolesAllowed({"TRUST_LEADER", "SCHOOL_LEADER", "SUBJECT_LEADER"})
    @Operation(summary = "Complete a monitoring activity",
            description = "PLANNED → COMPLETED. Writes activity-completed and publishes the activity's non-confidential findings "
                    + "(finding-recorded); findings recorded afterwards are published as they are recorded.")
    @APIResponse(responseCode = "200", description = "Completed",
            headers = @Header(name = "ETag", description = "The new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ActivityView.class)))
    @APIResponse(responseCode = "400", description = "completedOn missing or outside the activity's academic year")
    @APIResponse(responseCode = "404", description = "No such activity in your schools")
    @APIResponse(responseCode = "409", description = "The activity is not PLANNED")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response complete(@Parameter(description = "The activity's id") @PathParam("id") UUID id,
                             @Parameter(description = "The ETag you last read", required = true) @HeaderParam("If-Match") String ifMatch,
                             @Valid @NotNull CompleteActivityRequest request) {
        MonitoringActivity a = activities.complete(id, ifMatch, request);
        return Response.ok(views.activity(a)).header(HttpHeaders.ETAG, ETags.of(a.version)).build();
    }

    @POST
    @Path("{id}/cancel")
    @RolesAllowed({"TRUST_LEADER", "SCHOOL_LEADER", "SUBJECT_LEADER"})
    @Operation(summary = "Cancel a monitoring activity", description = "PLANNED → CANCELLED, with the reason. An activity with findings cannot be cancelled.")
    @APIResponse(responseCode = "200", description = "Cancelled",
            headers = @Header(name = "ETag", description = "The new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ActivityView.class)))
    @APIResponse(responseCode = "400", description = "reason missing")
    @APIResponse(responseCode = "404", description = "No such activity in your schools")
    @APIResponse(responseCode = "409", description = "The activity is not PLANNED, or already has findings")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response cancel(@Parameter(description = "The activity's id") @PathParam("id") UUID id,
                           @Parameter(description = "The ETag you last read", required = true) @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull CancelActivityRequest request) {
        MonitoringActivity a = activities.cancel(id, ifMatch, request);
        return Response.ok(views.activity(a)).header(HttpHeaders.ETAG, ETags.of(a.version)).build();
    }

    @POST
    @Path("{id}/findings")
    @RolesAllowed({"TRUST_LEADER", "SCHOOL_LEADER", "SUBJECT_LEADER"})
    @Operation(summary = "Record a finding",
            description = "Records a strength or area for development on the activity, judged 1-4. Published (finding-recorded) at once "
                    + "when the activity is completed and the finding is not confidential. Send Idempotency-Key to make a retry safe.")
    @APIResponse(responseCode = "201", description = "Recorded", headers = {
            @Header(name = "ETag", description = "The finding's version", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "Location", description = "The new finding", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = FindingView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or invalid, e.g. a judgement that does not fit the kind, "
            + "evidence of another school, or a follow-up of a finding that is not earlier")
    @APIResponse(responseCode = "404", description = "No such activity in your schools")
    @APIResponse(responseCode = "409", description = "The activity was cancelled")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for a different request")
    public Response record(@Parameter(description = "The activity's id") @PathParam("id") UUID id,
                           @Valid @NotNull FindingRequest request,
                           @Parameter(description = "Makes a retry safe") @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey) {
        return idempotency.run(owner(), idempotencyKey, List.of("POST /monitoring-activities/" + id + "/findings", request), () -> {
            Finding f = findings.record(id, request);
            return Response.created(URI.create("/api/v1/findings/" + f.id)).header(HttpHeaders.ETAG, ETags.of(f.version))
                    .entity(views.finding(f)).build();
        });
    }

    @GET
    @Path("{id}/findings")
    @Operation(summary = "List an activity's findings",
            description = "The activity's findings you can see (confidential ones only for the school's leaders and the observer), oldest first.")
    @APIResponse(responseCode = "200", description = "A page of findings", content = @Content(schema = @Schema(implementation = Pages.FindingPage.class)))
    @APIResponse(responseCode = "400", description = "limit or after invalid")
    @APIResponse(responseCode = "404", description = "No such activity in your schools")
    public Pages.FindingPage findings(@Parameter(description = "The activity's id") @PathParam("id") UUID id,
                                      @Parameter(description = "Page size, 1-500 (default 50)") @QueryParam("limit") Integer limit,
                                      @Parameter(description = "The cursor from the previous page's next link") @QueryParam("after") String after) {
        PageRequest page = PageRequest.of(limit, after);
        activities.get(id);
        List<Finding> rows = findings.list(new FindingService.FindingFilter(null, id, null, null, null, null, null, null), page);
        return Pages.FindingPage.of(Page.of(views.findings(rows), page, v -> v.id().toString(), v -> v, uri));
    }

    @GET
    @Path("{id}/follow-ups")
    @Operation(summary = "What became of an activity's findings",
            description = "Each finding of the activity with the later findings that followed it up and the latest outcome "
                    + "(IMPROVED, PARTLY_IMPROVED, REMAINS_A_KEY_ISSUE), and the outcomes counted: e.g. January's work scrutiny "
                    + "as the June follow-up left it.")
    @APIResponse(responseCode = "200", description = "The follow-up view",
            content = @Content(schema = @Schema(implementation = ActivityFollowUpsView.class)))
    @APIResponse(responseCode = "404", description = "No such activity in your schools")
    public ActivityFollowUpsView followUps(@Parameter(description = "The activity's id") @PathParam("id") UUID id) {
        return views.activityFollowUps(id);
    }

    private String owner() {
        return tenant.trustId() + ":" + tenant.subject();
    }
}
