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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.goldenthread.platform.problem.Problem;
import org.goldenthread.platform.problem.ProblemTypes;
import org.goldenthread.platform.tenancy.Roles;
import org.goldenthread.plans.domain.Objective;
import org.goldenthread.plans.service.PlanItemService;

import java.util.UUID;

@Path("/api/v1/objectives")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Objectives", description = "What a priority aims to achieve, with its measurable success criterion")
public class ObjectiveResource {
    @Inject
    PlanItemService items;

    @GET
    @Path("{id: " + Http.UUID_PATH + "}")
    @RolesAllowed({Roles.TRUST_LEADER, Roles.SCHOOL_LEADER, Roles.SUBJECT_LEADER, Roles.TEACHER, Roles.GOVERNOR})
    @Operation(summary = "Get an objective")
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Your role may not do this", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "The objective, with its ETag", content = @Content(schema = @Schema(implementation = ObjectiveView.class)))
    @APIResponse(responseCode = "404", description = "No such objective for you", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@Parameter(description = "The objective's id") @PathParam("id") UUID id) {
        Objective o = items.getObjective(id);
        return Http.ok(ObjectiveView.of(o), o.version);
    }

    @PUT
    @Path("{id: " + Http.UUID_PATH + "}")
    @RolesAllowed({Roles.TRUST_LEADER, Roles.SCHOOL_LEADER, Roles.SUBJECT_LEADER})
    @Operation(summary = "Change an objective", description = "Replaces its title, success criterion and measure.")
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "The changed objective, with its new ETag", content = @Content(schema = @Schema(implementation = ObjectiveView.class)))
    @APIResponse(responseCode = "400", description = "A field is invalid (errors[] names it)", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Your role cannot change this plan", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such objective for you", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The plan is closed", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Someone changed the objective since you read it", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response update(@Parameter(description = "The objective's id") @PathParam("id") UUID id,
                           @Parameter(description = Http.IF_MATCH_DESCRIPTION) @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull ObjectiveRequest request) {
        Objective o = items.updateObjective(id, ifMatch, request);
        return Http.ok(ObjectiveView.of(o), o.version);
    }

    @DELETE
    @Path("{id: " + Http.UUID_PATH + "}")
    @RolesAllowed({Roles.TRUST_LEADER, Roles.SCHOOL_LEADER, Roles.SUBJECT_LEADER})
    @Operation(summary = "Delete an objective", description = "The numbering of what follows closes up; the deletion stays in the plan's history.")
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "403", description = "Your role cannot change this plan", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such objective for you", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The plan is closed, or something still refers to it", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Someone changed the objective since you read it", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response delete(@Parameter(description = "The objective's id") @PathParam("id") UUID id,
                           @Parameter(description = Http.IF_MATCH_DESCRIPTION) @HeaderParam("If-Match") String ifMatch) {
        items.deleteObjective(id, ifMatch);
        return Response.noContent().build();
    }

    @POST
    @Path("{id: " + Http.UUID_PATH + "}/move")
    @RolesAllowed({Roles.TRUST_LEADER, Roles.SCHOOL_LEADER, Roles.SUBJECT_LEADER})
    @Operation(summary = "Move an objective", description = "Within its priority, or to another priority of the plan (priorityId) when no action works towards it. The plan is renumbered; every number that changes is in the history.")
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "The moved objective with its new number", content = @Content(schema = @Schema(implementation = ObjectiveView.class)))
    @APIResponse(responseCode = "400", description = "The position or target is invalid", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Your role cannot change this plan", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such objective for you", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The plan is closed, or the move would break a link", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Someone changed the objective since you read it", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response move(@Parameter(description = "The objective's id") @PathParam("id") UUID id,
                         @Parameter(description = Http.IF_MATCH_DESCRIPTION) @HeaderParam("If-Match") String ifMatch,
                         @Valid @NotNull MoveRequest request) {
        Objective o = items.moveObjective(id, ifMatch, request);
        return Http.ok(ObjectiveView.of(o), o.version);
    }
}
