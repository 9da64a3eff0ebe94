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
import org.goldenthread.platform.paging.Page;
import org.goldenthread.platform.paging.PageRequest;
import org.goldenthread.platform.problem.Problem;
import org.goldenthread.platform.problem.ProblemTypes;
import org.goldenthread.platform.tenancy.Roles;
import org.goldenthread.plans.domain.MeasureType;
import org.goldenthread.plans.domain.Milestone;
import org.goldenthread.plans.domain.MilestoneStatus;
import org.goldenthread.plans.domain.Term;
import org.goldenthread.plans.service.MilestoneService;
import org.goldenthread.plans.service.PlanItemService;

import java.util.UUID;

@Path("/api/v1/milestones")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Milestones", description = "Termly milestones with measures, their status and evaluation trail, and reviewers' overrides")
public class MilestoneResource {
    @Inject
    PlanItemService items;
    @Inject
    MilestoneService milestones;
    @Context
    UriInfo uri;

    @GET
    @RolesAllowed({Roles.TRUST_LEADER, Roles.SCHOOL_LEADER, Roles.SUBJECT_LEADER, Roles.TEACHER, Roles.GOVERNOR})
    @Operation(summary = "List milestones", description = "Milestones of the plans you can see, oldest first, with filters.")
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Your role may not do this", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "A page of milestones; follow next for more")
    @APIResponse(responseCode = "400", description = "A filter or the cursor is invalid", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<MilestoneView> list(
            @Parameter(description = "Only this plan's milestones") @QueryParam("planId") String planId,
            @Parameter(description = "Only this school's milestones") @QueryParam("schoolId") String schoolId,
            @Parameter(description = "Only milestones due in this academic year", example = "2026-27") @QueryParam("academicYear") String academicYear,
            @Parameter(description = "Only milestones due in this term", schema = @Schema(implementation = Term.class)) @QueryParam("term") String term,
            @Parameter(description = "Only milestones with this status", schema = @Schema(implementation = MilestoneStatus.class)) @QueryParam("status") String status,
            @Parameter(description = "Only milestones with this kind of measure", schema = @Schema(implementation = MeasureType.class)) @QueryParam("measureType") String measureType,
            @Parameter(description = "Page size, 1–500 (default 50)") @QueryParam("limit") Integer limit,
            @Parameter(description = "The cursor from the previous page's next link") @QueryParam("after") String after) {
        PageRequest page = PageRequest.of(limit, after);
        return Page.of(items.listMilestones(new PlanItemService.MilestoneFilter(
                        QueryParams.uuid(planId, "planId"), QueryParams.uuid(schoolId, "schoolId"), QueryParams.academicYear(academicYear, "academicYear"),
                        QueryParams.oneOf(Term.class, term, "term"), QueryParams.oneOf(MilestoneStatus.class, status, "status"),
                        QueryParams.oneOf(MeasureType.class, measureType, "measureType")), page),
                page, m -> m.id.toString(), MilestoneView::of, uri);
    }

    @GET
    @Path("{id: " + Http.UUID_PATH + "}")
    @RolesAllowed({Roles.TRUST_LEADER, Roles.SCHOOL_LEADER, Roles.SUBJECT_LEADER, Roles.TEACHER, Roles.GOVERNOR})
    @Operation(summary = "Get a milestone")
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Your role may not do this", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "The milestone, with its ETag", content = @Content(schema = @Schema(implementation = MilestoneView.class)))
    @APIResponse(responseCode = "404", description = "No such milestone for you", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@Parameter(description = "The milestone's id") @PathParam("id") UUID id) {
        Milestone m = items.getMilestone(id);
        return Http.ok(MilestoneView.of(m), m.version);
    }

    @PUT
    @Path("{id: " + Http.UUID_PATH + "}")
    @RolesAllowed({Roles.TRUST_LEADER, Roles.SCHOOL_LEADER, Roles.SUBJECT_LEADER})
    @Operation(summary = "Change a milestone", description = "Replaces its title, term, due date and measure. A changed measure or term is evaluated again from the evidence held.")
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "The changed milestone, with its new ETag", content = @Content(schema = @Schema(implementation = MilestoneView.class)))
    @APIResponse(responseCode = "400", description = "A field is invalid (errors[] names it)", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Your role cannot change this plan", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such milestone for you", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The plan is closed", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Someone changed the milestone since you read it", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response update(@Parameter(description = "The milestone's id") @PathParam("id") UUID id,
                           @Parameter(description = Http.IF_MATCH_DESCRIPTION) @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull MilestoneRequest request) {
        Milestone m = items.updateMilestone(id, ifMatch, request);
        return Http.ok(MilestoneView.of(m), m.version);
    }

    @DELETE
    @Path("{id: " + Http.UUID_PATH + "}")
    @RolesAllowed({Roles.TRUST_LEADER, Roles.SCHOOL_LEADER, Roles.SUBJECT_LEADER})
    @Operation(summary = "Delete a milestone", description = "The numbering of what follows closes up; the deletion stays in the plan's history.")
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "403", description = "Your role cannot change this plan", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such milestone for you", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The plan is closed, or something still refers to it", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Someone changed the milestone since you read it", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response delete(@Parameter(description = "The milestone's id") @PathParam("id") UUID id,
                           @Parameter(description = Http.IF_MATCH_DESCRIPTION) @HeaderParam("If-Match") String ifMatch) {
        items.deleteMilestone(id, ifMatch);
        return Response.noContent().build();
    }

