package org.goldenthread.plans.rest;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.goldenthread.platform.events.CloudEvent;
import org.goldenthread.platform.idempotency.IdempotencyKeys;
import org.goldenthread.platform.outbox.EventLog;
import org.goldenthread.platform.paging.Page;
import org.goldenthread.platform.paging.PageRequest;
import org.goldenthread.platform.problem.Problem;
import org.goldenthread.platform.problem.ProblemTypes;
import org.goldenthread.platform.tenancy.Roles;
import org.goldenthread.platform.tenancy.Tenant;
import org.goldenthread.plans.domain.Plan;
import org.goldenthread.plans.domain.PlanLayer;
import org.goldenthread.plans.domain.PlanStatus;
import org.goldenthread.plans.domain.Priority;
import org.goldenthread.plans.service.HistoryService;
import org.goldenthread.plans.service.PlanItemService;
import org.goldenthread.plans.service.PlanReports;
import org.goldenthread.plans.service.PlanService;
import org.goldenthread.plans.service.ReviewService;
import org.goldenthread.plans.service.SummaryService;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

@Path("/api/v1/plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Plans", description = "Improvement plans: layers, status DRAFT → APPROVED → ACTIVE → CLOSED, summary, quality check, history, CSV export and the event feed")
public class PlanResource {
    @Inject
    Tenant tenant;
    @Inject
    PlanService plans;
    @Inject
    PlanItemService items;
    @Inject
    ReviewService reviews;
    @Inject
    SummaryService summaries;
    @Inject
    PlanReports reports;
    @Inject
    HistoryService history;
    @Inject
    IdempotencyKeys idempotency;
    @Inject
    EventLog eventLog;
    @Context
    UriInfo uri;

    @POST
    @RolesAllowed({Roles.TRUST_LEADER, Roles.SCHOOL_LEADER, Roles.SUBJECT_LEADER})
    @Operation(summary = "Create a plan", description = "A school plan (schoolId) by its school leader or a trust leader (a subject leader may create a SUBJECT plan); a trust plan (no schoolId) by a trust leader. Starts as DRAFT.")
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "201", description = "Created; Location and ETag headers point at it", content = @Content(schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or invalid (errors[] names it)", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Your role cannot create this plan", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such school for you", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused with another body", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@Valid @NotNull PlanRequest request,
                           @Parameter(description = Http.IDEMPOTENCY_DESCRIPTION) @HeaderParam(IdempotencyKeys.HEADER) String key) {
        return idempotency.run(owner(), key, List.of("POST", uri.getPath(), request), () -> {
            Plan plan = plans.create(request);
            return Http.created("/api/v1/plans/" + plan.id, PlanView.of(plan), plan.version);
        });
    }

    @GET
    @RolesAllowed({Roles.TRUST_LEADER, Roles.SCHOOL_LEADER, Roles.SUBJECT_LEADER, Roles.TEACHER, Roles.GOVERNOR})
    @Operation(summary = "List plans", description = "The plans of the schools you can see and your trust's own plans, oldest first, with filters.")
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Your role may not do this", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "A page of plans; follow next for more")
    @APIResponse(responseCode = "400", description = "A filter or the cursor is invalid", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<PlanView> list(
            @Parameter(description = "Only this school's plans") @QueryParam("schoolId") String schoolId,
            @Parameter(description = "Only plans of this academic year", example = "2026-27") @QueryParam("academicYear") String academicYear,
            @Parameter(description = "Only plans in this status", schema = @Schema(implementation = PlanStatus.class)) @QueryParam("status") String status,
            @Parameter(description = "Only plans at this layer", schema = @Schema(implementation = PlanLayer.class)) @QueryParam("layer") String layer,
            @Parameter(description = "Only layer-2 plans supporting this plan") @QueryParam("parentPlanId") String parentPlanId,
            @Parameter(description = "Page size, 1–500 (default 50)") @QueryParam("limit") Integer limit,
            @Parameter(description = "The cursor from the previous page's next link") @QueryParam("after") String after) {
        PageRequest page = PageRequest.of(limit, after);
        return Page.of(plans.list(new PlanService.PlanFilter(QueryParams.uuid(schoolId, "schoolId"),
                        QueryParams.academicYear(academicYear, "academicYear"), QueryParams.oneOf(PlanStatus.class, status, "status"),
                        QueryParams.oneOf(PlanLayer.class, layer, "layer"), QueryParams.uuid(parentPlanId, "parentPlanId")), page),
                page, p -> p.id.toString(), PlanView::of, uri);
    }

    @GET
    @Path("{id: " + Http.UUID_PATH + "}")
    @RolesAllowed({Roles.TRUST_LEADER, Roles.SCHOOL_LEADER, Roles.SUBJECT_LEADER, Roles.TEACHER, Roles.GOVERNOR})
    @Operation(summary = "Get a plan")
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Your role may not do this", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "The plan, with its ETag", content = @Content(schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "404", description = "No such plan for you", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@Parameter(description = "The plan's id") @PathParam("id") UUID id) {
        Plan plan = plans.get(id);
        return Http.ok(PlanView.of(plan), plan.version);
    }

