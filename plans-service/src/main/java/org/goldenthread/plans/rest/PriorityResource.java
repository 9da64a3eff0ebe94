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
import org.goldenthread.plans.domain.Objective;
import org.goldenthread.plans.domain.Priority;
import org.goldenthread.plans.service.PlanItemService;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@Path("/api/v1/priorities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Priorities", description = "A plan's numbered priorities, their objectives (success criteria) and actions")
public class PriorityResource {
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

    static PriorityView view(PlanItemService items, Priority p) {
        Priority parent = p.parentPriorityId == null ? null : items.prioritiesById(Set.of(p.parentPriorityId)).get(p.parentPriorityId);
        return PriorityView.of(p, parent);
    }

    private PriorityView view(Priority p) {
        return view(items, p);
    }

    private ObjectiveView view(Objective o) {
        return ObjectiveView.of(o);
    }

    private ActionView view(Action a) {
        return ActionView.of(a, LocalDate.now(clock), config.dueSoonDays());
    }

    @GET
    @Path("{id: " + Http.UUID_PATH + "}")
    @RolesAllowed({Roles.TRUST_LEADER, Roles.SCHOOL_LEADER, Roles.SUBJECT_LEADER, Roles.TEACHER, Roles.GOVERNOR})
    @Operation(summary = "Get a priority")
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Your role may not do this", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "The priority, with its ETag", content = @Content(schema = @Schema(implementation = PriorityView.class)))
    @APIResponse(responseCode = "404", description = "No such priority for you", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@Parameter(description = "The priority's id") @PathParam("id") UUID id) {
        Priority p = items.getPriority(id);
        return Http.ok(view(p), p.version);
    }

