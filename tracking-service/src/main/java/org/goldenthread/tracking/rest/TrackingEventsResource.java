package org.goldenthread.tracking.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.goldenthread.platform.events.CloudEvent;
import org.goldenthread.platform.outbox.EventLog;
import org.goldenthread.platform.paging.Page;
import org.goldenthread.platform.paging.PageRequest;
import org.goldenthread.platform.problem.Problem;
import org.goldenthread.platform.tenancy.Roles;
import org.goldenthread.platform.tenancy.Tenant;
import org.goldenthread.tracking.messaging.AssessmentRecorded;
import org.goldenthread.tracking.messaging.TermlyResultsPublished;
import org.goldenthread.tracking.service.TermlyResultsService;

import java.util.List;

@Path("/api/v1/tracking/events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Events", description = "The analytics feed: tracking-service's events as CloudEvents")
public class TrackingEventsResource {
    @Inject
    Tenant tenant;
    @Inject
    EventLog eventLog;
    @Context
    UriInfo uri;

    @GET
    @RolesAllowed({Roles.ANALYTICS, Roles.TRUST_LEADER, Roles.SCHOOL_LEADER})
    @Operation(summary = "The event feed", description = "termly-results-published and assessment-recorded events of the caller's trust (and schools), in commit order. Keep polling the next link. Termly results carry exact figures only for the school's own staff; everyone else gets the published (suppressed) figures.")
    @APIResponse(responseCode = "200", description = "A page of events; next is always given", content = @Content(schema = @Schema(implementation = EventPage.class)))
    @APIResponse(responseCode = "400", description = Docs.BAD_REQUEST, content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = Docs.UNAUTHORIZED, content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = Docs.FORBIDDEN, content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Page<CloudEvent> events(@Parameter(description = "Cursor from the previous page's next link") @QueryParam("after") String after,
                                   @Parameter(description = "Page size, 1–500 (default 50)") @QueryParam("limit") Integer limit,
                                   @Parameter(description = "Only this event type", example = TermlyResultsPublished.TYPE) @QueryParam("type") String type) {
        if (type != null && !type.equals(TermlyResultsPublished.TYPE) && !type.equals(AssessmentRecorded.TYPE)) {
            throw org.goldenthread.platform.problem.ProblemException.invalidField("type", "must be one of "
                    + TermlyResultsPublished.TYPE + ", " + AssessmentRecorded.TYPE);
        }
        return eventLog.page(tenant.scope(), PageRequest.of(limit, after), type, uri, this::forCaller);
    }

    /** Drops the exact figures of another school's termly results: only its own staff see them. */
    private CloudEvent forCaller(CloudEvent event) {
        if (!TermlyResultsPublished.TYPE.equals(event.type()) || TermlyResultsService.seesExact(tenant, event.schoolid())) {
            return event;
        }
        JsonNode data = event.data().deepCopy();
        JsonNode rows = data.path("results");
        if (rows instanceof ArrayNode array) {
            array.forEach(row -> ((ObjectNode) row).remove("exact"));
        }
        return event.withData(data);
    }

    @Schema(name = "EventPage")
    public record EventPage(List<CloudEvent> items, String next) {
    }
}