    @PUT
    @Path("{id: " + Http.UUID_PATH + "}")
    @RolesAllowed({Roles.TRUST_LEADER, Roles.SCHOOL_LEADER, Roles.SUBJECT_LEADER})
    @Operation(summary = "Change a plan's own fields", description = "Replaces title, year, layer, focus, parent plan, self-evaluation links, inspection key issues and the governors' role. The status changes only through approve, activate and close.")
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "The changed plan, with its new ETag", content = @Content(schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "400", description = "A field is invalid", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Your role cannot change this plan", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such plan for you", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The plan is closed, or a key issue or parent link is still in use", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Someone changed the plan since you read it", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response update(@Parameter(description = "The plan's id") @PathParam("id") UUID id,
                           @Parameter(description = Http.IF_MATCH_DESCRIPTION) @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull PlanRequest request) {
        Plan plan = plans.update(id, ifMatch, request);
        return Http.ok(PlanView.of(plan), plan.version);
    }

    @DELETE
    @Path("{id: " + Http.UUID_PATH + "}")
    @RolesAllowed({Roles.TRUST_LEADER, Roles.SCHOOL_LEADER, Roles.SUBJECT_LEADER})
    @Operation(summary = "Delete a draft plan", description = "Only a DRAFT plan that no layer-2 plan supports; an approved plan is a record and is closed instead.")
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "403", description = "Your role cannot delete this plan", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such plan for you", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The plan is not a draft, or layer-2 plans support it", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Someone changed the plan since you read it", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response delete(@Parameter(description = "The plan's id") @PathParam("id") UUID id,
                           @Parameter(description = Http.IF_MATCH_DESCRIPTION) @HeaderParam("If-Match") String ifMatch) {
        plans.delete(id, ifMatch);
        return Response.noContent().build();
    }

