package org.goldenthread.monitoring.rest;

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
import org.goldenthread.monitoring.messaging.MonitoringEvents;
import org.goldenthread.monitoring.service.Inputs;
import org.goldenthread.platform.outbox.EventLog;
import org.goldenthread.platform.paging.PageRequest;
import org.goldenthread.platform.problem.Problem;
import org.goldenthread.platform.problem.ProblemException;
import org.goldenthread.platform.tenancy.Tenant;

import java.util.Set;
import java.util.function.UnaryOperator;

/** monitoring-service's event log over HTTP: what analytics pull, scoped to the caller's trust and schools. */
@Path("/api/v1/monitoring/events")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"ANALYTICS", "TRUST_LEADER", "SCHOOL_LEADER"})
@Tag(name = "Monitoring events", description = "The CloudEvents monitoring-service publishes (activity-completed, finding-recorded, "
        + "finding-updated, finding-withdrawn), as a feed to poll. Confidential findings are never in it.")
public class MonitoringEventsResource {
    private static final Set<String> TYPES = Set.of(MonitoringEvents.ACTIVITY_COMPLETED, MonitoringEvents.FINDING_RECORDED,
            MonitoringEvents.FINDING_UPDATED, MonitoringEvents.FINDING_WITHDRAWN);

    @Inject
    Tenant tenant;
    @Inject
    EventLog eventLog;
    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Read the monitoring event feed",
            description = "Events of your trust (and schools) in publication order, after the cursor. `next` is always given: keep polling "
                    + "it. The data of each type is described in contracts/events.")
    @APIResponse(responseCode = "200", description = "A page of events", content = @Content(schema = @Schema(implementation = Pages.EventPage.class)))
    @APIResponse(responseCode = "400", description = "limit, after or type is invalid",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Pages.EventPage events(
            @Parameter(description = "The cursor from the previous page's next link") @QueryParam("after") String after,
            @Parameter(description = "Page size, 1-500 (default 50)") @QueryParam("limit") Integer limit,
            @Parameter(description = "Only this event type, e.g. org.goldenthread.monitoring.finding-recorded.v1") @QueryParam("type") String type) {
        String only = Inputs.clean(type);
        if (only != null && !TYPES.contains(only)) {
            throw ProblemException.invalidField("type", "must be one of " + String.join(", ", TYPES.stream().sorted().toList()));
        }
        return Pages.EventPage.of(eventLog.page(tenant.scope(), PageRequest.of(limit, after), only, uri, UnaryOperator.identity()));
    }
}