    @POST
    @Path("{id: " + Http.UUID_PATH + "}/move")
    @RolesAllowed({Roles.TRUST_LEADER, Roles.SCHOOL_LEADER, Roles.SUBJECT_LEADER})
    @Operation(summary = "Move a milestone", description = "Within its action, or to another action of the plan (actionId). The plan is renumbered; every number that changes is in the history.")
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "The moved milestone with its new number", content = @Content(schema = @Schema(implementation = MilestoneView.class)))
    @APIResponse(responseCode = "400", description = "The position or target is invalid", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Your role cannot change this plan", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such milestone for you", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The plan is closed, or the move would break a link", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Someone changed the milestone since you read it", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response move(@Parameter(description = "The milestone's id") @PathParam("id") UUID id,
                         @Parameter(description = Http.IF_MATCH_DESCRIPTION) @HeaderParam("If-Match") String ifMatch,
                         @Valid @NotNull MoveRequest request) {
        Milestone m = items.moveMilestone(id, ifMatch, request);
        return Http.ok(MilestoneView.of(m), m.version);
    }

    @PUT
    @Path("{id: " + Http.UUID_PATH + "}/status")
    @RolesAllowed({Roles.TRUST_LEADER, Roles.SCHOOL_LEADER, Roles.SUBJECT_LEADER})
    @Operation(summary = "Set a milestone's status by hand", description = "For a MANUAL measure this is its status. For a TRACKING or MONITORING measure it is an override: it needs a reason, stays visible beside what the measure says (measureStatus), and lasts until removed. Writes milestone-status-changed when the status changes.")
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "The milestone", content = @Content(schema = @Schema(implementation = MilestoneView.class)))
    @APIResponse(responseCode = "400", description = "status or reason is missing", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Your role cannot change this plan", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such milestone for you", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The plan is closed", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Someone changed the milestone since you read it", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response setStatus(@Parameter(description = "The milestone's id") @PathParam("id") UUID id,
                              @Parameter(description = Http.IF_MATCH_DESCRIPTION) @HeaderParam("If-Match") String ifMatch,
                              @Valid @NotNull MilestoneStatusRequest request) {
        Milestone m = milestones.setStatus(id, ifMatch, request);
        return Http.ok(MilestoneView.of(m), m.version);
    }

    @DELETE
    @Path("{id: " + Http.UUID_PATH + "}/override")
    @RolesAllowed({Roles.TRUST_LEADER, Roles.SCHOOL_LEADER, Roles.SUBJECT_LEADER})
    @Operation(summary = "Remove an override", description = "The milestone shows what its measure says again; the override stays in the evaluation trail.")
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "The milestone", content = @Content(schema = @Schema(implementation = MilestoneView.class)))
    @APIResponse(responseCode = "403", description = "Your role cannot change this plan", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such milestone for you", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "There is no override, or the plan is closed", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Someone changed the milestone since you read it", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response clearOverride(@Parameter(description = "The milestone's id") @PathParam("id") UUID id,
                                  @Parameter(description = Http.IF_MATCH_DESCRIPTION) @HeaderParam("If-Match") String ifMatch) {
        Milestone m = milestones.clearOverride(id, ifMatch);
        return Http.ok(MilestoneView.of(m), m.version);
    }

    @GET
    @Path("{id: " + Http.UUID_PATH + "}/evaluations")
    @RolesAllowed({Roles.TRUST_LEADER, Roles.SCHOOL_LEADER, Roles.SUBJECT_LEADER, Roles.TEACHER, Roles.GOVERNOR})
    @Operation(summary = "A milestone's evaluation trail", description = "Every evaluation, oldest first: status, observed value, target, the event that carried the evidence, or the reviewer and reason.")
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Your role may not do this", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "A page of evaluations")
    @APIResponse(responseCode = "400", description = "The cursor or limit is invalid", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such milestone for you", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<EvaluationView> evaluations(@Parameter(description = "The milestone's id") @PathParam("id") UUID id,
                                            @Parameter(description = "Page size, 1–500 (default 50)") @QueryParam("limit") Integer limit,
                                            @Parameter(description = "The cursor from the previous page's next link") @QueryParam("after") String after) {
        PageRequest page = PageRequest.of(limit, after);
        return Page.of(milestones.trail(id, page), page, e -> e.id.toString(), EvaluationView::of, uri);
    }
}