    @POST
    @Path("{id: " + Http.UUID_PATH + "}/approve")
    @RolesAllowed({Roles.TRUST_LEADER, Roles.SCHOOL_LEADER})
    @Operation(summary = "Approve a draft plan", description = "DRAFT → APPROVED, recording who and when (and an optional note, e.g. the governors' approval). School leaders approve their school's plans, trust leaders any plan of the trust. Writes plan-status-changed.")
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "The approved plan", content = @Content(schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "400", description = "The note is too long", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Only school and trust leaders approve", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such plan for you", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The plan is not a draft", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Someone changed the plan since you read it", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response approve(@Parameter(description = "The plan's id") @PathParam("id") UUID id,
                            @Parameter(description = Http.IF_MATCH_DESCRIPTION) @HeaderParam("If-Match") String ifMatch,
                            @Valid ApprovalRequest request) {
        Plan plan = plans.approve(id, ifMatch, request == null ? null : request.note());
        return Http.ok(PlanView.of(plan), plan.version);
    }

    @POST
    @Path("{id: " + Http.UUID_PATH + "}/activate")
    @RolesAllowed({Roles.TRUST_LEADER, Roles.SCHOOL_LEADER})
    @Operation(summary = "Put an approved plan into action", description = "APPROVED → ACTIVE. Writes plan-status-changed.")
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "The active plan", content = @Content(schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "403", description = "Only school and trust leaders activate", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such plan for you", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The plan is not approved", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Someone changed the plan since you read it", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response activate(@Parameter(description = "The plan's id") @PathParam("id") UUID id,
                             @Parameter(description = Http.IF_MATCH_DESCRIPTION) @HeaderParam("If-Match") String ifMatch) {
        Plan plan = plans.activate(id, ifMatch);
        return Http.ok(PlanView.of(plan), plan.version);
    }

    @POST
    @Path("{id: " + Http.UUID_PATH + "}/close")
    @RolesAllowed({Roles.TRUST_LEADER, Roles.SCHOOL_LEADER})
    @Operation(summary = "Close an active plan", description = "ACTIVE → CLOSED at the end of its year; a closed plan is kept as it was and cannot change. Writes plan-status-changed.")
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "The closed plan", content = @Content(schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "403", description = "Only school and trust leaders close", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such plan for you", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The plan is not active", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Someone changed the plan since you read it", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response close(@Parameter(description = "The plan's id") @PathParam("id") UUID id,
                          @Parameter(description = Http.IF_MATCH_DESCRIPTION) @HeaderParam("If-Match") String ifMatch) {
        Plan plan = plans.close(id, ifMatch);
        return Http.ok(PlanView.of(plan), plan.version);
    }

    @GET
    @Path("{id: " + Http.UUID_PATH + "}/summary")
    @RolesAllowed({Roles.TRUST_LEADER, Roles.SCHOOL_LEADER, Roles.SUBJECT_LEADER, Roles.TEACHER, Roles.GOVERNOR})
    @Operation(summary = "Plan summary", description = "RAG rolled up per priority and for the plan, milestones by status, overdue actions, and the budget in total and by priority.")
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Your role may not do this", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "The summary", content = @Content(schema = @Schema(implementation = SummaryViews.PlanSummary.class)))
    @APIResponse(responseCode = "404", description = "No such plan for you", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SummaryViews.PlanSummary summary(@Parameter(description = "The plan's id") @PathParam("id") UUID id) {
        return summaries.plan(id);
    }

    @GET
    @Path("trust-summary")
    @RolesAllowed({Roles.TRUST_LEADER, Roles.SCHOOL_LEADER, Roles.SUBJECT_LEADER, Roles.TEACHER, Roles.GOVERNOR})
    @Operation(summary = "Trust summary", description = "The same figures across the plans of your trust's schools that you can see (all of them for a trust leader), one line per plan and totals. The trust is the one in your token.")
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Your role may not do this", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "The summary", content = @Content(schema = @Schema(implementation = SummaryViews.TrustSummary.class)))
    @APIResponse(responseCode = "400", description = "A filter is invalid", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SummaryViews.TrustSummary trustSummary(
            @Parameter(description = "Only plans of this academic year", example = "2026-27") @QueryParam("academicYear") String academicYear,
            @Parameter(description = "Only plans at this layer, e.g. STRATEGIC for the schools' main plans") @QueryParam("layer") String layer,
            @Parameter(description = "Only this school's plans") @QueryParam("schoolId") String schoolId) {
        return summaries.trust(QueryParams.academicYear(academicYear, "academicYear"), QueryParams.oneOf(PlanLayer.class, layer, "layer"),
                QueryParams.uuid(schoolId, "schoolId"));
    }

    @GET
    @Path("{id: " + Http.UUID_PATH + "}/quality-check")
    @RolesAllowed({Roles.TRUST_LEADER, Roles.SCHOOL_LEADER, Roles.SUBJECT_LEADER, Roles.TEACHER, Roles.GOVERNOR})
    @Operation(summary = "Check the plan against the features of an effective plan", description = "Each check (from the NCETM and Oxfordshire guidance) passes or fails with the items at fault: actions without a lead, dates, resources or monitoring; priorities without a measurable success criterion or a termly milestone; layer-2 priorities linked to no layer-1 priority; no link to self-evaluation; inspection key issues no priority addresses; too many priorities.")
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Your role may not do this", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "The checks", content = @Content(schema = @Schema(implementation = QualityViews.Report.class)))
    @APIResponse(responseCode = "404", description = "No such plan for you", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public QualityViews.Report qualityCheck(@Parameter(description = "The plan's id") @PathParam("id") UUID id) {
        return reports.qualityCheck(id);
    }

    @GET
    @Path("{id: " + Http.UUID_PATH + "}/history")
    @RolesAllowed({Roles.TRUST_LEADER, Roles.SCHOOL_LEADER, Roles.SUBJECT_LEADER, Roles.TEACHER, Roles.GOVERNOR})
    @Operation(summary = "The plan's history", description = "Every change to the plan or any of its parts, newest first: who, when, and each field before and after.")
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Your role may not do this", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "A page of changes; follow next for older ones")
    @APIResponse(responseCode = "400", description = "The cursor or limit is invalid", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such plan for you", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<PlanChangeView> history(@Parameter(description = "The plan's id") @PathParam("id") UUID id,
                                        @Parameter(description = "Only changes of this item (a priority, action, …)") @QueryParam("itemId") String itemId,
                                        @Parameter(description = "Page size, 1–500 (default 50)") @QueryParam("limit") Integer limit,
                                        @Parameter(description = "The cursor from the previous page's next link") @QueryParam("after") String after) {
        PageRequest page = PageRequest.of(limit, after);
        return Page.of(history.list(id, QueryParams.uuid(itemId, "itemId"), page), page, c -> c.id.toString(), PlanChangeView::of, uri);
    }

    @GET
    @Path("{id: " + Http.UUID_PATH + "}/export.csv")
    @Produces("text/csv")
    @RolesAllowed({Roles.TRUST_LEADER, Roles.SCHOOL_LEADER, Roles.SUBJECT_LEADER, Roles.TEACHER, Roles.GOVERNOR})
    @Operation(summary = "The plan as CSV, for governors", description = "One row per action with its priority, objective, lead, dates, resources, success criteria, milestones and status (a priority without actions still has a row). UTF-8, RFC 4180; cells that a spreadsheet would run as formulas are prefixed with an apostrophe.")
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Your role may not do this", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "The CSV file", content = @Content(mediaType = "text/csv", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No such plan for you", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response exportCsv(@Parameter(description = "The plan's id") @PathParam("id") UUID id) {
        PlanReports.Export export = reports.csv(id);
        String name = export.plan().title.replaceAll("[^A-Za-z0-9-]+", "-").replaceAll("(^-+|-+$)", "").toLowerCase();
        return Response.ok(export.csv(), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + (name.isEmpty() ? "plan" : name) + ".csv\"")
                .build();
    }

    @POST
    @Path("{id: " + Http.UUID_PATH + "}/priorities")
    @RolesAllowed({Roles.TRUST_LEADER, Roles.SCHOOL_LEADER, Roles.SUBJECT_LEADER})
    @Operation(summary = "Add a priority", description = "Added last; move it to renumber.")
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = PriorityView.class)))
    @APIResponse(responseCode = "400", description = "A field is invalid", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Your role cannot change this plan", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such plan for you", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The plan is closed", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused with another body", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response addPriority(@Parameter(description = "The plan's id") @PathParam("id") UUID id,
                                @Valid @NotNull PriorityRequest request,
                                @Parameter(description = Http.IDEMPOTENCY_DESCRIPTION) @HeaderParam(IdempotencyKeys.HEADER) String key) {
        return idempotency.run(owner(), key, List.of("POST", uri.getPath(), request), () -> {
            Priority p = items.createPriority(id, request);
            return Http.created("/api/v1/priorities/" + p.id, PriorityResource.view(items, p), p.version);
        });
    }

    @GET
    @Path("{id: " + Http.UUID_PATH + "}/priorities")
    @RolesAllowed({Roles.TRUST_LEADER, Roles.SCHOOL_LEADER, Roles.SUBJECT_LEADER, Roles.TEACHER, Roles.GOVERNOR})
    @Operation(summary = "List a plan's priorities", description = "In number order.")
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Your role may not do this", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "A page of priorities")
    @APIResponse(responseCode = "404", description = "No such plan for you", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<PriorityView> priorities(@Parameter(description = "The plan's id") @PathParam("id") UUID id,
                                         @Parameter(description = "Page size, 1–500 (default 50)") @QueryParam("limit") Integer limit,
                                         @Parameter(description = "The cursor from the previous page's next link") @QueryParam("after") String after) {
        PageRequest page = PageRequest.of(limit, after);
        List<Priority> rows = items.listPriorities(id, page);
        Set<UUID> parents = new HashSet<>();
        rows.forEach(p -> {
            if (p.parentPriorityId != null) {
                parents.add(p.parentPriorityId);
            }
        });
        Map<UUID, Priority> parentById = items.prioritiesById(parents);
        return Page.of(rows, page, p -> Integer.toString(p.position),
                p -> PriorityView.of(p, p.parentPriorityId == null ? null : parentById.get(p.parentPriorityId)), uri);
    }

    @POST
    @Path("{id: " + Http.UUID_PATH + "}/reviews")
    @RolesAllowed({Roles.TRUST_LEADER, Roles.SCHOOL_LEADER, Roles.SUBJECT_LEADER})
    @Operation(summary = "Record a review", description = "A plan–do–review entry with RAG per priority and per action.")
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = ReviewView.class)))
    @APIResponse(responseCode = "400", description = "A field is invalid", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Your role cannot change this plan", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such plan for you", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The plan is closed", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused with another body", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response addReview(@Parameter(description = "The plan's id") @PathParam("id") UUID id,
                              @Valid @NotNull ReviewRequest request,
                              @Parameter(description = Http.IDEMPOTENCY_DESCRIPTION) @HeaderParam(IdempotencyKeys.HEADER) String key) {
        return idempotency.run(owner(), key, List.of("POST", uri.getPath(), request), () -> {
            var review = reviews.create(id, request);
            return Http.created("/api/v1/reviews/" + review.id, ReviewView.of(review), review.version);
        });
    }

    @GET
    @Path("{id: " + Http.UUID_PATH + "}/reviews")
    @RolesAllowed({Roles.TRUST_LEADER, Roles.SCHOOL_LEADER, Roles.SUBJECT_LEADER, Roles.TEACHER, Roles.GOVERNOR})
    @Operation(summary = "List a plan's reviews", description = "Oldest first.")
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Your role may not do this", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "A page of reviews")
    @APIResponse(responseCode = "404", description = "No such plan for you", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<ReviewView> reviews(@Parameter(description = "The plan's id") @PathParam("id") UUID id,
                                    @Parameter(description = "Page size, 1–500 (default 50)") @QueryParam("limit") Integer limit,
                                    @Parameter(description = "The cursor from the previous page's next link") @QueryParam("after") String after) {
        PageRequest page = PageRequest.of(limit, after);
        return Page.of(reviews.list(id, page), page, r -> r.id.toString(), ReviewView::of, uri);
    }

    @GET
    @Path("events")
    @RolesAllowed({Roles.ANALYTICS, Roles.TRUST_LEADER, Roles.SCHOOL_LEADER})
    @Operation(summary = "Pull plans-service's events", description = "The CloudEvents written to plans.events (plan-status-changed, milestone-status-changed), in commit order, scoped to your trust (and your schools unless you are trust-wide). next is always given: keep polling it for new events.")
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "A page of events")
    @APIResponse(responseCode = "400", description = "The cursor or limit is invalid", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Your role cannot read the feed", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<CloudEvent> events(
            @Parameter(description = "Only events of this type", example = "org.goldenthread.plans.milestone-status-changed.v1") @QueryParam("type") String type,
            @Parameter(description = "Page size, 1–500 (default 50)") @QueryParam("limit") Integer limit,
            @Parameter(in = ParameterIn.QUERY, description = "The cursor from the previous page's next link") @QueryParam("after") String after) {
        return eventLog.page(tenant.scope(), PageRequest.of(limit, after), type, uri, UnaryOperator.identity());
    }

    private String owner() {
        return tenant.trustId() + ":" + tenant.subject();
    }
}
