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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.goldenthread.platform.idempotency.IdempotencyKeys;
import org.goldenthread.platform.paging.Page;
import org.goldenthread.platform.paging.PageRequest;
import org.goldenthread.platform.problem.Problem;
import org.goldenthread.platform.problem.ProblemTypes;
import org.goldenthread.platform.tenancy.Roles;
import org.goldenthread.platform.tenancy.Tenant;
import org.goldenthread.plans.config.PlansConfig;
import org.goldenthread.plans.domain.Action;
import org.goldenthread.plans.domain.ActionStatus;
import org.goldenthread.plans.domain.Milestone;
import org.goldenthread.plans.service.PlanItemService;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/actions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Actions", description = "What will be done: lead, dates, resources, monitoring, status; and its termly milestones")
public class ActionResource {
    @Inject
    Tenant tenant;
    @Inject
    PlanItemService items;
    @Inject
    IdempotencyKeys idempotency;
    @Inject
    Clock clock;
    @Inject
    PlansConfig config;
    @Context
    UriInfo uri;

    private ActionView view(Action a) {
        return ActionView.of(a, LocalDate.now(clock), config.dueSoonDays());
    }

    private MilestoneView view(Milestone m) {
        return MilestoneView.of(m);
    }

    @GET
    @RolesAllowed({Roles.TRUST_LEADER, Roles.SCHOOL_LEADER, Roles.SUBJECT_LEADER, Roles.TEACHER, Roles.GOVERNOR})
    @Operation(summary = "List actions", description = "Actions of the plans you can see, oldest first, with filters: due soon and overdue are reckoned from today in the schools' time zone.")
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Your role may not do this", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "A page of actions; follow next for more")
    @APIResponse(responseCode = "400", description = "A filter or the cursor is invalid", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<ActionView> list(
            @Parameter(description = "Only this plan's actions") @QueryParam("planId") String planId,
            @Parameter(description = "Only this school's actions") @QueryParam("schoolId") String schoolId,
            @Parameter(description = "Only actions with this status", schema = @Schema(implementation = ActionStatus.class)) @QueryParam("status") String status,
            @Parameter(description = "true: only overdue actions; false: none of them") @QueryParam("overdue") String overdue,
            @Parameter(description = "true: only actions due soon; false: none of them") @QueryParam("dueSoon") String dueSoon,
            @Parameter(description = "Page size, 1–500 (default 50)") @QueryParam("limit") Integer limit,
            @Parameter(description = "The cursor from the previous page's next link") @QueryParam("after") String after) {
        PageRequest page = PageRequest.of(limit, after);
        return Page.of(items.listActions(new PlanItemService.ActionFilter(QueryParams.uuid(planId, "planId"),
                        QueryParams.uuid(schoolId, "schoolId"), QueryParams.oneOf(ActionStatus.class, status, "status"),
                        QueryParams.bool(overdue, "overdue"), QueryParams.bool(dueSoon, "dueSoon")), page),
                page, a -> a.id.toString(), this::view, uri);
    }

    @GET
    @Path("{id: " + Http.UUID_PATH + "}")
    @RolesAllowed({Roles.TRUST_LEADER, Roles.SCHOOL_LEADER, Roles.SUBJECT_LEADER, Roles.TEACHER, Roles.GOVERNOR})
    @Operation(summary = "Get an action")
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Your role may not do this", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "The action, with its ETag", content = @Content(schema = @Schema(implementation = ActionView.class)))
    @APIResponse(responseCode = "404", description = "No such action for you", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@Parameter(description = "The action's id") @PathParam("id") UUID id) {
        Action a = items.getAction(id);
        return Http.ok(view(a), a.version);
    }

    @PUT
    @Path("{id: " + Http.UUID_PATH + "}")
    @RolesAllowed({Roles.TRUST_LEADER, Roles.SCHOOL_LEADER, Roles.SUBJECT_LEADER})
    @Operation(summary = "Change an action", description = "Replaces all its fields (what, objective, lead, staff, dates, resources, monitoring, status).")
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "The changed action, with its new ETag", content = @Content(schema = @Schema(implementation = ActionView.class)))
    @APIResponse(responseCode = "400", description = "A field is invalid (errors[] names it)", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Your role cannot change this plan", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such action for you", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The plan is closed", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Someone changed the action since you read it", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response update(@Parameter(description = "The action's id") @PathParam("id") UUID id,
                           @Parameter(description = Http.IF_MATCH_DESCRIPTION) @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull ActionRequest request) {
        Action a = items.updateAction(id, ifMatch, request);
        return Http.ok(view(a), a.version);
    }

    @DELETE
    @Path("{id: " + Http.UUID_PATH + "}")
    @RolesAllowed({Roles.TRUST_LEADER, Roles.SCHOOL_LEADER, Roles.SUBJECT_LEADER})
    @Operation(summary = "Delete an action", description = "The numbering of what follows closes up; the deletion stays in the plan's history.")
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "403", description = "Your role cannot change this plan", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such action for you", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The plan is closed, or something still refers to it", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Someone changed the action since you read it", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response delete(@Parameter(description = "The action's id") @PathParam("id") UUID id,
                           @Parameter(description = Http.IF_MATCH_DESCRIPTION) @HeaderParam("If-Match") String ifMatch) {
        items.deleteAction(id, ifMatch);
        return Response.noContent().build();
    }