    @PUT
    @Path("{id: " + Http.UUID_PATH + "}")
    @RolesAllowed({Roles.TRUST_LEADER, Roles.SCHOOL_LEADER, Roles.SUBJECT_LEADER})
    @Operation(summary = "Change a priority", description = "Replaces its title, area, rationale, supported parent priority, key issues addressed and lead.")
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "The changed priority, with its new ETag", content = @Content(schema = @Schema(implementation = PriorityView.class)))
    @APIResponse(responseCode = "400", description = "A field is invalid (errors[] names it)", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Your role cannot change this plan", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such priority for you", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The plan is closed", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Someone changed the priority since you read it", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response update(@Parameter(description = "The priority's id") @PathParam("id") UUID id,
                           @Parameter(description = Http.IF_MATCH_DESCRIPTION) @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull PriorityRequest request) {
        Priority p = items.updatePriority(id, ifMatch, request);
        return Http.ok(view(p), p.version);
    }

    @DELETE
    @Path("{id: " + Http.UUID_PATH + "}")
    @RolesAllowed({Roles.TRUST_LEADER, Roles.SCHOOL_LEADER, Roles.SUBJECT_LEADER})
    @Operation(summary = "Delete a priority", description = "The numbering of what follows closes up; the deletion stays in the plan's history.")
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "403", description = "Your role cannot change this plan", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such priority for you", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The plan is closed, or something still refers to it", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Someone changed the priority since you read it", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response delete(@Parameter(description = "The priority's id") @PathParam("id") UUID id,
                           @Parameter(description = Http.IF_MATCH_DESCRIPTION) @HeaderParam("If-Match") String ifMatch) {
        items.deletePriority(id, ifMatch);
        return Response.noContent().build();
    }

    @POST
    @Path("{id: " + Http.UUID_PATH + "}/move")
    @RolesAllowed({Roles.TRUST_LEADER, Roles.SCHOOL_LEADER, Roles.SUBJECT_LEADER})
    @Operation(summary = "Move a priority", description = "To another position in the plan; its objectives, actions and milestones are renumbered with it (2.1 becomes 1.1 …). The plan is renumbered; every number that changes is in the history.")
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "The moved priority with its new number", content = @Content(schema = @Schema(implementation = PriorityView.class)))
    @APIResponse(responseCode = "400", description = "The position or target is invalid", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Your role cannot change this plan", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such priority for you", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The plan is closed, or the move would break a link", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Someone changed the priority since you read it", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response move(@Parameter(description = "The priority's id") @PathParam("id") UUID id,
                         @Parameter(description = Http.IF_MATCH_DESCRIPTION) @HeaderParam("If-Match") String ifMatch,
                         @Valid @NotNull MoveRequest request) {
        Priority p = items.movePriority(id, ifMatch, request);
        return Http.ok(view(p), p.version);
    }

    @POST
    @Path("{id: " + Http.UUID_PATH + "}/objectives")
    @RolesAllowed({Roles.TRUST_LEADER, Roles.SCHOOL_LEADER, Roles.SUBJECT_LEADER})
    @Operation(summary = "Add an objective", description = "Added last (numbered 1a, 1b, … within the priority).")
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "201", description = "Created; Location and ETag point at it", content = @Content(schema = @Schema(implementation = ObjectiveView.class)))
    @APIResponse(responseCode = "400", description = "A field is invalid (errors[] names it)", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Your role cannot change this plan", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such priority for you", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The plan is closed", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused with another body", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response addObjective(@Parameter(description = "The priority's id") @PathParam("id") UUID id,
                               @Valid @NotNull ObjectiveRequest request,
                               @Parameter(description = Http.IDEMPOTENCY_DESCRIPTION) @HeaderParam(IdempotencyKeys.HEADER) String key) {
        return idempotency.run(tenant.trustId() + ":" + tenant.subject(), key, List.of("POST", uri.getPath(), request), () -> {
            Objective created = items.createObjective(id, request);
            return Http.created("/api/v1/objectives/" + created.id, view(created), created.version);
        });
    }

    @GET
    @Path("{id: " + Http.UUID_PATH + "}/objectives")
    @RolesAllowed({Roles.TRUST_LEADER, Roles.SCHOOL_LEADER, Roles.SUBJECT_LEADER, Roles.TEACHER, Roles.GOVERNOR})
    @Operation(summary = "List a priority's objectives", description = "In number order.")
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Your role may not do this", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "A page; follow next for more")
    @APIResponse(responseCode = "400", description = "The cursor or limit is invalid", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such priority for you", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<ObjectiveView> listObjectives(@Parameter(description = "The priority's id") @PathParam("id") UUID id,
                                  @Parameter(description = "Page size, 1–500 (default 50)") @QueryParam("limit") Integer limit,
                                  @Parameter(description = "The cursor from the previous page's next link") @QueryParam("after") String after) {
        PageRequest page = PageRequest.of(limit, after);
        return Page.of(items.listObjectives(id, page), page, o -> Integer.toString(o.position), ObjectiveView::of, uri);
    }

    @POST
    @Path("{id: " + Http.UUID_PATH + "}/actions")
    @RolesAllowed({Roles.TRUST_LEADER, Roles.SCHOOL_LEADER, Roles.SUBJECT_LEADER})
    @Operation(summary = "Add an action", description = "Added last (numbered 1.1, 1.2, … within the priority).")
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "201", description = "Created; Location and ETag point at it", content = @Content(schema = @Schema(implementation = ActionView.class)))
    @APIResponse(responseCode = "400", description = "A field is invalid (errors[] names it)", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Your role cannot change this plan", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such priority for you", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The plan is closed", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused with another body", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response addAction(@Parameter(description = "The priority's id") @PathParam("id") UUID id,
                               @Valid @NotNull ActionRequest request,
                               @Parameter(description = Http.IDEMPOTENCY_DESCRIPTION) @HeaderParam(IdempotencyKeys.HEADER) String key) {
        return idempotency.run(tenant.trustId() + ":" + tenant.subject(), key, List.of("POST", uri.getPath(), request), () -> {
            Action created = items.createAction(id, request);
            return Http.created("/api/v1/actions/" + created.id, view(created), created.version);
        });
    }

    @GET
    @Path("{id: " + Http.UUID_PATH + "}/actions")
    @RolesAllowed({Roles.TRUST_LEADER, Roles.SCHOOL_LEADER, Roles.SUBJECT_LEADER, Roles.TEACHER, Roles.GOVERNOR})
    @Operation(summary = "List a priority's actions", description = "In number order.")
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Your role may not do this", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "A page; follow next for more")
    @APIResponse(responseCode = "400", description = "The cursor or limit is invalid", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such priority for you", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<ActionView> listActions(@Parameter(description = "The priority's id") @PathParam("id") UUID id,
                                  @Parameter(description = "Page size, 1–500 (default 50)") @QueryParam("limit") Integer limit,
                                  @Parameter(description = "The cursor from the previous page's next link") @QueryParam("after") String after) {
        PageRequest page = PageRequest.of(limit, after);
        return Page.of(items.listActionsOfPriority(id, page), page, a -> Integer.toString(a.position), this::view, uri);
    }
}
