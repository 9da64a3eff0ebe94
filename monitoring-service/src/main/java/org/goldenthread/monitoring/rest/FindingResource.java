package org.goldenthread.monitoring.rest;

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
import org.goldenthread.monitoring.domain.Finding;
import org.goldenthread.monitoring.domain.FindingKind;
import org.goldenthread.monitoring.domain.Term;
import org.goldenthread.monitoring.service.FindingService;
import org.goldenthread.monitoring.service.Inputs;
import org.goldenthread.monitoring.service.MonitoringViews;
import org.goldenthread.platform.http.ETags;
import org.goldenthread.platform.paging.Page;
import org.goldenthread.platform.paging.PageRequest;
import org.goldenthread.platform.problem.ProblemException;

import java.util.List;
import java.util.UUID;

/** Findings across activities: lists, changes, withdrawal, follow-up chains and focus areas. Record them on an activity. */
@Path("/api/v1/findings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"TRUST_LEADER", "SCHOOL_LEADER", "SUBJECT_LEADER", "TEACHER", "GOVERNOR"})
@Tag(name = "Findings", description = "What monitoring found: strengths and areas for development judged on the 2010 toolkit's 1-4 scale, "
        + "linked to plan milestones and evidence, and followed up by later activities. Confidential findings are seen only by the "
        + "school's leaders and the observer, and are never published.")
public class FindingResource {
    @Inject
    FindingService findings;
    @Inject
    MonitoringViews views;
    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "List findings", description = "Findings you can see, oldest first, filtered as asked. Record new ones on an activity.")
    @APIResponse(responseCode = "200", description = "A page of findings", content = @Content(schema = @Schema(implementation = Pages.FindingPage.class)))
    @APIResponse(responseCode = "400", description = "A filter or the cursor is invalid")
    @APIResponse(responseCode = "404", description = "The school is not one of yours")
    public Pages.FindingPage list(
            @Parameter(description = "Only this school") @QueryParam("schoolId") String schoolId,
            @Parameter(description = "Only this activity") @QueryParam("activityId") String activityId,
            @Parameter(description = "Only findings with this focus tag") @QueryParam("focusTag") String focusTag,
            @Parameter(description = "Only findings linked to this plan milestone") @QueryParam("milestoneId") String milestoneId,
            @Parameter(description = "Only this kind", schema = @Schema(implementation = FindingKind.class)) @QueryParam("kind") String kind,
            @Parameter(description = "Only this academic year, e.g. 2026-27") @QueryParam("academicYear") String academicYear,
            @Parameter(description = "Only this term", schema = @Schema(implementation = Term.class)) @QueryParam("term") String term,
            @Parameter(description = "Only follow-ups of this finding") @QueryParam("followsUpFindingId") String followsUp,
            @Parameter(description = "Page size, 1-500 (default 50)") @QueryParam("limit") Integer limit,
            @Parameter(description = "The cursor from the previous page's next link") @QueryParam("after") String after) {
        PageRequest page = PageRequest.of(limit, after);
        FindingService.FindingFilter filter = new FindingService.FindingFilter(Inputs.uuidParam("schoolId", schoolId),
                Inputs.uuidParam("activityId", activityId), Inputs.focusTag("focusTag", focusTag),
                Inputs.uuidParam("milestoneId", milestoneId), Inputs.enumParam("kind", kind, FindingKind.class),
                Inputs.academicYear("academicYear", academicYear), Inputs.enumParam("term", term, Term.class),
                Inputs.uuidParam("followsUpFindingId", followsUp));
        List<Finding> rows = findings.list(filter, page);
        return Pages.FindingPage.of(Page.of(views.findings(rows), page, v -> v.id().toString(), v -> v, uri));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Get a finding")
    @APIResponse(responseCode = "200", description = "The finding",
            headers = @Header(name = "ETag", description = "Its version, for If-Match", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = FindingView.class)))
    @APIResponse(responseCode = "404", description = "No such finding that you can see")
    public Response get(@Parameter(description = "The finding's id") @PathParam("id") UUID id) {
        Finding f = findings.get(id);
        return Response.ok(views.finding(f)).header(HttpHeaders.ETAG, ETags.of(f.version)).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({"TRUST_LEADER", "SCHOOL_LEADER", "SUBJECT_LEADER"})
    @Operation(summary = "Change a finding",
            description = "Replaces the finding's content; the observer, the school's leaders or a trust leader may. A change to a "
                    + "published finding bumps its revision and writes finding-updated; making it confidential withdraws it "
                    + "(finding-withdrawn). A request that changes nothing changes nothing.")
    @APIResponse(responseCode = "200", description = "Changed",
            headers = @Header(name = "ETag", description = "The new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = FindingView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or invalid")
    @APIResponse(responseCode = "404", description = "No such finding that you can see")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response update(@Parameter(description = "The finding's id") @PathParam("id") UUID id,
                           @Parameter(description = "The ETag you last read", required = true) @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull FindingRequest request) {
        Finding f = findings.update(id, ifMatch, request);
        return Response.ok(views.finding(f)).header(HttpHeaders.ETAG, ETags.of(f.version)).build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({"TRUST_LEADER", "SCHOOL_LEADER", "SUBJECT_LEADER"})
    @Operation(summary = "Delete a finding", description = "Deletes the finding; a published one is withdrawn (finding-withdrawn, reason DELETED).")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such finding that you can see")
    @APIResponse(responseCode = "409", description = "Later findings follow it up")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response delete(@Parameter(description = "The finding's id") @PathParam("id") UUID id,
                           @Parameter(description = "The ETag you last read", required = true) @HeaderParam("If-Match") String ifMatch) {
        findings.delete(id, ifMatch);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/follow-ups")
    @Operation(summary = "A finding and its follow-ups",
            description = "The finding and every later finding that followed it up (directly or through each other), oldest first, with the latest outcome.")
    @APIResponse(responseCode = "200", description = "The thread", content = @Content(schema = @Schema(implementation = FollowUpThread.class)))
    @APIResponse(responseCode = "404", description = "No such finding that you can see")
    public FollowUpThread followUps(@Parameter(description = "The finding's id") @PathParam("id") UUID id) {
        return views.followUps(id);
    }

    @GET
    @Path("focus-areas/{tag}")
    @Operation(summary = "One focus area across successive activities",
            description = "The school's findings with this focus tag and everything that followed them up, by activity in date order "
                    + "and as threads (e.g. a January work scrutiny's differentiation finding and the June follow-up that found it "
                    + "remains a key issue).")
    @APIResponse(responseCode = "200", description = "The focus area", content = @Content(schema = @Schema(implementation = FocusAreaView.class)))
    @APIResponse(responseCode = "400", description = "schoolId missing, or the tag is not kebab-case")
    @APIResponse(responseCode = "404", description = "The school is not one of yours")
    public FocusAreaView focusArea(@Parameter(description = "The focus tag, e.g. developmental-marking") @PathParam("tag") String tag,
                                   @Parameter(description = "The school", required = true) @QueryParam("schoolId") String schoolId) {
        String focusTag = Inputs.focusTag("tag", tag);
        if (focusTag == null) {
            throw ProblemException.invalidField("tag", "is required");
        }
        return views.focusArea(Inputs.requiredUuidParam("schoolId", schoolId), focusTag);
    }
}