    @POST
    @Path("{id: " + Http.UUID_PATH + "}/move")
    @RolesAllowed({Roles.TRUST_LEADER, Roles.SCHOOL_LEADER, Roles.SUBJECT_LEADER})
    @Operation(summary = "Move an action", description = "Within its priority, or to another priority of the plan (priorityId); its milestones move with it. The plan is renumbered; every number that changes is in the history.")
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "The moved action with its new number", content = @Content(schema = @Schema(implementation = ActionView.class)))
    @APIResponse(responseCode = "400", description = "The position or target is invalid", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Your role cannot change this plan", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such action for you", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The plan is closed, or the move would break a link", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Someone changed the action since you read it", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response move(@Parameter(description = "The action's id") @PathParam("id") UUID id,
                         @Parameter(description = Http.IF_MATCH_DESCRIPTION) @HeaderParam("If-Match") String ifMatch,
                         @Valid @NotNull MoveRequest request) {
        Action a = items.moveAction(id, ifMatch, request);
        return Http.ok(view(a), a.version);
    }

    @PUT
    @Path("{id: " + Http.UUID_PATH + "}/status")
    @RolesAllowed({Roles.TRUST_LEADER, Roles.SCHOOL_LEADER, Roles.SUBJECT_LEADER, Roles.TEACHER})
    @Operation(summary = "Update an action's status", description = "For whoever can change the plan, and for the action's lead (a teacher whose user id is the action's leadUserId).")
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "The action with its new status", content = @Content(schema = @Schema(implementation = ActionView.class)))
    @APIResponse(responseCode = "400", description = "The status is missing or unknown", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "You neither lead the action nor can change the plan", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such action for you", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The plan is closed", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Someone changed the action since you read it", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response updateStatus(@Parameter(description = "The action's id") @PathParam("id") UUID id,
                                 @Parameter(description = Http.IF_MATCH_DESCRIPTION) @HeaderParam("If-Match") String ifMatch,
                                 @Valid @NotNull ActionStatusRequest request) {
        Action a = items.updateActionStatus(id, ifMatch, request.status());
        return Http.ok(view(a), a.version);
    }

    @POST
    @Path("{id: " + Http.UUID_PATH + "}/milestones")
    @RolesAllowed({Roles.TRUST_LEADER, Roles.SCHOOL_LEADER, Roles.SUBJECT_LEADER})
    @Operation(summary = "Add a milestone", description = "Added last (numbered 1.2.1, 1.2.2, … within the action). It is evaluated at once from the evidence held; with none it is NOT_DUE.")
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "201", description = "Created; Location and ETag point at it", content = @Content(schema = @Schema(implementation = MilestoneView.class)))
    @APIResponse(responseCode = "400", description = "A field is invalid (errors[] names it)", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Your role cannot change this plan", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such action for you", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The plan is closed", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused with another body", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response addMilestone(@Parameter(description = "The action's id") @PathParam("id") UUID id,
                               @Valid @NotNull MilestoneRequest request,
                               @Parameter(description = Http.IDEMPOTENCY_DESCRIPTION) @HeaderParam(IdempotencyKeys.HEADER) String key) {
        return idempotency.run(tenant.trustId() + ":" + tenant.subject(), key, List.of("POST", uri.getPath(), request), () -> {
            Milestone created = items.createMilestone(id, request);
            return Http.created("/api/v1/milestones/" + created.id, view(created), created.version);
        });
    }

    @GET
    @Path("{id: " + Http.UUID_PATH + "}/milestones")
    @RolesAllowed({Roles.TRUST_LEADER, Roles.SCHOOL_LEADER, Roles.SUBJECT_LEADER, Roles.TEACHER, Roles.GOVERNOR})
    @Operation(summary = "List an action's milestones", description = "In number order.")
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Your role may not do this", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "A page; follow next for more")
    @APIResponse(responseCode = "400", description = "The cursor or limit is invalid", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such action for you", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<MilestoneView> listMilestones(@Parameter(description = "The action's id") @PathParam("id") UUID id,
                                  @Parameter(description = "Page size, 1–500 (default 50)") @QueryParam("limit") Integer limit,
                                  @Parameter(description = "The cursor from the previous page's next link") @QueryParam("after") String after) {
        PageRequest page = PageRequest.of(limit, after);
        return Page.of(items.listMilestonesOfAction(id, page), page, m -> Integer.toString(m.position), MilestoneView::of, uri);
    }
}
