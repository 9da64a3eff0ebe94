package org.goldenthread.plans.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.goldenthread.plans.domain.Review;
import org.goldenthread.plans.service.ReviewService;

import java.util.UUID;

@Path("/api/v1/reviews")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reviews", description = "The plan–do–review cycle: progress, evaluation and impact, with RAG per priority and per action")
public class ReviewResource {
    @Inject
    ReviewService reviews;

    @GET
    @Path("{id: " + Http.UUID_PATH + "}")
    @RolesAllowed({Roles.TRUST_LEADER, Roles.SCHOOL_LEADER, Roles.SUBJECT_LEADER, Roles.TEACHER, Roles.GOVERNOR})
    @Operation(summary = "Get a review")
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Your role may not do this", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "The review, with its ETag", content = @Content(schema = @Schema(implementation = ReviewView.class)))
    @APIResponse(responseCode = "404", description = "No such review for you", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@Parameter(description = "The review's id") @PathParam("id") UUID id) {
        Review r = reviews.get(id);
        return Http.ok(ReviewView.of(r), r.version);
    }

    @PUT
    @Path("{id: " + Http.UUID_PATH + "}")
    @RolesAllowed({Roles.TRUST_LEADER, Roles.SCHOOL_LEADER, Roles.SUBJECT_LEADER})
    @Operation(summary = "Change a review", description = "Replaces the commentary and ratings.")
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "The changed review, with its new ETag", content = @Content(schema = @Schema(implementation = ReviewView.class)))
    @APIResponse(responseCode = "400", description = "A field is invalid (errors[] names it)", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Your role cannot change this plan", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such review for you", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The plan is closed", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Someone changed the review since you read it", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response update(@Parameter(description = "The review's id") @PathParam("id") UUID id,
                           @Parameter(description = Http.IF_MATCH_DESCRIPTION) @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull ReviewRequest request) {
        Review r = reviews.update(id, ifMatch, request);
        return Http.ok(ReviewView.of(r), r.version);
    }

    @DELETE
    @Path("{id: " + Http.UUID_PATH + "}")
    @RolesAllowed({Roles.TRUST_LEADER, Roles.SCHOOL_LEADER, Roles.SUBJECT_LEADER})
    @Operation(summary = "Delete a review", description = "The numbering of what follows closes up; the deletion stays in the plan's history.")
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "403", description = "Your role cannot change this plan", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such review for you", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The plan is closed, or something still refers to it", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Someone changed the review since you read it", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing", content = @Content(mediaType = ProblemTypes.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response delete(@Parameter(description = "The review's id") @PathParam("id") UUID id,
                           @Parameter(description = Http.IF_MATCH_DESCRIPTION) @HeaderParam("If-Match") String ifMatch) {
        reviews.delete(id, ifMatch);
        return Response.noContent().build();
    }
}
